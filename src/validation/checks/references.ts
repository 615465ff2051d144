import { blockWorkbook, centralWorkbook, columnsOf, type AnySheet, type RefTarget } from "../../../sheets-schema/index.ts";
import { nearest } from "../../text/nearest.ts";
import { cellOf, type Located } from "../located.ts";
import { problem } from "../problem.ts";
import { acrossWorkbooks, type AllRows } from "./all-rows.ts";
import type { Finding } from "./finding.ts";

const TARGET_NAMES: Record<RefTarget, string> = {
  goal: "målen och effekterna på bladet Mål i den centrala arbetsboken",
  indicator: "indikatorerna på bladet Indikatorer i den centrala arbetsboken",
  source: "källorna på bladen Källor",
  block: "byggstenarna på bladet Byggstenar",
  report: "rapporterna på bladet Rapporter",
  recommendation: "rekommendationerna på bladet Rekommendationer",
};

/** Every id-reference column (as the schema marks them) must name an id that exists. */
export function unknownReferences(all: AllRows): Finding[] {
  const known: Record<RefTarget, ReadonlySet<string>> = {
    goal: new Set(all.central.goals.map((r) => r.value.id)),
    indicator: new Set(all.central.indicators.map((r) => r.value.id)),
    source: new Set(acrossWorkbooks(all, "sources").map((r) => r.value.id)),
    block: new Set(all.central.blocks.map((r) => r.value.id)),
    report: new Set(all.central.reports.map((r) => String(r.value.number))),
    recommendation: new Set(all.central.recommendations.map((r) => r.value.id)),
  };
  const findings: Finding[] = [];
  const check = (layout: Readonly<Record<string, AnySheet>>, rows: Readonly<Record<string, readonly Located<unknown>[]>>) => {
    for (const [key, spec] of Object.entries(layout)) {
      const refColumns = columnsOf(spec).filter((c) => c.meta.refersTo);
      if (refColumns.length === 0) continue;
      for (const row of rows[key] ?? []) {
        for (const col of refColumns) {
          const target = col.meta.refersTo as RefTarget;
          const raw = (row.value as Record<string, unknown>)[col.field];
          const ids = Array.isArray(raw) ? (raw as string[]) : raw === undefined ? [] : [String(raw)];
          for (const id of ids.filter((id) => !known[target].has(id))) {
            const suggestions = nearest(id, [...known[target]]);
            findings.push({
              row,
              problem: problem("ref-unknown", cellOf(row.at, col.field), { value: id, expected: TARGET_NAMES[target], suggestions }),
            });
          }
        }
      }
    }
  };
  check(centralWorkbook, all.central as unknown as Record<string, readonly Located<unknown>[]>);
  for (const block of all.blocks.values()) check(blockWorkbook, block as unknown as Record<string, readonly Located<unknown>[]>);
  return findings;
}
