/**
 * A real browser for the HTML tests: Debian's Chromium driven by puppeteer-core,
 * on a closed network, with a fresh profile per launch, and axe-core run in the
 * page for WCAG 2.1 A/AA.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The browser to drive: `CHROMIUM_PATH`, else the first of Debian's usual places that exists. */
export function chromiumPath(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  return CANDIDATES.find((p) => existsSync(p));
}

export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium saknas: installera Debians paket chromium eller sätt CHROMIUM_PATH.");
  const profile = await mkdtemp(join(tmpdir(), "lagesbild-chromium-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens HTML at a width; any request leaving the page (an image, a font, a script) is refused and recorded. */
export async function openAt(browser: Browser, html: string, width: number): Promise<{ page: Page; external: string[] }> {
  const page = await browser.newPage();
  const external: string[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url === "about:blank") void request.continue();
    else {
      external.push(url);
      void request.abort();
    }
  });
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: "load" });
  return { page, external };
}

// The page-side code is given as text: the project compiles without the DOM's types, on purpose.

/** How far the page is wider than the viewport, in CSS pixels (0 when nothing scrolls sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth")) as number;
}

/** Elements that stick out past the right edge: what to fix when there is overflow. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return (await page.evaluate(`Array.from(document.body.querySelectorAll("*"))
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
    .slice(0, 10)
    .map((el) => el.tagName.toLowerCase() + " " + (el.textContent || "").trim().slice(0, 60))`)) as string[];
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let axeSource: Promise<string> | undefined;

/** Runs axe-core in the page against WCAG 2.1 A and AA; the violations, each with where it is. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(await axeSource);
  return (await page.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(WCAG_21_AA)} } }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })))`)) as AxeViolation[];
}
