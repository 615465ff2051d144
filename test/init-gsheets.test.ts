import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { centralWorkbook, columnsOf } from "../sheets-schema/index.ts";
import { googleSpreadsheetAdmin } from "../src/provision/google-spreadsheet-admin.ts";
import { setUpClients } from "../src/provision/google-clients.ts";
import { setUpBlocks, setUpCentral, type SetUpStep } from "../src/provision/set-up.ts";
import type { SpreadsheetAdmin } from "../src/provision/spreadsheet-admin.ts";
import { readCentralStage } from "../src/validation/validate-source.ts";
import {
  DRIVE_CREATE_FILE,
  DRIVE_PERMISSIONS_CREATE,
  SHEETS_BATCH_UPDATE,
  SHEETS_VALUES_BATCH_UPDATE,
  fakeGoogleAuth,
  fakeSheetsSource,
  fault,
  spreadsheetFromYaml,
  startFakeGoogle,
  type FakeGoogle,
  type FakeSheet,
  type SheetsByHeader,
} from "./helpers/fake-google/index.ts";

const FOLDER = "0AFolderOfTheCoordinator";
const COORDINATOR = "samordnare@tillvaxtverket.example";

let fake: FakeGoogle;
let admin: SpreadsheetAdmin;

beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.calls.calls.length = 0;
  fake.faults.clear();
  fake.drive.addFolder(FOLDER);
  fake.driveFiles.account = COORDINATOR;
  admin = googleSpreadsheetAdmin(setUpClients({ rootUrl: fake.rootUrl, auth: fakeGoogleAuth() }));
});

const kinds = (steps: readonly SetUpStep[]) => steps.map((s) => s.kind);
const sheetOf = (id: string, title: string): FakeSheet => {
  const sheet = fake.spreadsheets.get(id)?.sheets.find((s) => s.title === title);
  if (!sheet) throw new Error(`no sheet ${title}`);
  return sheet;
};

describe("init --gsheets: the central spreadsheet", () => {
  it("is made in the folder with every sheet of the schema, frozen and protected headers, and data validation", async () => {
    const result = await setUpCentral(admin, { folderId: FOLDER });

    expect(result.account).toBe(COORDINATOR);
    expect(kinds(result.steps)).toEqual(["created"]);
    const id = result.central!.id;
    const entry = fake.driveFiles.byId(id)!;
    expect(entry.parents).toEqual([FOLDER]);
    expect(entry.appProperties).toEqual({ lagesbild: "central" });
    const titles = fake.spreadsheets.get(id)!.sheets.map((s) => s.title);
    expect(titles).toEqual(["Instruktioner", ...Object.values(centralWorkbook).map((s) => s.name)]);
    // One Drive create and one batchUpdate make it all.
    expect(fake.calls.count(DRIVE_CREATE_FILE)).toBe(1);
    expect(fake.calls.count(SHEETS_BATCH_UPDATE)).toBe(1);

    const blocks = sheetOf(id, "Byggstenar");
    expect(blocks.values?.[0]).toEqual([
      "Id",
      "Namn",
      "Typ",
      "Ansvarig",
      "E-post",
      "Status",
      "Rubrik",
      "Ordning",
      "Arbetsbok",
      "Startdatum",
    ]);
    expect(blocks.frozenRowCount).toBe(1);
    expect(blocks.protectedRanges).toEqual([
      { range: expect.objectContaining({ startRowIndex: 0, endRowIndex: 1 }), editors: [COORDINATOR], warningOnly: false },
    ]);
    const rule = (column: number) => blocks.validations?.find((v) => v.range.startColumnIndex === column)?.rule;
    expect(rule(2)?.condition).toEqual({
      type: "ONE_OF_LIST",
      values: [{ userEnteredValue: "byggsten" }, { userEnteredValue: "tvärgående område" }],
    });
    expect(rule(5)?.condition?.values?.map((v) => v.userEnteredValue)).toEqual(["aktiv", "startar senare", "avslutad"]);
    expect(rule(7)?.condition?.type).toBe("CUSTOM_FORMULA");
    expect(rule(0)).toBeUndefined();
    const activities = sheetOf(id, "Aktiviteter");
    const dateColumn = (activities.values?.[0] ?? []).indexOf("Datum");
    expect(activities.validations?.find((v) => v.range.startColumnIndex === dateColumn)?.rule.condition?.type).toBe("DATE_IS_VALID");
    const indicators = sheetOf(id, "Indikatorer");
    const blockColumn = (indicators.values?.[0] ?? []).indexOf("Byggsten");
    expect(indicators.validations?.find((v) => v.range.startColumnIndex === blockColumn)?.rule).toMatchObject({
      condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "='Byggstenar'!$A$2:$A$1001" }] },
      strict: false,
    });
    expect(blocks.notes?.get("0:8")).toMatch(/Arbetsbok|arbetsbok/);
    expect(sheetOf(id, "Instruktioner").values?.some((row) => row[0] === "Byggstenar" && row[1] === "Arbetsbok")).toBe(true);
  });

  it("is read back by the Sheets source with every column the schema expects", async () => {
    const { central } = await setUpCentral(admin, {});
    const stage = readCentralStage(await fakeSheetsSource(fake, central!.id).readCentral());
    expect(stage.info.readable).toBe(true);
    const columnProblems = stage.problems.filter((p) => /column|kolumn/i.test(p.code));
    expect(columnProblems).toEqual([]);
    expect(columnsOf(centralWorkbook.blocks).length).toBe(sheetOf(central!.id, "Byggstenar").values?.[0]?.length);
  });

  it("is found again on a rerun: nothing is made twice, the validation is renewed", async () => {
    const first = await setUpCentral(admin, { folderId: FOLDER });
    fake.calls.calls.length = 0;
    const again = await setUpCentral(admin, { folderId: FOLDER });
    expect(kinds(again.steps)).toEqual(["refreshed"]);
    expect(again.central?.id).toBe(first.central?.id);
    expect(fake.calls.count(DRIVE_CREATE_FILE)).toBe(0);
    expect(fake.calls.count(SHEETS_BATCH_UPDATE)).toBe(1);
  });
});

describe("init --gsheets --blocks: each block's spreadsheet from the filled-in central one", () => {
  let nextCentral = 0;
  beforeEach(() => {
    nextCentral++;
  });

  async function filledCentral(edit: (c: SheetsByHeader) => SheetsByHeader = (c) => c) {
    const raw = parse(await readFile("examples/delrapport-1/source/central.yaml", "utf8")) as SheetsByHeader;
    const central = spreadsheetFromYaml("central", edit(raw), { id: `1CentralFilledIn${nextCentral}${"x".repeat(30)}`, title: "central" });
    fake.spreadsheets.put(central);
    const read = async () => readCentralStage(await fakeSheetsSource(fake, central.id).readCentral()).rows;
    return { central: { id: central.id, url: `https://docs.google.com/spreadsheets/d/${central.id}/edit` }, read };
  }

  it("makes, shares with the owner and writes its address into Arbetsbok; a rerun makes and shares nothing twice", async () => {
    const { central, read } = await filledCentral();
    const result = await setUpBlocks(admin, { central, rows: await read(), folderId: FOLDER });

    const made = result.steps.filter((s) => s.kind === "created");
    expect(made).toHaveLength(11);
    expect(result.steps.filter((s) => s.kind === "shared")).toHaveLength(11);
    expect(fake.calls.count(SHEETS_VALUES_BATCH_UPDATE)).toBe(1);

    const bostader = fake.driveFiles.entries.find((e) => e.appProperties["lagesbildBlock"] === "bostader")!;
    expect(bostader.name).toBe("lägesbild – Bostäder");
    expect(bostader.appProperties["lagesbildCentral"]).toBe(central.id);
    const invitation = bostader.permissions.find((p) => p.role === "writer")!;
    expect(invitation.emailAddress).toBe("bostader@tillvaxtverket.example");
    expect(invitation.emailMessage).toContain("Bostäder");
    expect(invitation.emailMessage).toContain(COORDINATOR);
    expect(invitation.notified).toBe(true);

    // The block's drop-down lists offer the central workbook's ids, from a hidden sheet.
    const lists = sheetOf(bostader.id, "Listor");
    expect(lists.hidden).toBe(true);
    expect(lists.values?.map((r) => r[0]).slice(0, 3)).toEqual(["Mål", "M0", "M1"]);

    // Column Arbetsbok now holds each block's address, and the source reads the block from it.
    const rows = await read();
    const row = rows.blocks.find((r) => r.value.id === "bostader")!;
    expect(row.value.workbook).toBe(`https://docs.google.com/spreadsheets/d/${bostader.id}/edit`);

    fake.calls.calls.length = 0;
    const again = await setUpBlocks(admin, { central, rows, folderId: FOLDER });
    expect(again.steps.filter((s) => s.kind === "refreshed")).toHaveLength(11);
    expect(again.steps.filter((s) => s.kind === "already-shared")).toHaveLength(11);
    expect(fake.calls.count(DRIVE_CREATE_FILE)).toBe(0);
    expect(fake.calls.count(DRIVE_PERMISSIONS_CREATE)).toBe(0);
    expect(fake.calls.count(SHEETS_VALUES_BATCH_UPDATE)).toBe(0);
  });

  it("refreshes a block's lists on a rerun when the central workbook gained a goal", async () => {
    const { central, read } = await filledCentral((c) => ({ ...c, Byggstenar: (c["Byggstenar"] ?? []).slice(0, 2) }));
    await setUpBlocks(admin, { central, rows: await read() });
    const block = fake.driveFiles.entries.filter((e) => e.appProperties["lagesbildCentral"] === central.id)[0]!;
    const goals = () => (sheetOf(block.id, "Listor").values ?? []).map((r) => r[0]).filter((v) => typeof v === "string" && v !== "");
    const before = goals().length;

    const grown = await filledCentral((c) => ({
      ...c,
      Byggstenar: (c["Byggstenar"] ?? []).slice(0, 2),
      Mål: [...(c["Mål"] ?? []), { Id: "M99", Typ: "delmål", Text: "Ett nytt delmål.", Ordning: 99 }],
    }));
    // The rerun reads the central workbook anew; Arbetsbok still empty in this copy, so the earlier files are found by their marks.
    await setUpBlocks(admin, { central: grown.central, rows: await grown.read() });
    expect(goals()).toContain("M99");
    expect(goals().length).toBe(before + 1);
    // The indicator drop-down of Mätningar points at the list's current extent.
    const indicatorRule = sheetOf(block.id, "Mätningar").validations?.find((v) => v.rule.condition?.type === "ONE_OF_RANGE");
    expect(indicatorRule?.rule.condition?.values?.[0]?.userEnteredValue).toMatch(/^='Listor'!\$B\$2:\$B\$\d+$/);
  });

  it("goes on with the other blocks when one cannot be shared, and says which", async () => {
    const { central, read } = await filledCentral((c) => ({ ...c, Byggstenar: (c["Byggstenar"] ?? []).slice(0, 3) }));
    fake.faults.inject(DRIVE_PERMISSIONS_CREATE, "befolkningsforsorjning@tillvaxtverket.example", fault.serverError(500));
    const result = await setUpBlocks(admin, { central, rows: await read() });
    expect(kinds(result.steps).filter((k) => k === "failed")).toHaveLength(1);
    expect(kinds(result.steps).filter((k) => k === "shared")).toHaveLength(2);
    // The failed block's spreadsheet exists; its address is written all the same, so a rerun only shares it.
    expect(kinds(result.steps).filter((k) => k === "address-written")).toHaveLength(3);
    const failed = result.steps.find((s) => s.kind === "failed");
    expect(failed).toMatchObject({ title: "lägesbild – Befolkningsförsörjning", message: expect.stringContaining("Internal error") });
  });
});
