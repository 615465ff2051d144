/** Reads and validates the configured source: the first step of every use case. */
import { loadProgramme, type Progress } from "../pipeline/load-programme.ts";
import type { Outline } from "../report/outline/outline.ts";
import { textRules } from "../report/outline/outline.ts";
import type { Validated } from "../validation/validate-source.ts";
import { countProblems } from "./validation-summary.ts";
import type { Ports } from "./ports.ts";

/** The workbooks as read and validated, with the report outline whose text rules they were checked against. */
export interface Loaded extends Validated {
  readonly outline: Outline;
}

export async function loadWorkbooks(ports: Ports, progress?: Progress): Promise<Loaded> {
  const outline = await ports.outline();
  const source = await ports.openSource();
  const started = performance.now();
  try {
    const validated = await loadProgramme(source, textRules(outline), progress);
    const counts = countProblems(validated.problems);
    ports.log.info("workbooks read", {
      source: source.description,
      workbooks: validated.programme.workbooks.length,
      errors: counts.error,
      warnings: counts.warning,
      ms: Math.round(performance.now() - started),
    });
    return { ...validated, outline };
  } finally {
    await source.close();
  }
}
