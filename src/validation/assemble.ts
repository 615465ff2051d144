import type { OmittedRows, Owner, Programme, WorkbookInfo } from "../domain/model.ts";
import type { AllRows } from "./checks/all-rows.ts";
import type { Located } from "./located.ts";

/** The programme from the rows that passed every check, in workbook order. */
export function assembleProgramme(
  all: AllRows,
  rejected: ReadonlySet<Located<unknown>>,
  workbooks: readonly WorkbookInfo[],
  omitted: readonly OmittedRows[],
): Programme {
  const keep = <T>(rows: readonly Located<T>[]): T[] => rows.filter((r) => !rejected.has(r)).map((r) => r.value);
  // Object.assign, not a spread: a spread site that sees rows of every sheet goes megamorphic, and V8 then gives each
  // object a hidden class of its own (about 400 bytes per row; 40 MB at 100 000 activities).
  const owned = <T>(rows: readonly Located<T>[], owner: Owner) =>
    keep(rows).map((v): T & { owner: Owner } => Object.assign({}, v, { owner }));
  const c = all.central;
  const blocks = [...all.blocks.entries()];
  return {
    ...(c.assignment[0] && !rejected.has(c.assignment[0]) ? { assignment: c.assignment[0].value } : {}),
    reports: keep(c.reports),
    goals: keep(c.goals),
    targetGroups: keep(c.targetGroups),
    tools: keep(c.tools),
    budget: keep(c.budget),
    blocks: keep(c.blocks),
    recommendations: keep(c.recommendations),
    recommendationFollowUps: keep(c.recommendationFollowUps),
    sources: [...keep(c.sources), ...blocks.flatMap(([, b]) => keep(b.sources))],
    indicators: keep(c.indicators),
    milestones: keep(c.milestones),
    texts: keep(c.texts),
    blockTexts: blocks.flatMap(([block, b]) => keep(b.texts).map((t) => ({ block, report: t.report, order: t.order, text: t.text }))),
    recipients: keep(c.recipients),
    activities: [...owned(c.activities, null), ...blocks.flatMap(([id, b]) => owned(b.activities, id))],
    measurements: [...owned(c.measurements, null), ...blocks.flatMap(([id, b]) => owned(b.measurements, id))],
    deliverables: [...owned(c.deliverables, null), ...blocks.flatMap(([id, b]) => owned(b.deliverables, id))],
    networks: [...owned(c.networks, null), ...blocks.flatMap(([id, b]) => owned(b.networks, id))],
    workbooks,
    omitted,
  };
}
