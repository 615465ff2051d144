/** The errors of the use cases themselves; the base and its codes are in shared/errors.ts. */
import { AppError } from "../shared/errors.ts";
import type { ProblemJson } from "../validation/problem-json.ts";

/** The central workbook could not be read at all: nothing can be built. */
export class SourceUnavailableError extends AppError {
  override readonly name = "SourceUnavailableError";
  constructor(
    message: string,
    readonly problems: readonly ProblemJson[],
  ) {
    super("source-unavailable", message);
  }
}

/** A run sent some messages and failed others. */
export class IncompleteRunError extends AppError {
  override readonly name = "IncompleteRunError";
  constructor(message: string) {
    super("incomplete", message);
  }
}
