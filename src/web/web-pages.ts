/**
 * The web version of one week's lägesbild: the overview, and one page per
 * block for its owner. Pure: the pages are text; an adapter writes or stores
 * them and says where they ended up.
 */
import { buildSummaryContent } from "../email/build-content.ts";
import { longDate, weekOfSlot } from "../email/format.ts";
import type { SummaryFacts, WebPages } from "../email/scope.ts";
import { renderWebPage } from "./render-page.ts";

export interface WebPage {
  /** A plain file name: `lagesbild-2024-W38.html`, `lagesbild-2024-W38-bostader.html`. */
  readonly fileName: string;
  /** The block the page is for; absent for the overview. */
  readonly block?: string;
  readonly html: string;
}

export const HTML_CONTENT_TYPE = "text/html; charset=utf-8";

/**
 * Writes or stores the week's pages and says where each can be opened, so the
 * e-mails can link to them; nothing when they cannot be opened by a reader.
 */
export type PublishWeb = (pages: readonly WebPage[]) => Promise<WebPages | undefined>;

/** The overview page and a page per block of the week. */
export function renderWebPages(facts: SummaryFacts): WebPage[] {
  const { week } = weekOfSlot(facts.slot);
  const about = { about: `Lägesbilden vecka ${week} som webbsida, läget den ${longDate(facts.status.asOf)}.` };
  const { webPages: _, ...withoutLinks } = facts;
  const overview: WebPage = {
    fileName: webPageName(facts.slot),
    html: renderWebPage(buildSummaryContent(withoutLinks, { overview: true, blocks: [] }), about),
  };
  const blocks = facts.status.blocks.map(
    (b): WebPage => ({
      fileName: webPageName(facts.slot, b.id),
      block: b.id,
      html: renderWebPage(buildSummaryContent(withoutLinks, { overview: false, blocks: [b.id] }), about),
    }),
  );
  return [overview, ...blocks];
}

/** The file name of a week's page; block ids are reduced to letters, digits and dashes. */
export function webPageName(slot: string, block?: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/gu, "-").replace(/^-+|-+$/gu, "");
  return `lagesbild-${safe(slot)}${block === undefined ? "" : `-${safe(block.toLowerCase()) || "byggsten"}`}.html`;
}

/** Where each page ended up, as the e-mail links to it. */
export function webPagesAt(pages: readonly { readonly page: WebPage; readonly href: string }[]): WebPages | undefined {
  const overview = pages.find((p) => p.page.block === undefined);
  if (!overview) return undefined;
  const blocks: Record<string, string> = {};
  for (const { page, href } of pages) if (page.block !== undefined) blocks[page.block] = href;
  return { overview: overview.href, blocks };
}
