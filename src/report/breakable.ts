/**
 * Long unbroken runs of text made line-breakable for the page layout. docx's
 * layout (which gives the table of contents its page numbers) breaks a word
 * wider than its line one character at a time, measuring the line afresh for
 * each: one 200 000-character word took 50 s and 340 MB to render. A
 * zero-width space every few dozen characters of such a run is a place where
 * both the layout and Word may break the line; it is invisible, and text
 * no longer than `LONG_RUN` is left exactly as written.
 */
const ZERO_WIDTH_SPACE = "\u200b";
/** Longer than any address or word in real text, and far wider than a line: only such runs are touched. */
export const LONG_RUN = 200;
/** Where a long run may then break: narrower than the narrowest table column that holds text. */
const PIECE = 30;

const LONG_RUNS = new RegExp(`[^\\s\\u200b]{${LONG_RUN + 1},}`, "gu");

export function breakable(text: string): string {
  if (text.length <= LONG_RUN) return text;
  return text.replace(LONG_RUNS, (run) => {
    const chars = Array.from(run);
    let out = "";
    for (let i = 0; i < chars.length; i += PIECE) out += (i > 0 ? ZERO_WIDTH_SPACE : "") + chars.slice(i, i + PIECE).join("");
    return out;
  });
}
