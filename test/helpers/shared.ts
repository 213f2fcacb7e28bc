// Where ../shared (the pyvideo/data snapshot and references) is, and whether it is present.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** ../shared/pyvideo-data, beside the repository. */
export const SNAPSHOT_DIR = fileURLToPath(new URL("../../../shared/pyvideo-data", import.meta.url));

/** Skip reason when the snapshot is absent, else undefined. */
export const SNAPSHOT_SKIP: string | undefined = existsSync(SNAPSHOT_DIR)
  ? undefined
  : "../shared/pyvideo-data is absent: the tests on the real snapshot are skipped";
