// UserError: a problem the user can fix (bad option, missing folder), printed without a stack trace.

/** An error whose message is written for the user: what is wrong and how to fix it. */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(
    message: string,
    /** Exit code the CLI should use: 2 for usage errors, 1 otherwise. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
