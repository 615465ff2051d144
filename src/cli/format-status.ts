import { ACTIVITY_STATUS, ACTIVITY_STATUSES, GOAL_KIND_LABELS, TOOLS, type Tool } from "../../sheets-schema/vocabulary.ts";
import type { BlockResult, CountBy, GoalResult, IndicatorResult, StatusPicture } from "../indicators/types.ts";
import { THRESHOLDS } from "../indicators/thresholds.ts";
import { countOf, days, formatKronor, formatNumber, formatPercent } from "../text/swedish.ts";
import { appendAll } from "../collections/append-all.ts";

/** The status picture as a readable text table per goal and effect, then blocks and budget. */
export function formatStatus(status: StatusPicture): string {
  const lines: string[] = [];
  const a = status.assignment;
  lines.push(
    `Läget ${status.asOf} (vecka ${status.isoWeek.slice(6)}), period ${status.period.start} – ${status.period.end}` +
      (a ? `, ${formatPercent(a.elapsedShare)} av uppdragstiden har gått` : ""),
    "",
  );
  for (const goal of status.goals) {
    appendAll(lines, [...goalLines(goal, status.indicators), ""]);
  }
  lines.push("Byggstenar och tvärgående områden", ...status.blocks.map(blockLine), "");
  if (a) {
    lines.push("Budget");
    for (const y of a.budget.years) {
      const spent =
        y.spent !== undefined
          ? `, förbrukat ${formatKronor(y.spent)}${y.spentShare !== undefined ? ` (${formatPercent(y.spentShare)})` : ""}`
          : "";
      lines.push(`  ${y.year}: tilldelat ${formatKronor(y.allocated)} (${y.status})${spent}`);
    }
    const pace =
      a.budget.spentShareToDate !== undefined && a.budget.expectedShareToDate !== undefined
        ? `; förbrukat ${formatPercent(a.budget.spentShareToDate)} mot ${formatPercent(a.budget.expectedShareToDate)} i jämn takt`
        : "";
    lines.push(`  Hittills: tilldelat ${formatKronor(a.budget.allocatedToDate)}, förbrukat ${formatKronor(a.budget.spentTotal)}${pace}`);
  }
  return `${lines.join("\n")}\n`;
}

function goalLines(goal: GoalResult, indicators: readonly IndicatorResult[]): string[] {
  const lines = [`${GOAL_KIND_LABELS[goal.kind]} ${goal.id}: ${goal.text} [${goal.status}]`];
  lines.push(
    `  Aktiviteter under perioden: ${goal.activities.total}${toolText(goal.activities.byTool)}${goal.untouched ? " (ingen aktivitet och ingen mätning under perioden)" : ""}`,
  );
  for (const id of goal.indicators) {
    const i = indicators.find((x) => x.id === id);
    if (i) lines.push(`  ${indicatorLine(i)}`);
  }
  return lines;
}

function indicatorLine(i: IndicatorResult): string {
  const latest = i.latest ? `${formatNumber(i.latest.value)} ${i.unit} (${i.latest.date})` : "inget värde";
  const base = i.baseline ? `bas ${formatNumber(i.baseline.value)}` : "bas saknas";
  const progress = i.progress !== undefined ? `, framsteg ${formatPercent(i.progress)}` : "";
  const expected = i.expectedProgress !== undefined ? `, förväntat ${formatPercent(i.expectedProgress)}` : "";
  const stale = i.stale && i.latest ? " (inaktuellt)" : "";
  return `${i.id} ${i.name}: ${latest}, ${base}, mål ${formatNumber(i.target.value)} (${i.target.date})${progress}${expected} → ${i.status}${stale}`;
}

function blockLine(b: BlockResult): string {
  if (b.notStarted) return `  ${b.name}: startar senare`;
  const a = b.activities;
  const byStatus = ACTIVITY_STATUSES.filter((s) => s !== ACTIVITY_STATUS.cancelled)
    .filter((s) => (a.byStatus[s] ?? 0) > 0)
    .map(
      (s) =>
        `${s} ${a.byStatus[s]}${s === ACTIVITY_STATUS.planned && a.plannedDatePassed > 0 ? ` (varav ${a.plannedDatePassed} med passerat datum)` : ""}`,
    )
    .join(", ");
  const cancelled = a.cancelled > 0 ? `; ${a.cancelled} inställda räknas inte` : "";
  const d = b.deliverables;
  const deliverables =
    d.overdue + d.dueSoon + d.done > 0
      ? `; leveranser: ${d.overdue} försenade, ${d.dueSoon} inom ${days(THRESHOLDS.dueSoonDays)}, ${d.done} levererade`
      : "";
  return `  ${b.name}: ${countOf(b.activities.total, "aktivitet", "aktiviteter")}${byStatus ? ` (${byStatus})` : ""}${cancelled}${deliverables}${b.readable ? "" : "; arbetsboken kunde inte läsas"}`;
}

function toolText(byTool: CountBy<Tool>): string {
  const parts = TOOLS.filter((t) => (byTool[t] ?? 0) > 0).map((t) => `${t} ${byTool[t]}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
