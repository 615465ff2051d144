/** One line per block and cross-cutting area, with a status that says whether to look closer. */
import { COORDINATION } from "../indicators/activity-counts.ts";
import { INDICATOR_STATUS, type BlockResult, type IndicatorResult } from "../indicators/types.ts";
import type { Row, Section, Tone } from "./content.ts";
import { dueDeliverables, errorsIn } from "./facts-index.ts";
import { counted } from "./format.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, workbookNamesOf, type Scope, type SummaryFacts } from "./scope.ts";
import { SECTION_IDS } from "./section-ids.ts";
import { texts } from "./texts.ts";
import { activitiesSheet } from "../../sheets-schema/sheets/activities.ts";
import { ACTIVITY_STATUS, ACTIVITY_STATUSES, BLOCK_STATUS, type ActivityStatus } from "../../sheets-schema/vocabulary.ts";

type Counted = Exclude<ActivityStatus, typeof ACTIVITY_STATUS.cancelled>;

/** Singular and plural of each counted status. */
const ACTIVITY_WORDS: Readonly<Record<Counted, readonly [string, string]>> = {
  planerad: ["planerad", "planerade"],
  pågående: ["pågående", "pågående"],
  genomförd: ["genomförd", "genomförda"],
};

/** The work done first, then what goes on, then what is planned. */
const ACTIVITY_ORDER = ACTIVITY_STATUSES.filter((s): s is Counted => s !== ACTIVITY_STATUS.cancelled).reverse();

export function blocksSection(facts: SummaryFacts, scope: Scope): Section {
  const { status } = facts;
  const rows = status.blocks.filter((b) => inScope(scope, b.id)).map((b) => blockRow(facts, b));
  if (scope.all) rows.push(coordinationRow(facts));
  return {
    id: SECTION_IDS.blocks,
    title: texts.blocks.title,
    note: texts.blocks.note(status.period.start, status.period.end),
    columns: texts.blocks.columns,
    rows,
  };
}

function blockRow(facts: SummaryFacts, block: BlockResult): Row {
  const workbooks = workbookNamesOf(facts.programme, block.id);
  const indicators = facts.status.indicators.filter((i) => i.block === block.id);
  const { tone, text } = blockSignal(block, indicators);
  const counts = block.activities;
  const parts = ACTIVITY_ORDER.flatMap((status) => {
    const [one, many] = ACTIVITY_WORDS[status];
    const n = counts.byStatus[status];
    if (!n) return [];
    const passed =
      status === ACTIVITY_STATUS.planned && counts.plannedDatePassed ? `, ${texts.blocks.plannedDatePassed(counts.plannedDatePassed)}` : "";
    return [`${counted(n, one, many)}${passed}`];
  });
  const left = omittedRows(facts, workbooks, activitiesSheet.name);
  const activities =
    texts.blocks.activities(counts.total, parts, left) + (counts.cancelled ? `; ${texts.blocks.cancelled(counts.cancelled)}` : "");
  return {
    label: field(block.name, LIMITS.title),
    cells: [
      text,
      activities,
      texts.blocks.deliverables(block.deliverables.overdue, block.deliverables.dueSoon),
      workbookQuality(block.readable, errorsIn(facts.problems, workbooks), omittedRows(facts, workbooks)),
    ],
    toneCell: 0,
    tone,
    cellTones: { 3: qualityTone(block.readable, errorsIn(facts.problems, workbooks)) },
  };
}

/** The state of a block's workbook, apart from the state of its work: errors to fix and rows they keep out of the figures. */
export function workbookQuality(readable: boolean, errors: number, omitted: number): string {
  if (!readable) return texts.blocks.unreadable;
  if (!errors) return texts.blocks.noErrors;
  return [texts.blocks.errors(errors), omitted ? texts.blocks.omitted(omitted) : ""].filter(Boolean).join(", ");
}

/** Whether nobody has saved the block's workbook for longer than the limit (a block not yet started or finished is left alone). */
export function isStale(block: BlockResult): boolean {
  return block.readable && block.status !== BLOCK_STATUS.finished && block.workbookStale;
}

/** The status word of a block's work: the most pressing reasons first, or "i gång" when there is nothing to say. */
export function blockSignal(block: BlockResult, indicators: readonly IndicatorResult[]): { tone: Tone; text: string } {
  if (!block.readable) return { tone: "bad", text: texts.blocks.unknown };
  if (block.status === BLOCK_STATUS.finished) return { tone: "muted", text: texts.blocks.finished };
  const bad: string[] = [];
  const warn: string[] = [];
  if (block.deliverables.overdue) bad.push(texts.blocks.overdue(block.deliverables.overdue));
  if (indicators.some((i) => i.status === INDICATOR_STATUS.behind)) bad.push(texts.blocks.indicatorBehind);
  if (indicators.some((i) => i.status === INDICATOR_STATUS.atRisk)) warn.push(texts.blocks.indicatorAtRisk);
  if (block.activities.plannedDatePassed) warn.push(texts.blocks.plannedPassedSignal(block.activities.plannedDatePassed));
  if (block.deliverables.dueSoon) warn.push(texts.blocks.dueSoon(block.deliverables.dueSoon));
  if (block.workbookStale) warn.push(texts.blocks.stale(block.daysSinceWorkbookChanged ?? 0));
  const reasons = [...bad, ...warn];
  if (block.notStarted) return { tone: bad.length ? "bad" : "muted", text: [texts.blocks.notStarted, ...reasons].join(", ") };
  if (reasons.length === 0) return { tone: "ok", text: texts.blocks.onTrack };
  return { tone: bad.length ? "bad" : "warn", text: reasons.join(", ") };
}

function coordinationRow(facts: SummaryFacts): Row {
  const { programme, status } = facts;
  const due = dueDeliverables(facts);
  const overdue = due.overdue.filter((d) => d.deliverable.owner === null).length;
  const soon = due.soon.filter((d) => d.deliverable.owner === null).length;
  const signal: { tone: Tone; text: string } = overdue
    ? { tone: "bad", text: texts.blocks.overdue(overdue) }
    : soon
      ? { tone: "warn", text: texts.blocks.dueSoon(soon) }
      : { tone: "ok", text: texts.blocks.onTrack };
  const central = programme.workbooks.filter((w) => w.owner === null).map((w) => w.name);
  const readable = programme.workbooks.filter((w) => w.owner === null).every((w) => w.readable);
  return {
    label: texts.coordination,
    cells: [
      signal.text,
      texts.blocks.activities(status.activities.byBlock[COORDINATION] ?? 0, [], omittedRows(facts, central, activitiesSheet.name)),
      texts.blocks.deliverables(overdue, soon),
      workbookQuality(readable, errorsIn(facts.problems, central), omittedRows(facts, central)),
    ],
    toneCell: 0,
    tone: signal.tone,
    cellTones: { 3: qualityTone(readable, errorsIn(facts.problems, central)) },
  };
}

/** The workbook's state catches the eye on its own, apart from the work's status. */
function qualityTone(readable: boolean, errors: number): Tone {
  return readable && errors === 0 ? "ok" : "bad";
}

/** Rows of these workbooks (of one sheet, if named) that errors keep out of the figures. */
function omittedRows(facts: SummaryFacts, workbooks: readonly string[], sheet?: string): number {
  return facts.programme.omitted
    .filter(
      (o) => workbooks.includes(o.workbook) && (sheet === undefined || o.sheet.toLocaleLowerCase("sv") === sheet.toLocaleLowerCase("sv")),
    )
    .reduce((n, o) => n + o.rows, 0);
}
