/** The validation result as JSON: counts by severity and every problem with its place. */
import { problemJson, type ProblemJson } from "../validation/problem-json.ts";
import { countProblems, type Problem, type ProblemCounts } from "../validation/problem.ts";

export interface ValidationSummary {
  readonly counts: ProblemCounts;
  readonly problems: readonly ProblemJson[];
}

export function validationSummary(problems: readonly Problem[]): ValidationSummary {
  return { counts: countProblems(problems), problems: problems.map(problemJson) };
}
