/** The validation result as JSON: counts by severity and every problem with its place. */
import { problemJson, type ProblemJson } from "../validation/problem-json.ts";
import type { Problem } from "../validation/problem.ts";

export interface ValidationSummary {
  readonly counts: { readonly error: number; readonly warning: number };
  readonly problems: readonly ProblemJson[];
}

export function validationSummary(problems: readonly Problem[]): ValidationSummary {
  return {
    counts: { error: problems.filter((p) => p.severity === "error").length, warning: problems.filter((p) => p.severity === "warning").length },
    problems: problems.map(problemJson),
  };
}
