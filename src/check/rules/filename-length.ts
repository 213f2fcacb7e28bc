// Rule `filename-length`: every file and folder name stays under 140 bytes (pyvideo/data's eCryptfs limit).

import type { Rule } from "../rule.js";

/** The limit pyvideo/data's CI enforces: names of 140 bytes or more fail. */
export const MAX_NAME_BYTES = 139;

/** Reports names of 140 UTF-8 bytes or more. */
export const filenameLengthRule: Rule = {
  id: "filename-length",
  severity: "error",
  description: "File and folder names are under 140 bytes (eCryptfs needs the room).",
  run({ repo }, report) {
    const check = (path: string, name: string): void => {
      const bytes = Buffer.byteLength(name, "utf8");
      if (bytes > MAX_NAME_BYTES)
        report({
          file: path,
          message: `The name "${name}" is ${bytes} bytes long; names must be under 140 bytes.`,
          hint: "Shorten the file name (it need not match the title; keep the talk's URL with a \"slug\" field if it matters).",
        });
    };
    for (const event of repo.layout.events) {
      check(`${event.folder}/`, event.folder);
      for (const name of event.talkFiles) check(`${event.folder}/videos/${name}`, name);
    }
    for (const stray of repo.layout.stray) check(stray.path, stray.path.replace(/\/$/, "").split("/").pop() ?? stray.path);
  },
};
