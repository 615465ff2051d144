/**
 * Builds the example workbooks from their reviewable YAML source:
 *   npm run examples
 *     examples/delrapport-1/source/*.yaml                         → examples/delrapport-1/*.xlsx
 *     … + examples/delrapport-2/source/*.yaml                     → examples/delrapport-2/*.xlsx
 *     … + examples/slutrapport/source/*.yaml                      → examples/slutrapport/*.xlsx
 * Each YAML file maps sheet names to rows keyed by the Swedish column headers.
 * A later example is the earlier one continued: its source holds only what
 * changed since, file by file. A row whose Id (Nummer, År) an earlier row has
 * replaces that row with the fields it gives; any other row is added.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { buildWorkbook, type ReferenceLists } from "../src/sinks/xlsx/build-workbook.ts";
import { contentFromHeaders } from "../src/sinks/xlsx/content-from-headers.ts";
import { CENTRAL_FILE } from "../src/sources/xlsx/folder-source.ts";

type Rows = Record<string, unknown>[];
type Sheets = Record<string, Rows>;

/** The examples, each with its source folders, earliest first. */
export const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  "delrapport-1": ["delrapport-1/source"],
  "delrapport-2": ["delrapport-1/source", "delrapport-2/source"],
  slutrapport: ["delrapport-1/source", "delrapport-2/source", "slutrapport/source"],
};

/**
 * The day each example's workbooks were last saved (their core properties'
 * modified date, which lägesbild reads as when a workbook last changed): the
 * day of its lägesbild, so no workbook looks forgotten. Fixed, so a build
 * gives the same files.
 */
export const SAVED_ON: Readonly<Record<string, Date>> = {
  "delrapport-1": new Date("2024-09-18T00:00:00Z"),
  "delrapport-2": new Date("2025-03-14T00:00:00Z"),
  slutrapport: new Date("2026-12-15T00:00:00Z"),
};

/** Builds the workbooks of one example from its source folders (one folder, or an earlier example's and the changes). */
export async function buildExample(
  sourceDirs: string | readonly string[],
  outDir: string,
  savedOn: Date = SAVED_ON["delrapport-1"]!,
): Promise<string[]> {
  const dirs = typeof sourceDirs === "string" ? [sourceDirs] : sourceDirs;
  const merged = new Map<string, Sheets>();
  for (const dir of dirs) {
    for (const file of (await readdir(dir)).filter((f) => f.endsWith(".yaml")).sort()) {
      const sheets = (parse(await readFile(join(dir, file), "utf8")) ?? {}) as Sheets;
      merged.set(file, mergeSheets(merged.get(file) ?? {}, sheets));
    }
  }
  const central = merged.get("central.yaml") ?? {};
  const lists = referenceLists(central);
  const written: string[] = [];
  for (const file of [...merged.keys()].sort()) {
    const isCentral = file === "central.yaml";
    const kind = isCentral ? "central" : "block";
    const workbook = buildWorkbook(kind, {
      content: contentFromHeaders(kind, merged.get(file) ?? {}),
      instructions: true,
      ...(isCentral ? {} : { lists }),
    });
    workbook.created = SAVED_ON["delrapport-1"]!;
    workbook.modified = savedOn;
    const out = join(outDir, isCentral ? CENTRAL_FILE : file.replace(/\.yaml$/, ".xlsx"));
    await workbook.xlsx.writeFile(out);
    written.push(out);
  }
  return written;
}

/** The later file's rows over the earlier one's: same Id (Nummer, År) replaces those fields, anything else is added. */
function mergeSheets(earlier: Sheets, later: Sheets): Sheets {
  const result: Sheets = { ...earlier };
  for (const [sheet, rows] of Object.entries(later)) {
    const merged = [...(result[sheet] ?? [])];
    for (const row of rows ?? []) {
      const key = keyOf(row);
      const at = key === undefined ? -1 : merged.findIndex((r) => keyOf(r) === key);
      if (at >= 0) merged[at] = { ...merged[at], ...row };
      else merged.push(row);
    }
    result[sheet] = merged;
  }
  return result;
}

function keyOf(row: Record<string, unknown>): string | undefined {
  const key = row["Id"] ?? row["Nummer"] ?? row["År"];
  return key === undefined ? undefined : String(key);
}

function referenceLists(central: Sheets): ReferenceLists {
  const ids = (sheet: string, column: string) => (central[sheet] ?? []).map((r) => String(r[column]));
  return {
    goal: ids("Mål", "Id"),
    indicator: ids("Indikatorer", "Id"),
    report: ids("Rapporter", "Nummer"),
    block: ids("Byggstenar", "Id"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("./", import.meta.url));
  for (const [name, sources] of Object.entries(EXAMPLES)) {
    const written = await buildExample(
      sources.map((s) => join(root, s)),
      join(root, name),
      SAVED_ON[name],
    );
    console.log(written.join("\n"));
  }
}
