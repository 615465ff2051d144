/** The week's web pages as files in a folder (beside the outbox), linked from the e-mails when the folder is published at an address. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { webPagesAt, type PublishWeb } from "../../web/web-pages.ts";
import { writeFailureText } from "../../shared/system-errors.ts";
import { addressIn } from "./address-in.ts";

/**
 * Writes each page (a page of the same week is replaced: it is the same
 * lägesbild, recomputed). With `baseUrl`, the http(s) address the folder is
 * published at, returns where the e-mails should link; without it, nothing:
 * a path on the machine that ran the job means nothing to the reader.
 */
export function folderWebPages(dir: string, baseUrl?: string): PublishWeb {
  return async (pages) => {
    for (const page of pages) {
      const path = join(dir, page.fileName);
      await mkdir(dir, { recursive: true })
        .then(() => writeFile(path, page.html, "utf8"))
        .catch((cause: unknown) => {
          throw new Error(writeFailureText(path, cause), { cause });
        });
    }
    return baseUrl ? webPagesAt(pages.map((page) => ({ page, href: addressIn(baseUrl, page.fileName) }))) : undefined;
  };
}
