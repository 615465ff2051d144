/** What changed since the previous summary: new and edited activities, new measurements, indicators that moved. */
import type { IndicatorResult } from "../indicators/types.ts";
import type { ActivityChange, IndicatorChange, MeasurementChange } from "../weekly/changes.ts";
import type { Row, Section } from "./content.ts";
import { perRun, rowsByBlock, rowsInScope, type RowsByBlock } from "./facts-index.ts";
import { firstRows, rowsOf, type RowSource } from "./first-rows.ts";
import { number, weekOfSlot } from "./format.ts";
import { LIMITS, field } from "./safe-text.ts";
import { ownerName, type Scope, type SummaryFacts } from "./scope.ts";
import { SECTION_IDS } from "./section-ids.ts";
import { texts } from "./texts.ts";

export const MAX_CHANGE_ROWS = 25;

export function changesSection(facts: SummaryFacts, scope: Scope): Section {
  const { changes } = facts;
  if (!changes)
    return {
      id: SECTION_IDS.changes,
      title: texts.changes.titleFirst,
      columns: texts.changes.columns,
      rows: [],
      empty: texts.changes.first,
    };
  const { rows, left } = firstRows(changeRows(facts, scope), MAX_CHANGE_ROWS);
  return {
    id: SECTION_IDS.changes,
    title: texts.changes.title(weekOfSlot(changes.since.slot).week, changes.since.asOf),
    columns: texts.changes.columns,
    rows,
    empty: texts.changes.none,
    ...(left > 0 ? { more: texts.more(left) } : {}),
  };
}

/** A run's changes by the block each is shown to (a measurement's and an indicator's is the indicator's block). */
interface ChangesByBlock {
  readonly indicators: ReadonlyMap<string, IndicatorResult>;
  readonly newActivities: RowsByBlock<ActivityChange>;
  readonly changedActivities: RowsByBlock<ActivityChange>;
  readonly newMeasurements: RowsByBlock<MeasurementChange>;
  readonly indicatorChanges: RowsByBlock<IndicatorChange>;
}

function changesByBlock(facts: SummaryFacts): ChangesByBlock | undefined {
  const { changes } = facts;
  if (!changes) return undefined;
  const indicators = new Map(facts.status.indicators.map((i) => [i.id, i]));
  return {
    indicators,
    newActivities: rowsByBlock(changes.newActivities, (a) => a.owner),
    changedActivities: rowsByBlock(changes.changedActivities, (a) => a.owner),
    newMeasurements: rowsByBlock(changes.newMeasurements, (m) => indicators.get(m.indicator)?.block ?? m.owner),
    indicatorChanges: rowsByBlock(changes.indicatorChanges, (c) => indicators.get(c.id)?.block ?? null),
  };
}

/** The changes the recipient sees, kind by kind; rows are built only for those shown. */
function changeRows(facts: SummaryFacts, scope: Scope): RowSource[] {
  const { programme } = facts;
  const byBlock = perRun(facts, changesByBlock);
  if (!byBlock) return [];
  const { indicators, newMeasurements, indicatorChanges } = byBlock;
  return [
    rowsOf(rowsInScope(byBlock.newActivities, scope), (a) => ({
      label: texts.changes.newActivity,
      cells: [`${activityName(a.id, a.title)} (${a.status})`, ownerName(programme, a.owner)],
      tone: "ok",
      toneCell: 0,
    })),
    rowsOf(rowsInScope(byBlock.changedActivities, scope), (a) => {
      const what = a.previousStatus ? texts.changes.statusMoved(a.previousStatus, a.status) : texts.changes.edited;
      return { label: texts.changes.changedActivity, cells: [`${activityName(a.id, a.title)}: ${what}`, ownerName(programme, a.owner)] };
    }),
    rowsOf(rowsInScope(newMeasurements, scope), (m): Row => {
      const indicator = indicators.get(m.indicator);
      const value = `${number(m.value)}${indicator ? ` ${field(indicator.unit, LIMITS.value)}` : ""}`;
      const was = m.previousValue !== undefined ? `, ${texts.changes.previously(number(m.previousValue))}` : "";
      return {
        label: m.previousValue !== undefined ? texts.changes.correctedMeasurement : texts.changes.newMeasurement,
        cells: [`${indicatorName(m.indicator, indicator)}: ${value} (${m.date}${was})`, ownerName(programme, newMeasurements.blockOf(m))],
      };
    }),
    rowsOf(rowsInScope(indicatorChanges, scope), (c): Row => {
      const indicator = indicators.get(c.id);
      return {
        label: texts.changes.indicatorMoved,
        cells: [
          `${indicatorName(c.id, indicator)}: ${texts.changes.statusMoved(c.from, c.to)}`,
          ownerName(programme, indicatorChanges.blockOf(c)),
        ],
        tone: rank(c.to) < rank(c.from) ? "bad" : "ok",
        toneCell: 0,
      };
    }),
  ];
}

function activityName(id: string, title: string): string {
  return `${field(id, LIMITS.value)} ${field(title, LIMITS.title)}`;
}

function indicatorName(id: string, indicator: IndicatorResult | undefined): string {
  return indicator ? `${field(id, LIMITS.value)} ${field(indicator.name, LIMITS.title)}` : field(id, LIMITS.value);
}

/** Higher is better; "saknar data" ranks lowest so that gaining data reads as an improvement. */
export function rank(status: IndicatorResult["status"]): number {
  return { "saknar data": 0, efter: 1, risk: 2, "i fas": 3, uppnått: 4 }[status];
}
