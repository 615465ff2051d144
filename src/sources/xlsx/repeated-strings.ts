/**
 * A typed workbook that crossed from a parse worker holds a string of
 * its own for every cell: structured clone copies a string each time it meets
 * it, so the workbook and sheet of every row's place, and every status, tool,
 * date and goal id, is a copy. At 100 000 activities that is about 25 MB of
 * the main thread's heap, kept until the run ends. Short repeated strings are
 * made one string again, in place, as the stage arrives.
 */
import type { Located } from "../../validation/located.ts";

/** Longer strings are titles and descriptions, rarely repeated. */
const LONGEST_SHARED = 40;

export function shareRepeatedStrings<S extends { readonly rows?: Readonly<Record<string, readonly Located<unknown>[]>> }>(stage: S): S {
  const known = new Map<string, string>();
  const shared = (text: string): string => {
    if (text.length > LONGEST_SHARED) return text;
    const same = known.get(text);
    if (same !== undefined) return same;
    known.set(text, text);
    return text;
  };
  for (const rows of Object.values(stage.rows ?? {}) as readonly (readonly { value: unknown; at: unknown }[])[]) {
    for (const row of rows) {
      const at = row.at as { workbook: string; sheet: string };
      at.workbook = shared(at.workbook);
      at.sheet = shared(at.sheet);
      shareFields(row.value as Record<string, unknown>, shared);
    }
  }
  return stage;
}

function shareFields(value: Record<string, unknown>, shared: (text: string) => string): void {
  for (const field in value) {
    const given = value[field];
    if (typeof given === "string") value[field] = shared(given);
    else if (Array.isArray(given)) {
      for (let i = 0; i < given.length; i++) if (typeof given[i] === "string") given[i] = shared(given[i]);
    }
  }
}
