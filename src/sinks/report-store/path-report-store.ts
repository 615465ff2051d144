/**
 * The command line's `--out`: the report goes to exactly the file named,
 * replacing what was there; another kind of file of the same report (its PDF)
 * goes beside it under the same name with its own extension.
 */
import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ReportFile, ReportStore, StoredReport } from "./report-store.ts";
import { UsageError } from "../../shared/errors.ts";
import { writeFailureText } from "../../shared/system-errors.ts";

export function pathReportStore(path: string): ReportStore {
  return {
    kind: "local",
    where: dirname(resolve(path)),
    async save(file: ReportFile): Promise<StoredReport> {
      const target = besidePath(path, extname(file.fileName));
      await writeFile(target, file.content).catch((cause: unknown) => {
        throw new UsageError(writeFailureText(target, cause), { cause });
      });
      return { link: pathToFileURL(resolve(target)).href, fileName: basename(target) };
    },
  };
}

/** `out/f.docx` with `.pdf` → `out/f.pdf`; the same extension (or none) → the path itself. */
export function besidePath(path: string, extension: string): string {
  const own = extname(path);
  if (extension === "" || extension.toLowerCase() === own.toLowerCase()) return path;
  return `${own ? path.slice(0, -own.length) : path}${extension}`;
}
