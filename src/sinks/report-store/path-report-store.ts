/** The command line's `--out`: the report goes to exactly the file named, replacing what was there. */
import { writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ReportFile, ReportStore, StoredReport } from "./report-store.ts";
import { UsageError } from "../../shared/errors.ts";
import { writeFailureText } from "../../shared/system-errors.ts";

export function pathReportStore(path: string): ReportStore {
  return {
    kind: "local",
    where: dirname(resolve(path)),
    async save(file: ReportFile): Promise<StoredReport> {
      await writeFile(path, file.content).catch((cause: unknown) => {
        throw new UsageError(writeFailureText(path, cause), { cause });
      });
      return { link: pathToFileURL(resolve(path)).href, fileName: basename(path) };
    },
  };
}
