/**
 * "Menade du …?": the known words closest to what someone typed, by edit
 * distance on a normalised form (case, spacing and punctuation do not count).
 */
import { distance } from "fastest-levenshtein";

/** How far a word may be from a known one and still be taken for a slip of the keyboard. */
export function tolerance(length: number): number {
  if (length <= 3) return 1;
  if (length <= 6) return 2;
  return Math.floor(length * 0.35);
}

/** Lower case, punctuation as space, spaces collapsed: `Mål/effekter` → `mål effekter`. */
export function looseForm(text: string): string {
  return text
    .toLocaleLowerCase("sv")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The candidates nearest to `typed` within the tolerance, best first (ties
 * keep the candidates' order); empty when nothing is close or `typed` is
 * itself a candidate.
 */
export function nearest(typed: string, candidates: readonly string[], max = 3): string[] {
  const wanted = looseForm(typed);
  if (wanted === "") return [];
  let best = Number.POSITIVE_INFINITY;
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    const form = looseForm(candidate);
    const d = distance(wanted, form);
    if (d === 0 && candidate === typed) return [];
    if (d > tolerance(Math.max(wanted.length, form.length))) continue;
    if (d < best) {
      best = d;
      found = [candidate];
    } else if (d === best) found.push(candidate);
  }
  return found.slice(0, max);
}
