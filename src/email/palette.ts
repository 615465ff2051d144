/** Colours and the few text rules the e-mail and the web page share. */
import type { Tone } from "./content.ts";
import { escapeHtml } from "./html.ts";

export const FONT = "Arial,Helvetica,sans-serif";
export const INK = "#1a1a1a";
/** Secondary text: 5.9:1 on white, readable at 13 px. */
export const MUTED_INK = "#4d5156";
export const LINK_COLOUR = "#0b57d0";
export const RULE = "#dadce0";
export const TRACK = "#e8eaed";

/** Text on a tinted background for status words; every pair has at least 4.5:1 contrast. */
export const TONE_TEXT: Readonly<Record<Tone, { readonly color: string; readonly background: string }>> = {
  ok: { color: "#1e6b33", background: "#e6f4ea" },
  warn: { color: "#7a4a00", background: "#fff4d6" },
  bad: { color: "#a4161a", background: "#fde2e1" },
  muted: { color: "#4d5156", background: "#f1f3f4" },
};

/** Solid colours for bars and the marks of the attention lines. */
export const TONE_FILL: Readonly<Record<Tone, string>> = {
  ok: "#1e8e3e",
  warn: "#e37400",
  bad: "#c5221f",
  muted: "#5f6368",
};

/** The colour of the expected-progress mark and of a course's earlier points. */
export const EXPECTED_FILL = "#3c4043";
export const COURSE_FILL = "#7baaf7";

const MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
const DATES = new RegExp(`\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:–\\d{1,2})? (?:${MONTHS})(?: \\d{4})?`, "gu");

/** Escapes a text and keeps every date in it on one line: "(2024-" / "09-15)" helps nobody. */
export function escapeKeepingDates(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(DATES)) {
    const at = match.index ?? 0;
    out += `${escapeHtml(text.slice(last, at))}<span style="white-space:nowrap">${escapeHtml(match[0])}</span>`;
    last = at + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/** A share as a whole percentage for widths, 0–100. */
export function widthPercent(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 100);
}
