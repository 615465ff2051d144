/** The week's web pages as files in a folder (beside the outbox), linked from the e-mails when the folder is published at an address. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { WebPages } from "../../email/scope.ts";
import { webPagesAt, type WebPage } from "../../web/web-pages.ts";

/**
 * Writes each page (a page of the same week is replaced: it is the same
 * lägesbild, recomputed). With `baseUrl`, the http(s) address the folder is
 * published at, returns where the e-mails should link; without it, nothing:
 * a path on the machine that ran the job means nothing to the reader.
 */
export function folderWebPages(dir: string, baseUrl?: string): (pages: readonly WebPage[]) => Promise<WebPages | undefined> {
  return async (pages) => {
    await mkdir(dir, { recursive: true });
    for (const page of pages) await writeFile(join(dir, page.fileName), page.html, "utf8");
    return baseUrl ? webPagesAt(pages.map((page) => ({ page, href: new URL(page.fileName, withSlash(baseUrl)).href }))) : undefined;
  };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
