/** The week's web pages as files in a folder (beside the outbox), linked by `file://` or by a configured address of the folder. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { WebPages } from "../../email/scope.ts";
import { webPagesAt, type WebPage } from "../../web/web-pages.ts";

export interface FolderLinks {
  /** The http(s) address the folder is published at. */
  readonly baseUrl?: string;
  /** Without a base address, link the files themselves (`file://`): right for the outbox, useless in mail sent to others. */
  readonly linkFiles: boolean;
}

/**
 * Writes each page (a page of the same week is replaced: it is the same
 * lägesbild, recomputed) and returns where the e-mails should link, if anywhere.
 */
export function folderWebPages(dir: string, links: FolderLinks): (pages: readonly WebPage[]) => Promise<WebPages | undefined> {
  const { baseUrl } = links;
  return async (pages) => {
    await mkdir(dir, { recursive: true });
    const placed = [];
    for (const page of pages) {
      const path = join(dir, page.fileName);
      await writeFile(path, page.html, "utf8");
      placed.push({ page, href: baseUrl ? new URL(page.fileName, withSlash(baseUrl)).href : pathToFileURL(resolve(path)).href });
    }
    return baseUrl || links.linkFiles ? webPagesAt(placed) : undefined;
  };
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
