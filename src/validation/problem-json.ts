import type { Problem } from "./problem.ts";

/** A problem as `validate --json` and the validate function give it: every field present, absent ones null. */
export interface ProblemJson {
  readonly workbook: string;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly header: string | null;
  readonly value: string | null;
  readonly expected: string | null;
  readonly code: string;
  readonly severity: Problem["severity"];
  readonly message: string;
  readonly link: string | null;
}

export function problemJson(p: Problem): ProblemJson {
  return {
    workbook: p.workbook,
    sheet: p.sheet ?? null,
    row: p.row ?? null,
    column: p.column ?? null,
    header: p.header ?? null,
    value: p.value ?? null,
    expected: p.expected ?? null,
    code: p.code,
    severity: p.severity,
    message: p.message,
    link: p.link ?? null,
  };
}
