import { describe, expect, it } from "vitest";
import type { StatusPicture } from "../src/indicators/types.ts";
import { cli } from "./helpers/cli.ts";

describe("lagesbild indicators on the Delrapport 1 example", () => {
  it("agrees with the seed where it states figures: the budget per year and the blocks not yet started", async () => {
    const { code, stdout } = await cli("indicators", "examples/delrapport-1", "--as-of", "2024-09-18", "--report", "1", "--json");
    expect(code).toBe(0);
    const status = JSON.parse(stdout) as StatusPicture;
    expect(status.period).toEqual({ start: "2023-06-01", end: "2024-09-18" });
    // "Uppdragets budget var 4 miljoner kronor för 2023, och 10 miljoner kronor för 2024. För 2025 och 2026 väntas 10 miljoner kronor per år"
    expect(status.assignment?.budget.years.map((y) => [y.year, y.allocated, y.status])).toEqual([
      [2023, 4_000_000, "beslutad"],
      [2024, 10_000_000, "beslutad"],
      [2025, 10_000_000, "väntad"],
      [2026, 10_000_000, "väntad"],
    ]);
    // Footnote 2: "Byggstenarna Attraktiva samhällen och Offentlig sektor startas upp under kommande rapporteringsperiod"
    expect(status.blocks.filter((b) => b.notStarted).map((b) => b.name)).toEqual(["Attraktiva samhällen", "Offentlig sektor"]);
    expect(status.blocks).toHaveLength(11);
    expect(status.indicators.find((i) => i.id === "I3")).toMatchObject({ status: "saknar data", measurementCount: 0 });
  });

  it("prints a readable table per goal and effect", async () => {
    const { code, stdout } = await cli("indicators", "examples/delrapport-1", "--as-of", "2024-09-18", "--report", "1");
    expect(code).toBe(0);
    expect(stdout).toContain("Delmål M1:");
    expect(stdout).toContain("Önskad effekt E3:");
    expect(stdout).toMatch(/2023: tilldelat 4\u00a0000\u00a0000\u00a0kr \(beslutad\)/);
    expect(stdout).toContain("Attraktiva samhällen: startar senare");
  });

  it.each([
    [["--as-of", "18/9"], "--as-of"],
    [["--report", "x"], "--report"],
    [["--report", "7"], "Delrapport 7"],
  ])("refuses %j with exit code 2", async (args, message) => {
    const { code, stderr } = await cli("indicators", "examples/delrapport-1", ...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
