/**
 * Builds the example workbooks from their reviewable YAML source:
 *   npm run examples            (examples/delrapport-1/source/*.yaml → examples/delrapport-1/*.xlsx)
 * Each YAML file maps sheet names to rows keyed by the Swedish column headers.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { buildWorkbook, type ReferenceLists } from "../src/sinks/xlsx/build-workbook.ts";
import { contentFromHeaders } from "../src/sinks/xlsx/content-from-headers.ts";
import { CENTRAL_FILE } from "../src/sources/xlsx/folder-source.ts";

const EXAMPLE_DATE = new Date("2024-09-18T00:00:00Z");

export async function buildExample(sourceDir: string, outDir: string): Promise<string[]> {
  const files = (await readdir(sourceDir)).filter((f) => f.endsWith(".yaml")).sort();
  const central = parse(await readFile(join(sourceDir, "central.yaml"), "utf8")) as Record<string, Record<string, unknown>[]>;
  const lists = referenceLists(central);
  const written: string[] = [];
  for (const file of files) {
    const isCentral = file === "central.yaml";
    const sheets = (parse(await readFile(join(sourceDir, file), "utf8")) ?? {}) as Record<string, unknown>;
    const kind = isCentral ? "central" : "block";
    const workbook = buildWorkbook(kind, { content: contentFromHeaders(kind, sheets), instructions: true, ...(isCentral ? {} : { lists }) });
    workbook.created = EXAMPLE_DATE;
    workbook.modified = EXAMPLE_DATE;
    const out = join(outDir, isCentral ? CENTRAL_FILE : file.replace(/\.yaml$/, ".xlsx"));
    await workbook.xlsx.writeFile(out);
    written.push(out);
  }
  return written;
}

function referenceLists(central: Record<string, Record<string, unknown>[]>): ReferenceLists {
  const ids = (sheet: string, column: string) => (central[sheet] ?? []).map((r) => String(r[column]));
  return { goal: ids("Mål", "Id"), indicator: ids("Indikatorer", "Id"), report: ids("Rapporter", "Nummer"), block: ids("Byggstenar", "Id") };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL("./delrapport-1/", import.meta.url));
  const written = await buildExample(join(dir, "source"), dir);
  console.log(written.join("\n"));
}
