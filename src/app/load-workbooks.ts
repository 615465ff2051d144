/** Reads and validates the configured source: the first step of every use case. */
import { loadProgramme, type Progress } from "../pipeline/load-programme.ts";
import type { Outlines } from "../report/outline/load-outline.ts";
import { combinedTextRules } from "../report/outline/outline.ts";
import type { Validated } from "../validation/validate-source.ts";
import { countProblems } from "../validation/problem.ts";
import type { Ports } from "./ports.ts";

/** The workbooks as read and validated, with the report outlines whose text rules they were checked against. */
export interface Loaded extends Validated {
  /** The delrapport's and the slutrapport's; a report's type chooses (`outlineFor`). */
  readonly outlines: Outlines;
}

export async function loadWorkbooks(ports: Ports, progress?: Progress): Promise<Loaded> {
  const outlines = await ports.outlines();
  const source = await ports.openSource();
  const started = performance.now();
  try {
    const validated = await loadProgramme(source, combinedTextRules([outlines.delrapport, outlines.slutrapport]), progress);
    const counts = countProblems(validated.problems);
    ports.log.info("workbooks read", {
      source: source.description,
      workbooks: validated.programme.workbooks.length,
      errors: counts.error,
      warnings: counts.warning,
      ms: Math.round(performance.now() - started),
    });
    return { ...validated, outlines };
  } finally {
    await source.close();
  }
}
