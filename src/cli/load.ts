import { join } from "node:path";
import { loadProgramme } from "../pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../report/outline/load-outline.ts";
import { textRules, type Outline } from "../report/outline/outline.ts";
import type { Validated } from "../validation/validate-source.ts";
import type { CliIo } from "./io.ts";
import { openSource } from "./open-source.ts";

export interface Loaded extends Validated {
  readonly outline: Outline;
}

/** Reads and validates a source for a command, telling stderr how it goes when it takes a while. */
export async function loadForCommand(sourceArg: string, io: CliIo, templateDir = DEFAULT_TEMPLATE_DIR): Promise<Loaded> {
  const outline = await loadOutline(join(templateDir, "delrapport.yaml"));
  const source = await openSource(sourceArg, io.env);
  const started = Date.now();
  try {
    const validated = await loadProgramme(source, textRules(outline), (done, total, name) => {
      if (Date.now() - started > 1000) io.stderr(`Läser arbetsböcker: ${done} av ${total} (${name})\n`);
    });
    return { ...validated, outline };
  } finally {
    await source.close();
  }
}
