// A promise with the functions that settle it, for answers that arrive as messages from a worker.

/**
 * A promise and the functions settling it (Promise.withResolvers is Node 22). A failure before anyone
 * awaits it does not count as unhandled: callers await a worker's answers one after the other.
 */
export function settled<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (e: Error) => void } {
  let resolve: (value: T) => void = () => {};
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}
