/**
 * What a use case ended in, in one word, and what that means to the command
 * line (its exit code, mapped here once). The functions answer with the
 * result itself; only errors change their HTTP status (shared/errors.ts).
 */
import { EXIT, type ExitCode } from "../shared/errors.ts";
import { hasErrors, isUnreadable, type Problem } from "../validation/problem.ts";

export const OUTCOMES = ["ok", "workbook-errors", "incomplete", "unreadable"] as const;
/**
 * `ok`: all well; `workbook-errors`: done, but the workbooks have errors (rows
 * with errors are left out); `incomplete`: something the run should have
 * made or sent was not (a refused recipient, a failed message or one in doubt, a part of the
 * report missing); `unreadable`: a workbook could not be read at all.
 */
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_EXIT: Readonly<Record<Outcome, ExitCode>> = {
  ok: EXIT.ok,
  "workbook-errors": EXIT.invalid,
  incomplete: EXIT.invalid,
  unreadable: EXIT.usage,
};

/** The outcome of a run over these problems; `trouble` is anything else the run could not do. */
export function outcomeOf(problems: readonly Problem[], trouble = false): Outcome {
  if (problems.some(isUnreadable)) return "unreadable";
  if (hasErrors(problems)) return "workbook-errors";
  return trouble ? "incomplete" : "ok";
}
