/** The few HTML helpers the summary needs; every text goes through `escapeHtml`. */

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for an HTML element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/** A `style` attribute from property pairs; the values are fixed by the code, never sheet text. */
export function style(properties: Readonly<Record<string, string>>): string {
  return ` style="${escapeHtml(
    Object.entries(properties)
      .map(([k, v]) => `${k}:${v}`)
      .join(";"),
  )}"`;
}
