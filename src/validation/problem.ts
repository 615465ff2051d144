import { xmlSafe } from "../text/xml-safe.ts";
import { messages, type Coded, type MessageEntry, type CodedWithout, type ParamsOf, type ProblemCode } from "./messages.ts";

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

/** The values `problem` takes after the place: required when the text of `C` needs any, else optional. */
type ArgsOf<C extends ProblemCode> = C extends ProblemCode
  ? Record<never, never> extends ParamsOf<C>
    ? [params?: ParamsOf<C>]
    : [params: ParamsOf<C>]
  : never;

/** Raises a problem with the values its code's text needs (the compiler checks them). */
export function problem<C extends ProblemCode>(code: C, at: Location, ...[params]: ArgsOf<C>): Problem {
  return raise(code, at, params ?? {});
}

/** Raises a problem decided earlier (e.g. by a check of the file) with its code and values. */
export function problemFrom(coded: Coded, at: Location): Problem {
  return raise(coded.code, at, coded.params ?? {});
}

/** Raises a cell's problem: the reader of the sheet adds the cell's value and header, the cell's own values win. */
export function cellProblem(coded: CodedWithout<"value" | "header">, at: Location, cell: { value: string; header: string }): Problem {
  return raise(coded.code, at, { ...cell, ...coded.params });
}

interface AnyParams {
  readonly value?: string;
  readonly expected?: string;
}

function raise(code: ProblemCode, at: Location, params: AnyParams): Problem {
  // Widened to any message: each caller above has checked the values against its code.
  const entry: MessageEntry = messages[code];
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
