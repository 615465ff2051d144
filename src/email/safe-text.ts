/**
 * Sheet text on its way into an e-mail: one line where a line is required
 * (headers, table cells), and never longer than its field allows.
 */

/** The marker that shows a text was cut. */
export const CUT_MARKER = "…";

/** Longest text, in characters, each kind of field may show. */
export const LIMITS = {
  name: 80,
  subject: 120,
  title: 160,
  message: 300,
  value: 80,
  place: 120,
  link: 2000,
  /** Any one line of a summary, whatever it is made of. */
  line: 600,
} as const;

// C0/C1 controls, line and paragraph separators, and bidirectional overrides that could disguise text.
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;

/** The text on one line: every control character and line break becomes one space; runs of space shrink. */
export function singleLine(text: string): string {
  return text
    .replace(LINE_BREAKING, " ")
    .replace(/\s{2,}/gu, " ")
    .trim();
}

/** Cuts a text to at most `max` characters (code points), ending with "…" when it was cut. */
export function cut(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join("")
    .trimEnd()}${CUT_MARKER}`;
}

/** One line, cut to the field's limit: what every piece of sheet text goes through before it reaches a message. */
export function field(text: string, max: number): string {
  return cut(singleLine(text), max);
}
