/**
 * The only addresses lägesbild writes as links: web pages and e-mail. Markup
 * is typed by many people into shared sheets, and a link in a report opens
 * with one click: `javascript:`, `vbscript:`, `data:`, `file:` or a UNC path
 * (`\\server\share`) could run code or reach into the reader's own network.
 */
export const LINK_SCHEMES: readonly string[] = ["https:", "http:", "mailto:"];

export function isAllowedLink(href: string): boolean {
  if (!/^(?:https?:\/\/|mailto:)/i.test(href)) return false;
  try {
    const url = new URL(href);
    return LINK_SCHEMES.includes(url.protocol) && (url.protocol === "mailto:" || url.hostname !== "");
  } catch {
    return false;
  }
}
