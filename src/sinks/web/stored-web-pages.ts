/** The week's web pages stored next to the reports (local folder, Drive or Cloud Storage), linked where a reader can open them. */
import { webPagesAt, HTML_CONTENT_TYPE, type PublishWeb } from "../../web/web-pages.ts";
import type { ReportStore } from "../report-store/report-store.ts";
import { addressIn } from "./address-in.ts";

/**
 * Stores each page as a new file (a taken name gets `-2`). The e-mails link
 * to the pages at `baseUrl`, the http(s) address the store is published at,
 * when given; else by the store's own address (Drive, Cloud Storage). A local
 * folder without a published address gives no links: a `file://` path on the
 * machine that ran the job means nothing to the reader.
 */
export function storedWebPages(store: ReportStore, baseUrl?: string): PublishWeb {
  return async (pages) => {
    const placed = [];
    for (const page of pages) {
      const stored = await store.save({ fileName: page.fileName, content: Buffer.from(page.html, "utf8"), contentType: HTML_CONTENT_TYPE });
      placed.push({ page, href: baseUrl ? addressIn(baseUrl, stored.fileName) : stored.link });
    }
    return baseUrl || store.kind !== "local" ? webPagesAt(placed) : undefined;
  };
}
