import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { shareRepeatedStrings } from "../src/sources/xlsx/repeated-strings.ts";
import type { BlockStage } from "../src/validation/validate-source.ts";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** A stage as it arrives from a worker: structured clone gives each row its own copy of every string. */
function arrived(rows: number): BlockStage {
  const columns = { status: { letter: "J", header: "Status" } };
  const activities = Array.from({ length: rows }, (_, i) => ({
    value: { id: `ENE-${i}`, status: "planerad", tool: "Kunskap", goals: ["M1", "M3"], date: "2024-06-01", title: `Möte ${i}` },
    at: { workbook: "energi.xlsx", sheet: "Aktiviteter", row: i + 2, columns },
  }));
  const info = { name: "energi.xlsx", location: "/x/energi.xlsx", owner: "energi", readable: true };
  return structuredClone({ blockId: "energi", info, rows: { activities }, problems: [], omitted: [] }) as unknown as BlockStage;
}

function heapAfterCollecting(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

describe("a typed block workbook from a parse worker", () => {
  it("keeps every value as it was", () => {
    const stage = arrived(50);
    const before = structuredClone(stage);
    expect(shareRepeatedStrings(stage)).toEqual(before);
  });

  it("holds one string for each short text its rows repeat, not one per row", () => {
    const stage = arrived(30_000);
    const copies = heapAfterCollecting();
    shareRepeatedStrings(stage);
    const shared = heapAfterCollecting();
    // Seven repeated strings a row (place, status, tool, goals, date) of about 32 bytes each: about 6 MB.
    expect(copies - shared).toBeGreaterThan(3_000_000);
    expect(stage.rows?.activities).toHaveLength(30_000);
  });
});
