import { cellOf, type Located } from "../located.ts";
import { problem } from "../problem.ts";
import { acrossWorkbooks, type AllRows } from "./all-rows.ts";
import { placeText, type Finding } from "./finding.ts";

/** One value per indicator and date; baseline value and date go together. */
export function indicatorProblems(all: AllRows): Finding[] {
  const findings: Finding[] = [];
  for (const r of all.central.indicators) {
    if ((r.value.baseline === undefined) !== (r.value.baselineDate === undefined)) {
      const field = r.value.baseline === undefined ? "baseline" : "baselineDate";
      findings.push({ row: r, problem: problem("baseline-incomplete", cellOf(r.at, field)) });
    }
  }
  const seen = new Map<string, Located<unknown>>();
  for (const r of acrossWorkbooks(all, "measurements")) {
    const key = `${r.value.indicator}\u0000${r.value.date}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, r);
      continue;
    }
    findings.push({
      row: r,
      problem: problem("measurement-duplicate", cellOf(r.at, "date"), {
        value: r.value.date,
        other: r.value.indicator,
        detail: placeText(earlier),
      }),
    });
  }
  return findings;
}
