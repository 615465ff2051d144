import { cellOf } from "../located.ts";
import { problem } from "../problem.ts";
import type { AllRows } from "./all-rows.ts";
import type { Finding } from "./finding.ts";
import { BLOCK_STATUS } from "../../../sheets-schema/vocabulary.ts";

/** An active block needs an owner to write to and a workbook to read, and no two blocks share a workbook. */
export function blockProblems(all: AllRows): Finding[] {
  const findings: Finding[] = [];
  const byWorkbook = new Map<string, string>();
  for (const r of all.central.blocks) {
    const workbook = r.value.workbook;
    const first = workbook === undefined ? undefined : byWorkbook.get(workbook.toLowerCase());
    if (workbook !== undefined && first !== undefined) {
      findings.push({ row: r, problem: problem("workbook-shared", cellOf(r.at, "workbook"), { value: workbook, other: first }) });
    } else if (workbook !== undefined) byWorkbook.set(workbook.toLowerCase(), r.value.name);
    if (r.value.status !== BLOCK_STATUS.active) continue;
    if (!r.value.ownerEmail)
      findings.push({ problem: problem("owner-email-missing", cellOf(r.at, "ownerEmail"), { value: r.value.name }) });
    if (!r.value.workbook) findings.push({ problem: problem("workbook-not-listed", cellOf(r.at, "workbook"), { value: r.value.name }) });
  }
  return findings;
}
