/** The validation result as JSON: counts by severity and every problem with its place. */
import { problemJson, type ProblemJson } from "../validation/problem-json.ts";
import type { Problem } from "../validation/problem.ts";

export interface ProblemCounts {
  readonly error: number;
  readonly warning: number;
}

export interface ValidationSummary {
  readonly counts: ProblemCounts;
  readonly problems: readonly ProblemJson[];
}

export function countProblems(problems: readonly Problem[]): ProblemCounts {
  const error = problems.filter((p) => p.severity === "error").length;
  return { error, warning: problems.length - error };
}

export function validationSummary(problems: readonly Problem[]): ValidationSummary {
  return { counts: countProblems(problems), problems: problems.map(problemJson) };
}
