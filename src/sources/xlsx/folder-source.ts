import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import { formatNumber } from "../../text/swedish.ts";
import { problem, problemFrom, type Problem } from "../../validation/problem.ts";
import { readBlockStage, readCentralStage, type BlockStage, type CentralStage } from "../../validation/validate-source.ts";
import type { WorkbookOutcome, WorkbookSource } from "../workbook-source.ts";
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from "./limits.ts";
import { ParsePool, type ParseOutcome } from "./parse-pool.ts";
import { type ParsedFile, rawWorkbookOf } from "./raw-workbook-of.ts";
import { prescan } from "./prescan.ts";
import { shareRepeatedStrings } from "./repeated-strings.ts";

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
  const early = earlyBlocks(folder, [centralFile, BLOCK_TEMPLATE_FILE], pool.size - 1, (path) => readXlsxBlock(path, limits, pool, ""));
  return {
    description: folder,
    readCentral: async () => {
      const file = await inFolder(folder, await fileNamed(folder, centralFile));
      if (!file.ok) return file.outcome;
      early.start();
      return readXlsx(file.path, limits, pool);
    },
    readCentralStage: async () => {
      const file = await inFolder(folder, await fileNamed(folder, centralFile));
      if (!file.ok) return readCentralStage(file.outcome);
      early.start();
      return readXlsxCentral(file.path, limits, pool);
    },
    readBlock: async (ref) => {
      const file = await blockFile(folder, ref);
      return file.ok ? readXlsx(file.path, limits, pool) : file.outcome;
    },
    readBlockStage: async (ref, blockId) => {
      const file = await blockFile(folder, ref);
      if (!file.ok) return readBlockStage(blockId, file.outcome);
      const read = await early.take(basename(file.path));
      return read ? ownedBy(await read, blockId) : readXlsxBlock(file.path, limits, pool, blockId);
    },
    unreferenced: async (refs) => {
      const known = new Set([centralFile, BLOCK_TEMPLATE_FILE, ...refs].map((r) => r.toLowerCase()));
      return (await workbookFiles(folder))
        .filter((f) => !known.has(f.toLowerCase()))
        .map((f): Problem => problem("workbook-unreferenced", { workbook: f }));
    },
    close: () => pool.close(),
  };
}

/** The folder's .xlsx files in name order, without the lock files Excel and LibreOffice leave beside an open one. */
async function workbookFiles(folder: string): Promise<string[]> {
  const files = await readdir(folder).catch(() => [] as string[]);
  return files.filter((f) => /\.xlsx$/i.test(f) && !f.startsWith("~$") && !f.startsWith(".~lock")).sort();
}

/**
 * Block workbooks read while the central one is: which workbooks the blocks are is only known once it is read, and
 * until then the other workers would wait. Without knowing, the folder's other workbooks are the best guess: the
 * first in name order, one per spare worker. A guess no block refers to costs one parse on a worker that had
 * nothing else to do. The owner is set when a block takes it.
 */
function earlyBlocks(folder: string, notBlocks: readonly string[], spare: number, read: (path: string) => Promise<BlockStage>) {
  const skip = new Set(notBlocks.map((f) => f.toLowerCase()));
  const reads = new Map<string, Promise<BlockStage>>();
  let started: Promise<void> | undefined;
  const guess = async () => {
    const files = (await workbookFiles(folder)).filter((f) => !skip.has(f.toLowerCase())).slice(0, Math.max(0, spare));
    for (const name of files) {
      const file = await inFolder(folder, name);
      if (!file.ok) continue;
      const stage = read(file.path);
      // Taken or not, a failed read must not surface as an unhandled rejection; a block that takes it sees it.
      stage.catch(() => undefined);
      reads.set(name, stage);
    }
  };
  return {
    start(): void {
      started ??= guess();
    },
    /** The early read of the file, once; undefined when it was not guessed. */
    async take(name: string): Promise<Promise<BlockStage> | undefined> {
      await started;
      const stage = reads.get(name);
      reads.delete(name);
      return stage;
    },
  };
}

function ownedBy(stage: BlockStage, blockId: string): BlockStage {
  return { ...stage, blockId, info: { ...stage.info, owner: blockId } };
}

/** A block's workbook by its reference: a file name in the folder, never a path. */
async function blockFile(folder: string, ref: string): Promise<FolderFile> {
  if (basename(ref) !== ref || ref === "." || ref === "..") {
    return { ok: false, outcome: failure(ref, join(folder, ref), [problem("file-missing", { workbook: ref })]) };
  }
  return inFolder(folder, await fileNamed(folder, ref));
}

type FolderFile = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly outcome: WorkbookOutcome };

/**
 * A file of the folder, and only of the folder: a symbolic link (or a link in
 * a parent) that leads outside it is refused, so a source folder cannot be
 * made to read files its owner never put there.
 */
async function inFolder(folder: string, name: string): Promise<FolderFile> {
  const path = join(folder, name);
  const [realFolder, realFile] = await Promise.all([realpath(folder).catch(() => folder), realpath(path).catch(() => undefined)]);
  if (realFile !== undefined) {
    const inside = relative(realFolder, realFile);
    if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      return { ok: false, outcome: failure(name, path, [problem("file-outside-folder", { workbook: name }, { value: realFile })]) };
    }
  }
  return { ok: true, path };
}

/** Reads one .xlsx file within the limits; never throws for a bad file. */
export async function readXlsx(path: string, limits: ReadLimits, pool: ParsePool): Promise<WorkbookOutcome> {
  const checked = await checkedFile(path, limits);
  if (!checked.ok) return checked.outcome;
  const parsed = await pool.parse(checked.bytes);
  if (!parsed.ok) return parseFailure(checked.file, parsed, limits);
  if (!("sheets" in parsed)) throw new Error("a workbook read raw came back typed");
  return { ok: true, workbook: rawWorkbookOf(parsed, checked.file) };
}

/** Reads the central .xlsx file and types it (`readCentralStage`) in the parse worker; never throws for a bad file. */
export async function readXlsxCentral(path: string, limits: ReadLimits, pool: ParsePool): Promise<CentralStage> {
  const checked = await checkedFile(path, limits);
  if (!checked.ok) return readCentralStage(checked.outcome);
  const parsed = await pool.parse(checked.bytes, { central: checked.file });
  if (!parsed.ok) return readCentralStage(parseFailure(checked.file, parsed, limits));
  if (!("central" in parsed)) throw new Error("a central workbook read typed came back otherwise");
  return shareRepeatedStrings(parsed.central);
}

/** Reads one .xlsx file as block `blockId`'s workbook and types it (`readBlockStage`) in the parse worker; never throws for a bad file. */
export async function readXlsxBlock(path: string, limits: ReadLimits, pool: ParsePool, blockId: string): Promise<BlockStage> {
  const checked = await checkedFile(path, limits);
  if (!checked.ok) return readBlockStage(blockId, checked.outcome);
  const parsed = await pool.parse(checked.bytes, { block: { blockId, ...checked.file } });
  if (!parsed.ok) return readBlockStage(blockId, parseFailure(checked.file, parsed, limits));
  if (!("stage" in parsed)) throw new Error("a block workbook read typed came back otherwise");
  return shareRepeatedStrings(parsed.stage);
}

type CheckedFile =
  | { readonly ok: true; readonly bytes: Buffer; readonly file: ParsedFile }
  | { readonly ok: false; readonly outcome: WorkbookOutcome };

/** The file's bytes, once it is known to be there, small enough and no zip bomb. */
async function checkedFile(path: string, limits: ReadLimits): Promise<CheckedFile> {
  const name = basename(path);
  const at = { workbook: name };
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return { ok: false, outcome: failure(name, path, [problem("file-missing", at)]) };
  if (info.size > limits.maxFileBytes) {
    const tooLarge = problem("file-too-large", at, { value: formatBytes(info.size), limit: formatBytes(limits.maxFileBytes) });
    return { ok: false, outcome: failure(name, path, [tooLarge]) };
  }
  const bytes = await readFile(path);
  const scan = await prescan(bytes, limits);
  if (!scan.ok) return { ok: false, outcome: failure(name, path, [problemFrom(scan, at)]) };
  const notes = scan.hasMacros ? { notes: [{ code: "macros-ignored" as const }] } : {};
  return { ok: true, bytes, file: { name, location: path, fileModified: info.mtime.toISOString(), ...notes } };
}

function parseFailure(file: ParsedFile, parsed: ParseFailure, limits: ReadLimits): WorkbookOutcome {
  const { name, location: path } = file;
  const at = { workbook: name };
  if (parsed.reason === "damaged") return failure(name, path, [problem("file-damaged", at)]);
  if (parsed.reason === "rows") return failure(name, path, [problem("file-too-many-rows", at, { limit: formatNumber(limits.maxRows) })]);
  if (parsed.reason === "suspicious")
    return failure(name, path, [problem("file-suspicious", at, { detail: `över ${formatBytes(limits.maxUncompressedBytes)} uppackat` })]);
  return failure(name, path, [problem("file-too-complex", at, { detail: parsed.reason === "memory" ? "minne" : "tid" })]);
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

type ParseFailure = Extract<ParseOutcome, { ok: false }>;

function failure(name: string, location: string, problems: Problem[]): WorkbookOutcome {
  return { ok: false, name, location, problems };
}
