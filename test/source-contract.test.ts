import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { buildExample } from "../examples/build-examples.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import { spreadsheetIdOf } from "../src/sources/google/spreadsheet-ref.ts";
import type { WorkbookSource } from "../src/sources/workbook-source.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import type { Validated } from "../src/validation/validate-source.ts";
import { EXAMPLE_SOURCE, fakeSheetsSource, googleExample, startFakeGoogle, type FakeGoogle } from "./helpers/fake-google/index.ts";

type Rows = Record<string, unknown>[];
type Content = Record<string, Rows>;

/** Deliberate mistakes, written into the YAML before either adapter's workbooks are built from it. */
const MISTAKES: Readonly<Record<string, (c: Content) => void>> = {
  "central.yaml": (c) => {
    row(c, "Budget", 0)["Tilldelat"] = -5;
    row(c, "Budget", 1)["Förbrukat"] = "65 000";
    row(c, "Mottagare", 0)["Veckosammanfattning"] = "kanske";
    row(c, "Mottagare", 1)["Rapportutkast"] = "nej";
    row(c, "Mål", 0)["Ordning"] = "första";
  },
  "bostader.yaml": (c) => {
    row(c, "Aktiviteter", 0)["Datum"] = "31 juni 2024";
    row(c, "Aktiviteter", 1)["Datum"] = "18 september 2024";
    row(c, "Aktiviteter", 1)["Status"] = "klar";
    row(c, "Aktiviteter", 2)["Slutdatum"] = "2020-01-01";
  },
  "smf.yaml": (c) => {
    row(c, "Aktiviteter", 0)["Id"] = "BOS-4";
    row(c, "Aktiviteter", 1)["Mål och effekter"] = "M1; finns-inte";
  },
};

const CASES = [
  { name: "the Delrapport 1 example", mistakes: false },
  { name: "the example with mistakes in three workbooks", mistakes: true },
] as const;

let fake: FakeGoogle;
let work: string;
const rules = loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`).then(textRules);

beforeAll(async () => {
  fake = await startFakeGoogle();
  work = await mkdtemp(join(tmpdir(), "lagesbild-contract-"));
});
afterAll(async () => {
  await fake.close();
  await rm(work, { recursive: true, force: true });
});

describe("the same content through the .xlsx folder source and the Google Sheets source", () => {
  it.each(CASES)("$name gives the same programme and the same problems, links and locations aside", async ({ mistakes }) => {
    const sourceDir = mistakes ? await writeWithMistakes(join(work, "source")) : EXAMPLE_SOURCE;
    const folder = mistakes ? await buildFolder(sourceDir, join(work, "xlsx")) : "examples/delrapport-1";
    const example = await googleExample(sourceDir);
    fake.spreadsheets.put(...example.spreadsheets);
    const fileOf = new Map([...example.idOf].map(([file, id]) => [id, file]));

    const fromXlsx = await load(folderSource(folder));
    const fromGoogle = await load(fakeSheetsSource(fake, example.centralId));

    expect(fromXlsx.programme.activities.length).toBeGreaterThan(20);
    expect(comparable(fromGoogle, (ref) => fileOf.get(spreadsheetIdOf(ref) ?? "") ?? ref)).toEqual(comparable(fromXlsx, (ref) => ref));
    const codes = new Set(fromXlsx.problems.filter((p) => p.severity === "error").map((p) => p.code));
    if (mistakes) {
      expect([...codes].sort()).toEqual(
        expect.arrayContaining([
          "amount-negative",
          "boolean-invalid",
          "date-invalid",
          "date-order",
          "enum-invalid",
          "id-duplicate",
          "number-invalid",
          "ref-unknown",
        ]),
      );
    } else {
      expect(codes).toEqual(new Set());
    }
  });
});

async function load(source: WorkbookSource): Promise<Validated> {
  try {
    return await loadProgramme(source, await rules);
  } finally {
    await source.close();
  }
}

/** What must not depend on the adapter: everything but where a workbook lives and links into it. */
function comparable(v: Validated, workbookFile: (ref: string) => string) {
  return {
    problems: v.problems.map(({ link: _link, ...p }) => p),
    programme: {
      ...v.programme,
      blocks: v.programme.blocks.map((b) => ({ ...b, workbook: b.workbook === undefined ? undefined : workbookFile(b.workbook) })),
      workbooks: v.programme.workbooks.map(({ name, owner, readable }) => ({ name, owner, readable })),
    },
  };
}

async function writeWithMistakes(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const file of await readdir(EXAMPLE_SOURCE)) {
    if (!file.endsWith(".yaml")) continue;
    const content = (parse(await readFile(join(EXAMPLE_SOURCE, file), "utf8")) ?? {}) as Content;
    MISTAKES[file]?.(content);
    await writeFile(join(dir, file), stringify(content));
  }
  return dir;
}

async function buildFolder(sourceDir: string, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  await buildExample(sourceDir, outDir);
  return outDir;
}

function row(c: Content, sheet: string, index: number): Record<string, unknown> {
  const r = c[sheet]?.[index];
  if (!r) throw new Error(`the example has no row ${index} on ${sheet}`);
  return r;
}
