import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { spreadsheetFromYaml, type SheetsByHeader } from "./from-yaml.ts";
import type { FakeSpreadsheet } from "./spreadsheets.ts";

export const EXAMPLE_SOURCE = "examples/delrapport-1/source";

/** A spreadsheet id shaped like Google's (44 characters), stable per name. */
export function fakeSpreadsheetId(name: string): string {
  return `1${createHash("sha256").update(name).digest("base64url").slice(0, 43)}`;
}

export interface GoogleExample {
  readonly centralId: string;
  /** Spreadsheet id per .xlsx file name of the folder example (central.xlsx included). */
  readonly idOf: ReadonlyMap<string, string>;
  readonly spreadsheets: readonly FakeSpreadsheet[];
}

/**
 * The Delrapport 1 example as Google spreadsheets, from the same YAML the
 * .xlsx example is built from. Column Arbetsbok names each block spreadsheet
 * by full address for every other block and by bare id for the rest, and each
 * spreadsheet is titled like the .xlsx file it mirrors.
 */
export async function googleExample(
  sourceDir = EXAMPLE_SOURCE,
  edit?: (file: string, content: SheetsByHeader) => SheetsByHeader,
): Promise<GoogleExample> {
  const files = (await readdir(sourceDir)).filter((f) => f.endsWith(".yaml")).sort();
  const xlsxName = (yamlFile: string) => yamlFile.replace(/\.yaml$/, ".xlsx");
  const idOf = new Map(files.map((f) => [xlsxName(f), fakeSpreadsheetId(xlsxName(f))]));
  const spreadsheets: FakeSpreadsheet[] = [];
  for (const file of files) {
    const raw = (parse(await readFile(join(sourceDir, file), "utf8")) ?? {}) as SheetsByHeader;
    const isCentral = file === "central.yaml";
    let content = isCentral ? pointAtSpreadsheets(raw, idOf) : raw;
    if (edit) content = edit(file, content);
    const name = xlsxName(file);
    spreadsheets.push(spreadsheetFromYaml(isCentral ? "central" : "block", content, { id: idOf.get(name)!, title: name }));
  }
  return { centralId: idOf.get("central.xlsx")!, idOf, spreadsheets };
}

function pointAtSpreadsheets(central: SheetsByHeader, idOf: ReadonlyMap<string, string>): SheetsByHeader {
  const blocks = (central["Byggstenar"] ?? []).map((row, i) => {
    const file = row["Arbetsbok"];
    if (typeof file !== "string") return row;
    const id = idOf.get(file);
    if (!id) throw new Error(`the example names ${file}, which has no YAML source`);
    return { ...row, Arbetsbok: i % 2 === 0 ? `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0` : id };
  });
  return { ...central, Byggstenar: blocks };
}
