import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yauzl from "yauzl";
import type { WorkbookKind } from "../../sheets-schema/index.ts";
import { loadProgramme } from "../../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../../src/report/outline/load-outline.ts";
import { textRules } from "../../src/report/outline/outline.ts";
import { buildWorkbook } from "../../src/sinks/xlsx/build-workbook.ts";
import { contentFromHeaders } from "../../src/sinks/xlsx/content-from-headers.ts";
import type { WorkbookOutcome, WorkbookSource } from "../../src/sources/workbook-source.ts";
import { folderSource, type FolderOptions } from "../../src/sources/xlsx/folder-source.ts";
import { readOoxml } from "../../src/sources/xlsx/ooxml/read-ooxml.ts";
import { problem } from "../../src/validation/problem.ts";
import type { Problem } from "../../src/validation/problem.ts";
import type { Validated } from "../../src/validation/validate-source.ts";

/** The messy fixtures written by LibreOffice and by hand (see test/fixtures/messy/make-fixtures.py). */
export const MESSY = "test/fixtures/messy";
export const messy = (...parts: string[]) => join(MESSY, ...parts);

/** Sheet name → rows keyed by the Swedish headers, as staff see them. */
export type SheetsByHeader = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;

/** Reads and validates a folder the way `lagesbild validate` does. */
export function validateFolder(dir: string, options: FolderOptions = {}): Promise<Validated> {
  return validateSource(folderSource(dir, options));
}

/** Validates any source with the report outline's text rules, closing it afterwards. */
export async function validateSource(source: WorkbookSource): Promise<Validated> {
  const outline = await loadOutline(join(DEFAULT_TEMPLATE_DIR, "delrapport.yaml"));
  try {
    return await loadProgramme(source, textRules(outline));
  } finally {
    await source.close();
  }
}

/** A problem without its message: what the tests compare exactly. */
export interface Located {
  code: string;
  severity: string;
  workbook: string;
  sheet?: string;
  row?: number;
  column?: string;
  header?: string;
  value?: string;
}

export function located(problems: readonly Problem[]): Located[] {
  return problems.map((p) => {
    const { message: _message, expected: _expected, link: _link, ...rest } = p;
    return rest;
  });
}

/** Temporary folders that are removed together at the end of a suite. */
export class TempFolders {
  readonly #made: string[] = [];

  async make(prefix = "lagesbild-"): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    this.#made.push(dir);
    return dir;
  }

  /** A copy of a fixture folder with some files replaced: `{ "bostader.xlsx": "test/fixtures/messy/files/truncated.xlsx" }`. */
  async copyOf(folder: string, replace: Readonly<Record<string, string>> = {}): Promise<string> {
    const dir = await this.make();
    for (const file of await readdir(folder, { withFileTypes: true }))
      if (file.isFile()) await copyFile(join(folder, file.name), join(dir, file.name));
    for (const [name, from] of Object.entries(replace)) await copyFile(from, join(dir, name));
    return dir;
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.#made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/** Writes workbooks with lägesbild's own writer (exceljs): central.xlsx and block files by name. */
export async function writeSource(
  dir: string,
  workbooks: { central: SheetsByHeader; blocks?: Readonly<Record<string, SheetsByHeader>> },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeWorkbook(join(dir, "central.xlsx"), "central", workbooks.central);
  for (const [file, sheets] of Object.entries(workbooks.blocks ?? {})) await writeWorkbook(join(dir, file), "block", sheets);
}

export async function writeWorkbook(path: string, kind: WorkbookKind, sheets: SheetsByHeader): Promise<void> {
  await buildWorkbook(kind, { content: contentFromHeaders(kind, sheets) }).xlsx.writeFile(path);
}

/**
 * Workbooks written with lägesbild's writer and read back in this process, without files or
 * worker threads: for the checks across rows and workbooks, which do not depend on the adapter.
 */
export async function memorySource(workbooks: {
  central: SheetsByHeader;
  blocks?: Readonly<Record<string, SheetsByHeader>>;
}): Promise<WorkbookSource> {
  const files = new Map<string, Buffer>();
  const write = async (name: string, kind: WorkbookKind, sheets: SheetsByHeader) =>
    files.set(name, Buffer.from(await buildWorkbook(kind, { content: contentFromHeaders(kind, sheets) }).xlsx.writeBuffer()));
  await write("central.xlsx", "central", workbooks.central);
  for (const [name, sheets] of Object.entries(workbooks.blocks ?? {})) await write(name, "block", sheets);
  const read = async (name: string): Promise<WorkbookOutcome> => {
    const bytes = files.get(name);
    if (!bytes) return { ok: false, name, location: name, problems: [problem("file-missing", { workbook: name })] };
    return { ok: true, workbook: { name, location: name, ...(await readOoxml(bytes, 1e8)) } };
  };
  return {
    description: "minnet",
    readCentral: () => read("central.xlsx"),
    readBlock: read,
    unreferenced: async (refs) =>
      [...files.keys()]
        .filter((f) => f !== "central.xlsx" && !refs.includes(f))
        .map((f) => problem("workbook-unreferenced", { workbook: f })),
    close: async () => {},
  };
}

/** A small valid central workbook with two active blocks (smf.xlsx, bostader.xlsx); override whole sheets to make cases. */
export function centralSheets(overrides: SheetsByHeader = {}): SheetsByHeader {
  return {
    Uppdrag: [
      {
        Namn: "Nyindustrialiseringen",
        Rubrik: "Uppdrag att samordna",
        Diarienummer: "2023-2658",
        Regeringsbeslut: "KN2023/03505",
        Startdatum: "2023-06-01",
        Slutdatum: "2026-12-31",
        Myndighet: "Tillväxtverket",
      },
    ],
    Rapporter: [
      {
        Nummer: 1,
        Titel: "Delrapport 1",
        Datum: "2024-09-18",
        Periodstart: "2023-06-01",
        Periodslut: "2024-09-18",
        Beslutsfattare: "Kristina Zetterström",
        "Beslutsfattarens titel": "avdelningschef",
        Handläggare: "Mia Eliasson",
        Föredragande: "AnneLie Granljung",
        Ort: "Luleå",
        Status: "beslutad",
      },
    ],
    Mål: [
      { Id: "M1", Typ: "övergripande mål", Text: "Målet" },
      { Id: "E1", Typ: "önskad effekt", Text: "Effekten" },
    ],
    Byggstenar: [
      {
        Id: "smf",
        Namn: "Små och medelstora företag",
        Typ: "byggsten",
        "E-post": "sara@example.se",
        Status: "aktiv",
        Ordning: 1,
        Arbetsbok: "smf.xlsx",
      },
      {
        Id: "bostader",
        Namn: "Bostäder",
        Typ: "byggsten",
        "E-post": "anna@example.se",
        Status: "aktiv",
        Ordning: 2,
        Arbetsbok: "bostader.xlsx",
      },
    ],
    Indikatorer: [{ Id: "I1", Namn: "Antal företag", Mål: "E1", Enhet: "antal", Riktning: "öka", Målvärde: 100, Måldatum: "2026-12-31" }],
    Källor: [{ Id: "k1", Text: "En källa", Länk: "https://example.se" }],
    Texter: [{ Rapport: 1, Avsnitt: "bakgrund", Ordning: 1, Text: "Bakgrund.[^k1]" }],
    ...overrides,
  };
}

/** One valid activity and one measurement of I1, for a block workbook. */
export function blockSheets(activityId: string, measuredOn: string, overrides: SheetsByHeader = {}): SheetsByHeader {
  return {
    Aktiviteter: [{ Id: activityId, Datum: "2024-03-05", Typ: "möte", Verktyg: "Nätverk", Titel: "Ett möte", Status: "planerad" }],
    Mätningar: [{ Indikator: "I1", Datum: measuredOn, Värde: 10 }],
    ...overrides,
  };
}

/** The text of one part of an .xlsx (e.g. `xl/workbook.xml`), to look at what another program wrote. */
export async function zipEntryText(path: string, entryName: string): Promise<string> {
  const zip = await yauzl.fromBufferPromise(await readFile(path), { lazyEntries: true });
  try {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      zip.on("entry", (e: yauzl.Entry) => (e.fileName === entryName ? resolve(e) : zip.readEntry()));
      zip.on("end", () => resolve(undefined));
      zip.on("error", reject);
      zip.readEntry();
    });
    if (!entry) throw new Error(`${path} has no ${entryName}`);
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    zip.close();
  }
}
