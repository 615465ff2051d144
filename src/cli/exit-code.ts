import { hasErrors, isUnreadable, type Problem } from "../validation/problem.ts";
import { EXIT, type ExitCode } from "./io.ts";

/** A workbook could not be read at all: the input is unusable, not merely wrong. */
export function hasUnreadable(problems: readonly Problem[]): boolean {
  return problems.some(isUnreadable);
}

/** 2 for a workbook that cannot be read, 1 for errors (or other trouble the command found), else 0. */
export function exitCodeFor(problems: readonly Problem[], otherTrouble = false): ExitCode {
  if (hasUnreadable(problems)) return EXIT.usage;
  return hasErrors(problems) || otherTrouble ? EXIT.invalid : EXIT.ok;
}
