/** Reports in a local folder: the default when the functions run on a workstation. */
import { mkdir, open } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { numbered, ReportStoreError, type ReportFile, type ReportStore, type StoredReport } from "./report-store.ts";

export function localReportStore(dir: string): ReportStore {
  const root = resolve(dir);
  return {
    kind: "local",
    where: root,
    async save(file: ReportFile): Promise<StoredReport> {
      try {
        await mkdir(root, { recursive: true });
        for (let n = 1; ; n++) {
          const fileName = numbered(file.fileName, n);
          const path = join(root, fileName);
          const handle = await open(path, "wx").catch((error: NodeJS.ErrnoException) => {
            if (error.code === "EEXIST") return undefined;
            throw error;
          });
          if (!handle) continue;
          try {
            await handle.writeFile(file.content);
          } finally {
            await handle.close();
          }
          return { link: pathToFileURL(path).href, fileName };
        }
      } catch (cause) {
        throw new ReportStoreError(`Rapporten kunde inte sparas i mappen ${root}: ${(cause as Error).message}`, { cause });
      }
    },
  };
}
