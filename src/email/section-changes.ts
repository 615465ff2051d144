/** What changed since the previous summary: new and edited activities, new measurements, indicators that moved. */
import type { IndicatorResult } from "../indicators/types.ts";
import type { Changes } from "../weekly/changes.ts";
import type { Row, Section } from "./content.ts";
import { firstRows, rowsOf, type RowSource } from "./first-rows.ts";
import { number, weekOfSlot } from "./format.ts";
import { LIMITS, field } from "./safe-text.ts";
import { inScope, ownerName, type Scope, type SummaryFacts } from "./scope.ts";
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
  const { rows, left } = firstRows(changeRows(facts, changes, scope), MAX_CHANGE_ROWS);
  return {
    id: SECTION_IDS.changes,
    title: texts.changes.title(weekOfSlot(changes.since.slot).week, changes.since.asOf),
    columns: texts.changes.columns,
    rows,
    empty: texts.changes.none,
    ...(left > 0 ? { more: texts.more(left) } : {}),
  };
}

/** The changes the recipient sees, kind by kind; rows are built only for those shown. */
function changeRows(facts: SummaryFacts, changes: Changes, scope: Scope): RowSource[] {
  const { programme } = facts;
  const indicators = new Map(facts.status.indicators.map((i) => [i.id, i]));
  const blockOf = (indicatorId: string, owner: string | null) => indicators.get(indicatorId)?.block ?? owner;
  const indicatorBlock = (id: string) => indicators.get(id)?.block ?? null;
  return [
    rowsOf(
      changes.newActivities.filter((a) => inScope(scope, a.owner)),
      (a) => ({
        label: texts.changes.newActivity,
        cells: [`${activityName(a.id, a.title)} (${a.status})`, ownerName(programme, a.owner)],
        tone: "ok",
        toneCell: 0,
      }),
    ),
    rowsOf(
      changes.changedActivities.filter((a) => inScope(scope, a.owner)),
      (a) => {
        const what = a.previousStatus ? texts.changes.statusMoved(a.previousStatus, a.status) : texts.changes.edited;
        return { label: texts.changes.changedActivity, cells: [`${activityName(a.id, a.title)}: ${what}`, ownerName(programme, a.owner)] };
      },
    ),
    rowsOf(
      changes.newMeasurements.filter((m) => inScope(scope, blockOf(m.indicator, m.owner))),
      (m): Row => {
        const indicator = indicators.get(m.indicator);
        const value = `${number(m.value)}${indicator ? ` ${field(indicator.unit, LIMITS.value)}` : ""}`;
        const was = m.previousValue !== undefined ? `, ${texts.changes.previously(number(m.previousValue))}` : "";
        return {
          label: m.previousValue !== undefined ? texts.changes.correctedMeasurement : texts.changes.newMeasurement,
          cells: [
            `${indicatorName(m.indicator, indicator)}: ${value} (${m.date}${was})`,
            ownerName(programme, blockOf(m.indicator, m.owner)),
          ],
        };
      },
    ),
    rowsOf(
      changes.indicatorChanges.filter((c) => inScope(scope, indicatorBlock(c.id))),
      (c): Row => {
        const indicator = indicators.get(c.id);
        return {
          label: texts.changes.indicatorMoved,
          cells: [
            `${indicatorName(c.id, indicator)}: ${texts.changes.statusMoved(c.from, c.to)}`,
            ownerName(programme, indicatorBlock(c.id)),
          ],
          tone: rank(c.to) < rank(c.from) ? "bad" : "ok",
          toneCell: 0,
        };
      },
    ),
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
