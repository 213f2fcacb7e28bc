// Writes src/check/pyvideo-validators.generated.ts: `npm run generate:validators` (after a change to
// schemas/pyvideo/ or to ajv; test/check/pyvideo-validators.test.ts says when it is due).

import { writeFileSync } from "node:fs";
import { pyvideoValidatorsCode } from "./pyvideo-validators-code.js";

writeFileSync(new URL("../src/check/pyvideo-validators.generated.ts", import.meta.url), pyvideoValidatorsCode());
