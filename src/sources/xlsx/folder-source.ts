import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import { formatNumber } from "../../text/swedish.ts";
import { problem, problemFrom, type Problem } from "../../validation/problem.ts";
import type { RawWorkbook } from "../raw-workbook.ts";
import type { WorkbookOutcome, WorkbookSource } from "../workbook-source.ts";
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from "./limits.ts";
import { ParsePool } from "./parse-pool.ts";
import { prescan } from "./prescan.ts";

export const CENTRAL_FILE = "central.xlsx";
/** The blank block workbook `init` writes next to central.xlsx: a template to copy, never a block's own workbook. */
export const BLOCK_TEMPLATE_FILE = "byggsten.xlsx";

export interface FolderOptions {
  readonly centralFile?: string;
  readonly limits?: Partial<ReadLimits>;
  readonly workers?: number;
}

/** The embedded default: a folder with `central.xlsx` and one .xlsx per block. */
export function folderSource(dir: string, options: FolderOptions = {}): WorkbookSource {
  const folder = resolve(dir);
  const centralFile = options.centralFile ?? CENTRAL_FILE;
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const pool = new ParsePool(limits, options.workers);
  return {
    description: folder,
    readCentral: async () => readInFolder(folder, await fileNamed(folder, centralFile), limits, pool),
    readBlock: async (ref) =>
      basename(ref) === ref && ref !== "." && ref !== ".."
        ? readInFolder(folder, await fileNamed(folder, ref), limits, pool)
        : failure(ref, join(folder, ref), [problem("file-missing", { workbook: ref })]),
    unreferenced: async (refs) => {
      const known = new Set([centralFile, BLOCK_TEMPLATE_FILE, ...refs].map((r) => r.toLowerCase()));
      const files = await readdir(folder).catch(() => [] as string[]);
      return files
        .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith("~$") && !f.startsWith(".~lock") && !known.has(f.toLowerCase()))
        .sort()
        .map((f): Problem => problem("workbook-unreferenced", { workbook: f }));
    },
    close: () => pool.close(),
  };
}

/**
 * Reads a file of the folder, and only of the folder: a symbolic link (or a
 * link in a parent) that leads outside it is refused, so a source folder
 * cannot be made to read files its owner never put there.
 */
async function readInFolder(folder: string, name: string, limits: ReadLimits, pool: ParsePool): Promise<WorkbookOutcome> {
  const path = join(folder, name);
  const [realFolder, realFile] = await Promise.all([realpath(folder).catch(() => folder), realpath(path).catch(() => undefined)]);
  if (realFile !== undefined) {
    const inside = relative(realFolder, realFile);
    if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return failure(name, path, [problem("file-outside-folder", { workbook: name }, { value: realFile })]);
    }
  }
  return readXlsx(path, limits, pool);
}

/** Reads one .xlsx file within the limits; never throws for a bad file. */
export async function readXlsx(path: string, limits: ReadLimits, pool: ParsePool): Promise<WorkbookOutcome> {
  const name = basename(path);
  const at = { workbook: name };
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return failure(name, path, [problem("file-missing", at)]);
  if (info.size > limits.maxFileBytes) {
    return failure(name, path, [problem("file-too-large", at, { value: formatBytes(info.size), limit: formatBytes(limits.maxFileBytes) })]);
  }
  const bytes = await readFile(path);
  const scan = await prescan(bytes, limits);
  if (!scan.ok) return failure(name, path, [problemFrom(scan, at)]);
  const parsed = await pool.parse(bytes);
  if (!parsed.ok) {
    if (parsed.reason === "damaged") return failure(name, path, [problem("file-damaged", at)]);
    if (parsed.reason === "rows") return failure(name, path, [problem("file-too-many-rows", at, { limit: formatNumber(limits.maxRows) })]);
    if (parsed.reason === "suspicious")
      return failure(name, path, [problem("file-suspicious", at, { detail: `över ${formatBytes(limits.maxUncompressedBytes)} uppackat` })]);
    return failure(name, path, [problem("file-too-complex", at, { detail: parsed.reason === "memory" ? "minne" : "tid" })]);
  }
  const workbook: RawWorkbook = {
    name,
    location: path,
    dateSystem: parsed.dateSystem,
    sheets: parsed.sheets,
    // The workbook's own last-saved date: a file copied, downloaded or checked out gets a new file time.
    modifiedAt: parsed.modified ?? info.mtime.toISOString(),
    ...(scan.hasMacros ? { notes: [{ code: "macros-ignored" as const }] } : {}),
  };
  return { ok: true, workbook };
}

/**
 * The file a workbook name means: itself if it exists, else the one file whose name differs
 * only in case. Staff type `Bostader.xlsx` on Windows, where it works; it must work here too.
 */
async function fileNamed(folder: string, name: string): Promise<string> {
  if (await stat(join(folder, name)).catch(() => undefined)) return name;
  const files = await readdir(folder).catch(() => [] as string[]);
  const same = files.filter((f) => f.toLowerCase() === name.toLowerCase());
  return same.length === 1 && same[0] !== undefined ? same[0] : name;
}

function failure(name: string, location: string, problems: Problem[]): WorkbookOutcome {
  return { ok: false, name, location, problems };
}
