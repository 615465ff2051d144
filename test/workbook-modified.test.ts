/** When a workbook last changed, for "not updated for N days": the workbook's own last-saved date, which a copy does not renew. */
import { cp, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { handmadeXlsx, row } from "./helpers/handmade-xlsx.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-modified-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** The file's own time, as a copy or a download would leave it. */
const FILE_TIME = new Date("2024-09-01T12:00:00Z");

describe("when an .xlsx workbook last changed", () => {
  it.each([
    ["the core properties' modified date, in UTC", "2024-06-01T08:30:00Z", "2024-06-01T08:30:00.000Z"],
    ["the core properties' date with an offset, turned into UTC", "2024-06-01T10:30:00+02:00", "2024-06-01T08:30:00.000Z"],
    ["the file's time when the core properties' date is not a date", "igår", FILE_TIME.toISOString()],
    ["the file's time when the core properties' date has no time zone", "2024-06-01T08:30:00", FILE_TIME.toISOString()],
    ["the file's time when the workbook has no core properties", undefined, FILE_TIME.toISOString()],
  ])("is %s", async (_, modified, expected) => {
    const path = join(dir, "central.xlsx");
    const sheet = { name: "Uppdrag", rows: () => [row(1, ["Namn"]), row(2, ["Exempel"])] };
    await writeFile(path, await handmadeXlsx([sheet], modified === undefined ? {} : { modified }));
    await utimes(path, FILE_TIME, FILE_TIME);
    const source = folderSource(dir);
    const outcome = await source.readCentral().finally(() => source.close());
    expect(outcome.ok && outcome.workbook.modifiedAt).toBe(expected);
  });

  it("stays the day it was saved when the workbooks are copied, so a forgotten block is still seen as forgotten", async () => {
    // The Delrapport 1 workbooks were last saved on 2024-09-18; copied today, their files are new.
    const copy = join(dir, "kopia");
    await cp("examples/delrapport-1", copy, { recursive: true });
    const outline = await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`);
    const source = folderSource(copy);
    const { programme } = await loadProgramme(source, textRules(outline)).finally(() => source.close());
    const status = computeStatus(programme, { asOf: "2024-11-30" });
    const energi = status.blocks.find((b) => b.id === "energi");
    // 2024-09-18 to 2024-11-30: 12 days of September, 31 of October, 30 of November.
    expect(energi?.daysSinceWorkbookChanged).toBe(73);
    expect(energi?.workbookStale).toBe(true);
  });
});
