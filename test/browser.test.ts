/**
 * The HTML e-mails and the web pages in a real browser, as a manager on a
 * phone and on a desk would see them: Chromium at 375 and 800 px, no sideways
 * scrolling, nothing fetched from outside, and no WCAG 2.1 A/AA violation that
 * axe-core finds. Screenshots go to reports/browser/ for a reviewer to look at.
 */
import { mkdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSummary } from "../src/email/compose.ts";
import type { Audience, SummaryFacts } from "../src/email/scope.ts";
import { axeViolations, horizontalOverflow, launchBrowser, openAt, overflowingElements, type TestBrowser } from "./helpers/browser.ts";
import { exampleSummaryFacts } from "./helpers/example-summary.ts";
import { hardWeek, hardWeekFacts } from "./helpers/hard-week.ts";
import { renderWebPages } from "../src/web/web-pages.ts";

const SCREENSHOTS = "reports/browser";
const WIDTHS = [375, 800] as const;

let browser: TestBrowser;
let example: SummaryFacts;
beforeAll(async () => {
  [browser, example] = await Promise.all([launchBrowser(), exampleSummaryFacts()]);
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const overview: Audience = { name: "AnneLie Granljung", overview: true, blocks: [] };
const owner: Audience = { name: "Arbetsgrupp Bostäder", overview: false, blocks: ["bostader"] };

/** The hard week with a block name no phone can fit on a line, to prove long words break rather than push the page wide. */
function hardWeekWithLongName(): SummaryFacts {
  const programme = hardWeek();
  const long = "Bostadsförsörjningsplaneringssamordningsarbetsgruppsmötesprotokollsgenomgång";
  return hardWeekFacts({ ...programme, blocks: programme.blocks.map((b) => (b.id === "bostader" ? { ...b, name: long } : b)) });
}

const email = (facts: () => SummaryFacts, audience: Audience) => () => composeSummary(facts(), audience).html;
/** The example as it goes out where the web pages are published: each e-mail starts with "Öppna i webbläsaren". */
const linked = (): SummaryFacts => ({
  ...example,
  webPages: {
    overview: "https://intranat.example/lagesbild/lagesbild-2024-W38.html",
    blocks: { bostader: "https://intranat.example/lagesbild/lagesbild-2024-W38-bostader.html" },
  },
});
const webPage = (facts: () => SummaryFacts, block?: string) => () => renderWebPages(facts()).find((p) => p.block === block)!.html;

const cases: [string, () => string][] = [
  ["overview-email", email(() => example, overview)],
  ["owner-email", email(() => example, owner)],
  ["overview-email-linked", email(linked, overview)],
  ["owner-email-linked", email(linked, owner)],
  ["hard-week-email", email(hardWeekWithLongName, overview)],
  ["web-page", webPage(() => example)],
  ["owner-web-page", webPage(() => example, "bostader")],
  ["hard-week-web-page", webPage(hardWeekWithLongName)],
];

describe.each(cases)("the %s in Chromium", (name, render) => {
  it.each(WIDTHS)("fits %i px without sideways scrolling, fetches nothing and passes axe (WCAG 2.1 A/AA)", async (width) => {
    const html = render();
    const { page, external } = await openAt(browser.browser, html, width);
    try {
      const overflow = await horizontalOverflow(page);
      expect(overflow, `sticking out: ${(await overflowingElements(page)).join(" | ")}`).toBeLessThanOrEqual(0);
      expect(external).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });
});
