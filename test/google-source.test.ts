import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { blockWorkbook, centralWorkbook } from "../sheets-schema/index.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import { METADATA_FIELDS } from "../src/sources/google/responses.ts";
import type { WorkbookSource } from "../src/sources/workbook-source.ts";
import {
  fakeGoogleAuth,
  fault,
  fakeSheetsSource,
  fakeSpreadsheetId,
  googleExample,
  DRIVE_GET,
  SHEETS_BATCH_GET,
  SHEETS_GET,
  startFakeGoogle,
  type FakeGoogle,
  type FakeSpreadsheet,
} from "./helpers/fake-google/index.ts";

let fake: FakeGoogle;
const rules = loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`).then(textRules);

beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterEach(() => {
  fake.calls.reset();
  fake.faults.clear();
});
afterAll(() => fake.close());

async function run(source: WorkbookSource) {
  try {
    return await loadProgramme(source, await rules);
  } finally {
    await source.close();
  }
}

describe("reading the Delrapport 1 example from Google Sheets", () => {
  it("costs one metadata call and one batchGet per spreadsheet, one Drive files.get for when it changed, and nothing else", async () => {
    const example = await googleExample();
    fake.spreadsheets.put(...example.spreadsheets);
    const { programme, problems } = await run(fakeSheetsSource(fake, example.centralId));

    const ids = example.spreadsheets.map((s) => s.id).sort();
    const once = Object.fromEntries(ids.map((id) => [id, 1]));
    expect(fake.calls.perKey(SHEETS_GET)).toEqual(once);
    expect(fake.calls.perKey(SHEETS_BATCH_GET)).toEqual(once);
    expect(fake.calls.perKey(DRIVE_GET)).toEqual(once);
    // Only the one field, and found in a shared drive too.
    expect(fake.calls.of(DRIVE_GET).map((c) => [c.query.get("fields"), c.query.get("supportsAllDrives")])).toEqual(
      ids.map(() => ["modifiedTime", "true"]),
    );
    expect(fake.calls.calls).toHaveLength(3 * ids.length);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const byName = (a: [string, boolean], b: [string, boolean]) => a[0].localeCompare(b[0]);
    expect(programme.workbooks.map((w): [string, boolean] => [w.name, w.readable]).sort(byName)).toEqual(
      example.spreadsheets.map((s): [string, boolean] => [s.title, true]).sort(byName),
    );
    console.info(`Google Sheets calls for the example (${ids.length} spreadsheets): ${fake.calls.calls.length}`);
  });

  it("asks for unformatted values, serial-number dates and rows, for the schema's sheets only, with a fields mask for metadata", async () => {
    const example = await googleExample();
    fake.spreadsheets.put(...example.spreadsheets);
    await run(fakeSheetsSource(fake, example.centralId));

    const expected = (s: FakeSpreadsheet, layout: Record<string, { name: string }>) => {
      const names = new Set(Object.values(layout).map((l) => l.name));
      return s.sheets.filter((sh) => names.has(sh.title)).map((sh) => `'${sh.title}'`);
    };
    for (const s of example.spreadsheets) {
      const [batch] = fake.calls.of(SHEETS_BATCH_GET, s.id);
      expect(batch?.query.get("valueRenderOption")).toBe("UNFORMATTED_VALUE");
      expect(batch?.query.get("dateTimeRenderOption")).toBe("SERIAL_NUMBER");
      expect(batch?.query.get("majorDimension")).toBe("ROWS");
      expect(batch?.query.getAll("ranges")).toEqual(expected(s, s.id === example.centralId ? centralWorkbook : blockWorkbook));
      expect(batch?.query.getAll("ranges")).not.toContain("'Instruktioner'");
      const [meta] = fake.calls.of(SHEETS_GET, s.id);
      expect(meta?.query.get("fields")).toBe(METADATA_FIELDS);
      expect(meta?.query.get("includeGridData")).toBe("false");
    }
  });

  it("reads at most four spreadsheets at a time", async () => {
    const example = await googleExample();
    fake.spreadsheets.put(...example.spreadsheets);
    for (const s of example.spreadsheets) fake.faults.inject(SHEETS_GET, s.id, fault.slow(200));
    await run(fakeSheetsSource(fake, example.centralId, { concurrency: 4 }));
    expect(fake.calls.maxConcurrent(SHEETS_GET)).toBe(4);
    expect(fake.calls.maxConcurrent(DRIVE_GET)).toBeLessThanOrEqual(4);
  });

  it("reads a spreadsheet that two blocks name (by id and by address) once", async () => {
    const example = await googleExample(undefined, (file, content) => {
      if (file !== "central.yaml") return content;
      const blocks = (content["Byggstenar"] ?? []).map((b) => ({ ...b }));
      blocks[1]!["Arbetsbok"] = blocks[0]!["Arbetsbok"];
      return { ...content, Byggstenar: blocks };
    });
    fake.spreadsheets.put(...example.spreadsheets);
    await run(fakeSheetsSource(fake, example.centralId));
    expect(Math.max(...Object.values(fake.calls.perKey(SHEETS_GET)))).toBe(1);
    expect(Math.max(...Object.values(fake.calls.perKey(SHEETS_BATCH_GET)))).toBe(1);
    expect(Math.max(...Object.values(fake.calls.perKey(DRIVE_GET)))).toBe(1);
  });
});

describe("a block spreadsheet as a raw workbook", () => {
  const id = fakeSpreadsheetId("odd block");
  const spreadsheet: FakeSpreadsheet = {
    id,
    title: "Bostäder – uppföljning",
    modifiedTime: "2024-08-05T14:03:27.412Z",
    sheets: [
      { title: "Blad1", values: [["anteckningar"]] },
      { title: "Diagram", sheetType: "OBJECT" },
      {
        title: "Aktiviteter",
        sheetId: 1_234_567,
        values: [
          ["Id", "Datum", "Typ", "Verktyg", "Titel", "Status"],
          ["BO-1", 45_553, "möte", "Nätverk", "Möte", "genomförd"],
          [],
          ["BO-2", "#REF!", "möte", "Nätverk", true, "planerad"],
          ["", "", "", "", "", ""],
          ["BO-3", "31 juni 2024", "möte", "Nätverk", "Möte", "planerad"],
        ],
        merges: ["E5:E6"],
      },
      {
        title: "Källor",
        hidden: true,
        values: [
          ["Id", "Text"],
          ["k1", "En källa"],
        ],
      },
    ],
  };

  it("has every grid sheet in order, values as Sheets holds them, hidden sheets, merges and links to each sheet", async () => {
    fake.spreadsheets.put(spreadsheet);
    const source = fakeSheetsSource(fake, fakeSpreadsheetId("unused central"));
    const outcome = await source.readBlock(`https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const wb = outcome.workbook;
    expect({ name: wb.name, location: wb.location, dateSystem: wb.dateSystem, modifiedAt: wb.modifiedAt }).toEqual({
      name: spreadsheet.title,
      location: `https://docs.google.com/spreadsheets/d/${id}/edit`,
      dateSystem: 1900,
      // Drive's modifiedTime, as Drive gave it.
      modifiedAt: "2024-08-05T14:03:27.412Z",
    });
    expect(wb.sheets.map((s) => [s.name, s.hidden, s.rows.length])).toEqual([
      ["Blad1", false, 0],
      ["Aktiviteter", false, 4],
      ["Källor", true, 2],
    ]);
    const activities = wb.sheets[1]!;
    expect(activities.linkBase).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit#gid=1234567`);
    expect(activities.merges).toEqual(["E5:E6"]);
    expect(activities.rows.map((r) => r.number)).toEqual([1, 2, 4, 6]);
    expect(activities.rows[1]!.cells[1]).toEqual({ kind: "number", value: 45_553 });
    expect(activities.rows[2]!.cells.slice(1, 5)).toEqual([
      { kind: "error", code: "#REF!" },
      { kind: "text", text: "möte" },
      { kind: "text", text: "Nätverk" },
      { kind: "boolean", value: true },
    ]);
    expect(fake.calls.of(SHEETS_BATCH_GET, id)[0]?.query.getAll("ranges")).toEqual(["'Aktiviteter'", "'Källor'"]);
  });

  it("gives problems that link to the very cell", async () => {
    fake.spreadsheets.put(spreadsheet);
    const example = await googleExample(undefined, (file, content) =>
      file === "central.yaml"
        ? { ...content, Byggstenar: (content["Byggstenar"] ?? []).slice(0, 1).map((b) => ({ ...b, Arbetsbok: id })) }
        : content,
    );
    fake.spreadsheets.put(...example.spreadsheets);
    const { problems } = await run(fakeSheetsSource(fake, example.centralId));
    const own = problems.filter((p) => p.workbook === spreadsheet.title);
    const at = (code: string) => own.filter((p) => p.code === code).map((p) => [p.sheet, p.link]);
    const sheet = `https://docs.google.com/spreadsheets/d/${id}/edit#gid=1234567`;
    expect(at("cell-error")).toEqual([["Aktiviteter", `${sheet}&range=B4`]]);
    expect(at("text-is-boolean")).toEqual([["Aktiviteter", `${sheet}&range=E4`]]);
    expect(at("date-invalid")).toEqual([["Aktiviteter", `${sheet}&range=B6`]]);
    expect(at("sheet-unknown")).toEqual([["Blad1", undefined]]);
    expect(at("cells-merged")).toEqual([["Aktiviteter", undefined]]);
  });

  it.each([
    ["a file name", "bostader.xlsx"],
    ["an address of another site", "https://example.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefgh/edit"],
    ["a published-to-web address", "https://docs.google.com/spreadsheets/d/e/2PACX-1vR/pubhtml"],
  ])("refuses %s as a reference without a call", async (_what, ref) => {
    const outcome = await fakeSheetsSource(fake, fakeSpreadsheetId("unused central")).readBlock(ref);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.map((p) => [p.code, p.workbook])).toEqual([["source-unavailable", ref]]);
    expect(fake.calls.calls).toHaveLength(0);
  });

  it("makes no batchGet for a spreadsheet without any of the schema's sheets", async () => {
    const bare = { id: fakeSpreadsheetId("bare"), title: "Tomt", sheets: [{ title: "Blad1" }] };
    fake.spreadsheets.put(bare);
    const outcome = await fakeSheetsSource(fake, bare.id).readCentral();
    expect(outcome.ok && outcome.workbook.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    expect([fake.calls.count(SHEETS_GET), fake.calls.count(SHEETS_BATCH_GET)]).toEqual([1, 0]);
  });

  it("sends the auth client's access token, and reports a refused one as a problem without retrying", async () => {
    fake.spreadsheets.put(spreadsheet);
    const outcome = await fakeSheetsSource(fake, id, { auth: fakeGoogleAuth("stolen") }).readCentral();
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/inloggningen mot Google misslyckades/),
    ]);
    expect(fake.calls.of(SHEETS_GET, id).map((c) => c.headers.authorization)).toEqual(["Bearer stolen"]);
  });
});
