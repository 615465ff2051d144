/** Reads and validates the configured source for one invocation. */
import { loadProgramme } from "../pipeline/load-programme.ts";
import type { Outline } from "../report/outline/outline.ts";
import { textRules } from "../report/outline/outline.ts";
import type { Validated } from "../validation/validate-source.ts";
import type { Runtime } from "./runtime.ts";

export interface Loaded extends Validated {
  readonly outline: Outline;
}

export async function loadValidated(runtime: Runtime): Promise<Loaded> {
  const outline = await runtime.outline();
  const source = await runtime.openSource();
  const started = performance.now();
  try {
    const validated = await loadProgramme(source, textRules(outline));
    runtime.log.info("workbooks read", {
      source: source.description,
      workbooks: validated.programme.workbooks.length,
      errors: validated.problems.filter((p) => p.severity === "error").length,
      warnings: validated.problems.filter((p) => p.severity === "warning").length,
      ms: Math.round(performance.now() - started),
    });
    return { ...validated, outline };
  } finally {
    await source.close();
  }
}
