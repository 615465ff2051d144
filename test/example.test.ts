import { describe, expect, it } from "vitest";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";

describe("the Delrapport 1 example workbooks", () => {
  it("validate without errors and hold the whole report", async () => {
    const outline = await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`);
    const source = folderSource("examples/delrapport-1");
    const { programme, problems } = await loadProgramme(source, textRules(outline)).finally(() => source.close());
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(programme.recommendations).toHaveLength(9);
    expect(programme.blocks.filter((b) => b.kind === "byggsten")).toHaveLength(8);
    expect(programme.blocks.filter((b) => b.kind === "tvärgående område")).toHaveLength(3);
    expect(programme.sources).toHaveLength(29);
    expect(programme.budget.map((b) => [b.year, b.allocated])).toEqual([
      [2023, 4_000_000],
      [2024, 10_000_000],
      [2025, 10_000_000],
      [2026, 10_000_000],
    ]);
    expect(programme.workbooks.every((w) => w.readable)).toBe(true);
  });
});
