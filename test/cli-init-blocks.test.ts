import { copyFile, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readOoxml } from "../src/sources/xlsx/ooxml/read-ooxml.ts";
import { openZipParts } from "../src/sources/xlsx/ooxml/zip-parts.ts";
import { cli } from "./helpers/cli.ts";

describe("lagesbild init --blocks", () => {
  it("writes the block workbooks the central workbook names, with drop-down lists of its ids, and keeps existing ones", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lagesbild-init-blocks-"));
    await copyFile("examples/delrapport-1/central.xlsx", join(dir, "central.xlsx"));

    const first = await cli("init", dir, "--blocks");
    expect(first.code).toBe(0);
    expect(first.stdout.match(/^Skrev /gm)).toHaveLength(11);

    const bytes = await readFile(join(dir, "bostader.xlsx"));
    const workbook = await readOoxml(bytes, 1e8);
    const lists = workbook.sheets.find((s) => s.name === "Listor");
    expect(lists?.hidden).toBe(true);
    const goalIds = lists?.rows
      .slice(1)
      .map((r) => r.cells[0])
      .flatMap((c) => (c?.kind === "text" ? [c.text] : []));
    expect(goalIds).toEqual(["M0", "M1", "M2", "M3", "E1", "E2", "E3"]);

    const zip = await openZipParts(bytes, 1e8);
    const names = workbook.sheets.map((s) => s.name);
    const measurements = await zip.text(`xl/worksheets/sheet${names.indexOf("Mätningar") + 1}.xml`);
    zip.close();
    expect(measurements).toMatch(
      /<dataValidation[^>]*type="list"[^>]*sqref="A2:A1000"><formula1>&apos;Listor&apos;!\$B\$2:\$B\$11<\/formula1>/,
    );

    const again = await cli("init", dir, "--blocks");
    expect(again.stdout.match(/^Finns redan: /gm)).toHaveLength(11);
    expect(await readFile(join(dir, "bostader.xlsx"))).toEqual(bytes);

    expect((await cli("validate", dir)).code).toBe(0);
  });
});
