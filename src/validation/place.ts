import type { Problem } from "./problem.ts";

/** A problem's place in Swedish words, for every place problems are shown: `Aktiviteter, rad 7, kolumn B (Datum)`. */
export function placeOf(p: Problem): string {
  const parts: string[] = [];
  if (p.sheet) parts.push(p.sheet);
  if (p.row !== undefined) parts.push(`rad ${p.row}`);
  if (p.column) parts.push(`kolumn ${p.column}${p.header ? ` (${p.header})` : ""}`);
  return parts.join(", ");
}
