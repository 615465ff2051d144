/** The few errors the functions answer with their own status; anything else is a 500. */
import type { ProblemJson } from "../validation/problem-json.ts";

/** The request itself is wrong (400). */
export class BadRequestError extends Error {
  override readonly name = "BadRequestError";
}

/** The report asked for is not there (404). */
export class ReportNotFoundError extends Error {
  override readonly name = "ReportNotFoundError";
}

/** The central workbook could not be read at all (502): nothing can be built. */
export class SourceUnavailableError extends Error {
  override readonly name = "SourceUnavailableError";
  constructor(
    message: string,
    readonly problems: readonly ProblemJson[],
  ) {
    super(message);
  }
}

/** A scheduled run sent some messages and failed others (500, so the run shows as failed; a rerun sends the rest). */
export class IncompleteRunError extends Error {
  override readonly name = "IncompleteRunError";
}
