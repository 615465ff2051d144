import { describe, expect, it } from "vitest";
import { renderWebPages, webPageName } from "../src/web/web-pages.ts";
import { hardWeekFacts } from "./helpers/hard-week.ts";

const pages = renderWebPages(hardWeekFacts());
const overview = pages.find((p) => p.block === undefined)!;
const bostader = pages.find((p) => p.block === "bostader")!;

describe("the lägesbild as a web page", () => {
  it("is one page for the overview and one per block, named by week and block", () => {
    expect(pages.map((p) => p.fileName)).toEqual([
      "lagesbild-2024-W38.html",
      "lagesbild-2024-W38-bostader.html",
      "lagesbild-2024-W38-energi.html",
      "lagesbild-2024-W38-offentlig.html",
    ]);
    expect(webPageName("2024-W38", "../Bo städer")).toBe("lagesbild-2024-W38-bo-st-der.html");
  });

  it("is self-contained: its own style sheet, no script, nothing fetched", () => {
    expect(overview.html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(overview.html).toContain("<style>");
    expect(overview.html).not.toMatch(/<script|<img|<link|<iframe|<object|\ssrc=|url\(|@import/iu);
    // Addresses appear only as links a reader may follow (the cell to fix), never as something the page loads.
    const addresses = overview.html.match(/https?:\/\/[^"\s<]+/gu) ?? [];
    const linked = [...overview.html.matchAll(/<a href="(https?:\/\/[^"]+)"/gu)].map((m) => m[1]);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses).toEqual(linked);
  });

  it("starts with what needs attention, each line a link to a section of the page", () => {
    const items = [...overview.html.matchAll(/<li class="mark-(\w+)"><a href="#([a-z-]+)">([^<]*)/gu)].map((m) => [m[1], m[2], m[3]]);
    expect(items).toEqual([
      ["warn", "indikatorer", "I2 Andel klara har gått från i fas till risk."],
      ["bad", "leveranser", "Leveransen Bostadsanalys är försenad 17 dagar."],
      ["warn", "leveranser", "Leveransen Energirapport förfaller om 2 dagar."],
      ["bad", "problem", "2 arbetsböcker har fel att rätta: bostader.xlsx (1 fel) och energi.xlsx (1 fel)."],
      ["warn", "byggstenar", "Arbetsboken för Energi har inte ändrats på 79 dagar."],
    ]);
    for (const [, anchor] of items) expect(overview.html).toContain(`<section id="${anchor}"`);
  });

  it("draws progress and course as inline SVG named by the words beside them", () => {
    // I2: 50 of 100 reached, 71,5 % expected by now (261 of 365 days).
    expect(overview.html).toContain(
      '<svg role="img" aria-label="50 % av vägen till målvärdet, väntat i dag 72 %." width="100%" height="17" viewBox="0 0 100 17" preserveAspectRatio="none">' +
        '<rect x="0" y="0" width="100" height="10" fill="#e8eaed"/><rect x="0" y="0" width="50" height="10" fill="#e37400"/>' +
        '<rect x="0" y="13" width="100" height="4" fill="#e8eaed"/><rect x="0" y="13" width="72" height="4" fill="#3c4043"/></svg>',
    );
    expect(overview.html).toMatch(
      /<svg role="img" aria-label="Förlopp: 0 procent \(2024-01-01\), 50 procent \(2024-09-01\)\."[^>]*><polyline points="4\.0,32\.0 156\.0,5\.0"/u,
    );
    expect(overview.html).toContain('<svg role="img" aria-label="24 % av uppdragstiden har gått (1 januari 2024 – 31 december 2026)."');
  });

  it("gives a block's owner their own block only", () => {
    expect(bostader.html).toContain("Lägesbild för Bostäder, vecka 38");
    expect(bostader.html).toContain("Att rätta i bostader.xlsx");
    expect(bostader.html).not.toContain("Energikartläggning");
    expect(bostader.html).not.toContain("energi.xlsx");
  });
});
