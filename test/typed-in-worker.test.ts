import { copyFile, cp, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnsOf } from "../sheets-schema/index.ts";
import { activitiesSheet } from "../sheets-schema/sheets/activities.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import type { WorkbookSource } from "../src/sources/workbook-source.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { readBlockStage, readCentralStage } from "../src/validation/validate-source.ts";
import { handmadeXlsx, row } from "./helpers/handmade-xlsx.ts";

const MESSY = "test/fixtures/messy";
const rules = loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`).then(textRules);

let dir: string;
let source: WorkbookSource;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-typed-"));
  // Staff mistakes (invalid/bostader.xlsx, smf.xlsx), a workbook Google Sheets wrote, one with macros, and broken files.
  await copyFile(`${MESSY}/invalid/bostader.xlsx`, join(dir, "bostader.xlsx"));
  await copyFile(`${MESSY}/invalid/smf.xlsx`, join(dir, "smf.xlsx"));
  await copyFile(`${MESSY}/valid/energi.xlsx`, join(dir, "energi.xlsx"));
  await copyFile(`${MESSY}/files/google-sheets-export.xlsx`, join(dir, "google.xlsx"));
  await copyFile(`${MESSY}/files/macros.xlsm`, join(dir, "makron.xlsx"));
  await copyFile(`${MESSY}/files/truncated.xlsx`, join(dir, "trasig.xlsx"));
  await copyFile(`${MESSY}/files/zip-bomb-lying.xlsx`, join(dir, "bomb.xlsx"));
  await writeFile(join(dir, "text.xlsx"), "Id;Titel\n1;inte en arbetsbok\n");
  await writeFile(join(dir, "misstag.xlsx"), await withMistakes());
  await symlink("/etc/hostname", join(dir, "utanfor.xlsx"));
  source = folderSource(dir, { workers: 2 });
});
afterAll(async () => {
  await source.close();
  await rm(dir, { recursive: true, force: true });
});

const REFS = [
  "misstag.xlsx",
  "bostader.xlsx",
  "smf.xlsx",
  "energi.xlsx",
  "google.xlsx",
  "makron.xlsx",
  "trasig.xlsx",
  "bomb.xlsx",
  "text.xlsx",
  "utanfor.xlsx",
  "saknas.xlsx",
  "../central.xlsx",
];

describe("a block workbook typed in the parse worker", () => {
  it.each(REFS)("%s: the same stage as typing the raw workbook on the main thread", async (ref) => {
    const typed = source.readBlockStage;
    if (!typed) throw new Error("the folder source types in its workers");
    const inWorker = await typed(ref, "BOS");
    const onMain = readBlockStage("BOS", await source.readBlock(ref));
    expect(inWorker).toEqual(onMain);
  });

  it("keeps every good row, and every problem with its place, of a workbook with staff mistakes", async () => {
    const stage = await source.readBlockStage?.("misstag.xlsx", "BOS");
    expect(stage?.info).toMatchObject({ name: "misstag.xlsx", owner: "BOS", readable: true });
    expect(stage?.rows?.activities.map((r) => r.value.id)).toEqual(["BO-1", "BO-4"]);
    expect(stage?.problems.filter((p) => p.severity === "error").map((p) => [p.sheet, p.row, p.column])).toEqual([
      ["Aktiviteter", 3, "B"],
      ["Aktiviteter", 4, "J"],
    ]);
    expect(stage?.omitted).toEqual([expect.objectContaining({ rows: 2 })]);
  });

  it("is what loadProgramme uses, with the same programme as a source that only reads raw workbooks", async () => {
    const example = "examples/delrapport-1";
    const typing = folderSource(example);
    const raw = folderSource(example);
    const rawOnly: WorkbookSource = {
      description: raw.description,
      readCentral: () => raw.readCentral(),
      readBlock: (ref) => raw.readBlock(ref),
      unreferenced: (refs) => raw.unreferenced(refs),
      close: () => raw.close(),
    };
    let typedReads = 0;
    const counted: WorkbookSource = {
      ...typing,
      readBlockStage: (ref, blockId) => {
        typedReads++;
        return typing.readBlockStage?.(ref, blockId) ?? Promise.reject(new Error("no typed reads"));
      },
    };
    const [a, b] = [await loadProgramme(counted, await rules), await loadProgramme(rawOnly, await rules)];
    expect(typedReads).toBe(a.programme.workbooks.length - 1);
    expect(a).toEqual(b);
  });
});

describe("the central workbook typed in the parse worker", () => {
  it.each([
    ["the example's", "examples/delrapport-1", "central.xlsx"],
    ["one with staff mistakes", `${MESSY}/invalid`, "central.xlsx"],
    ["a truncated file as", `${MESSY}/files`, "truncated.xlsx"],
    ["a missing", `${MESSY}/files`, "saknas.xlsx"],
  ])("%s: the same stage as typing the raw workbook on the main thread", async (_, folder, centralFile) => {
    const typing = folderSource(folder, { centralFile });
    const raw = folderSource(folder, { centralFile });
    try {
      const inWorker = await typing.readCentralStage?.();
      expect(inWorker).toBeDefined();
      expect(inWorker).toEqual(readCentralStage(await raw.readCentral()));
    } finally {
      await Promise.all([typing.close(), raw.close()]);
    }
  });
});

describe("block workbooks read while the central one is", () => {
  const example = "examples/delrapport-1";

  it("go to the blocks that refer to them, as if read after it", async () => {
    const early = await loadProgramme(folderSource(example, { workers: 2 }), await rules);
    const late = await loadProgramme(folderSource(example, { workers: 1 }), await rules);
    expect(early.programme.workbooks.find((w) => w.name === "attraktiva-samhallen.xlsx")?.owner).toBeTruthy();
    expect(early).toEqual(late);
  });

  it("cost nothing but a parse when no block refers to the guess: a broken copy first in name order", async () => {
    const folder = join(dir, "med-kopia");
    await cp(example, folder, { recursive: true });
    await copyFile(`${MESSY}/files/truncated.xlsx`, join(folder, "aaa-kopia.xlsx"));
    await symlink("/etc/hostname", join(folder, "aab-utanfor.xlsx"));
    const withCopy = await loadProgramme(folderSource(folder, { workers: 3 }), await rules);
    const plain = await loadProgramme(folderSource(example, { workers: 1 }), await rules);
    expect(withCopy.programme).toEqual({ ...plain.programme, workbooks: withCopy.programme.workbooks });
    expect(withCopy.problems.filter((p) => p.code === "workbook-unreferenced").map((p) => p.workbook)).toEqual([
      "aaa-kopia.xlsx",
      "aab-utanfor.xlsx",
    ]);
  });
});

/** A block workbook no spreadsheet program wrote: two good activities, a date that does not exist and an unknown status. */
function withMistakes(): Promise<Buffer> {
  const headers = columnsOf(activitiesSheet).map((c) => c.meta.header);
  const activity = (n: number, id: string, date: string, status: string) =>
    row(n, [id, date, undefined, "möte", "Nätverk", `Aktivitet ${id}`, undefined, undefined, undefined, status]);
  return handmadeXlsx([
    {
      name: "Aktiviteter",
      rows: () => [
        row(1, headers),
        activity(2, "BO-1", "2024-03-01", "pågående"),
        activity(3, "BO-2", "2024-02-30", "pågående"),
        activity(4, "BO-3", "2024-03-01", "kanske"),
        activity(5, "BO-4", "2024-03-02", "genomförd"),
      ],
    },
  ]);
}
