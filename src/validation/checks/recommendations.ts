import { cellOf, type Located } from "../located.ts";
import { problem } from "../problem.ts";
import type { AllRows } from "./all-rows.ts";
import { placeText, type Finding } from "./finding.ts";

/** One follow-up per recommendation and report: two would leave the report's status to chance. */
export function recommendationProblems(all: AllRows): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, Located<unknown>>();
  for (const r of all.central.recommendationFollowUps) {
    const key = `${r.value.recommendation}\u0000${r.value.report}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, r);
      continue;
    }
    findings.push({
      row: r,
      problem: problem("follow-up-duplicate", cellOf(r.at, "report"), {
        value: r.value.report,
        other: r.value.recommendation,
        detail: placeText(earlier),
      }),
    });
  }
  return findings;
}
