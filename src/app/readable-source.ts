import { problemJson } from "../validation/problem-json.ts";
import { isUnreadable } from "../validation/problem.ts";
import { SourceUnavailableError } from "./errors.ts";
import type { Loaded } from "./load-workbooks.ts";
import { SAY } from "./messages.ts";

/** The loaded source, or a SourceUnavailableError when the central workbook could not be read: nothing can be built from it. */
export function requireReadableCentral(loaded: Loaded): Loaded {
  const central = loaded.programme.workbooks.find((w) => w.owner === null);
  if (central?.readable !== false) return loaded;
  throw new SourceUnavailableError(SAY.sourceUnavailable, loaded.problems.filter(isUnreadable).map(problemJson));
}
