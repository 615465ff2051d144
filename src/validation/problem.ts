import { xmlSafe } from "../text/xml-safe.ts";
import { messages, type MessageParams, type ProblemCode } from "./messages.ts";

export type Severity = "error" | "warning";

/** Where a problem is: as precise as the problem allows. */
export interface Location {
  readonly workbook: string;
  readonly sheet?: string;
  readonly row?: number;
  /** Column letter, e.g. `B`. */
  readonly column?: string;
  /** The column's header as the workbook spells it. */
  readonly header?: string;
  /** A link straight to the cell or sheet (Google Sheets). */
  readonly link?: string;
}

/** One thing wrong with the workbooks, located and explained in Swedish. */
export interface Problem extends Location {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The offending value as text, if there is one. */
  readonly value?: string;
  /** What was expected instead, in Swedish. */
  readonly expected?: string;
  readonly message: string;
}

export function problem(code: ProblemCode, at: Location, params: MessageParams = {}): Problem {
  const entry = messages[code];
  return {
    code,
    severity: entry.severity,
    ...definedOnly(at),
    ...(params.value !== undefined ? { value: xmlSafe(params.value) } : {}),
    ...(params.expected !== undefined ? { expected: params.expected } : {}),
    message: xmlSafe(entry.text(params)),
  };
}

const UNREADABLE = /^file-|^source-unavailable$/;

/** Whether a workbook could not be read at all (as opposed to read with errors). */
export function isUnreadable(problem: Problem): boolean {
  return problem.severity === "error" && UNREADABLE.test(problem.code);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

export interface ProblemCounts {
  readonly error: number;
  readonly warning: number;
}

/** How many errors and warnings: counted here, for every report, e-mail, reply and line of output. */
export function countProblems(problems: readonly Problem[]): ProblemCounts {
  let error = 0;
  for (const p of problems) if (p.severity === "error") error += 1;
  return { error, warning: problems.length - error };
}

/** The errors alone, in their order. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === "error");
}

/** The defined fields; names of workbooks, sheets and headers come from the source and go into the report too. */
function definedOnly(at: Location): Location {
  return Object.fromEntries(
    Object.entries(at)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]),
  ) as unknown as Location;
}
