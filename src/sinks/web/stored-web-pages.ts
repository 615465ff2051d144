/** The week's web pages stored next to the reports (local folder, Drive or Cloud Storage), linked by the store's own links. */
import type { WebPages } from "../../email/scope.ts";
import { HTML_CONTENT_TYPE, webPagesAt, type WebPage } from "../../web/web-pages.ts";
import type { ReportStore } from "../report-store/report-store.ts";

export function storedWebPages(store: ReportStore): (pages: readonly WebPage[]) => Promise<WebPages | undefined> {
  return async (pages) => {
    const placed = [];
    for (const page of pages) {
      const stored = await store.save({ fileName: page.fileName, content: Buffer.from(page.html, "utf8"), contentType: HTML_CONTENT_TYPE });
      placed.push({ page, href: stored.link });
    }
    return webPagesAt(placed);
  };
}
