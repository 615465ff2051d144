/** What changed between the snapshot of the previous summary and this one. */
import type { IndicatorStatus } from "../indicators/types.ts";
import type { SummarySnapshot } from "./snapshot.ts";

export interface ActivityChange {
  readonly id: string;
  readonly owner: string | null;
  readonly title: string;
  readonly status: string;
  /** The status in the previous snapshot, when it was different. */
  readonly previousStatus?: string;
}

export interface MeasurementChange {
  readonly indicator: string;
  readonly owner: string | null;
  readonly date: string;
  readonly value: number;
  /** The value the previous snapshot had for the same indicator and date, when it was different. */
  readonly previousValue?: number;
}

export interface IndicatorChange {
  readonly id: string;
  readonly from: IndicatorStatus;
  readonly to: IndicatorStatus;
}

export interface Changes {
  /** The slot and as-of date of the snapshot compared with. */
  readonly since: { readonly slot: string; readonly asOf: string };
  readonly newActivities: readonly ActivityChange[];
  readonly changedActivities: readonly ActivityChange[];
  readonly newMeasurements: readonly MeasurementChange[];
  readonly indicatorChanges: readonly IndicatorChange[];
}

/** Compares two snapshots: new and edited activities, new or corrected measurements, indicators whose status moved. */
export function changesBetween(previous: SummarySnapshot, current: SummarySnapshot): Changes {
  // Snapshots kept before the as-of rule held rows dated after their as-of date: they were not known then.
  const knownBefore = (date: string | undefined) => date === undefined || date <= previous.asOf;
  const knownNow = (date: string | undefined) => date === undefined || date <= current.asOf;
  const before = new Map(previous.activities.map((a) => [a.id, a]));
  const newActivities: ActivityChange[] = [];
  const changedActivities: ActivityChange[] = [];
  for (const a of current.activities) {
    if (!knownNow(a.date)) continue;
    const old = before.get(a.id);
    const change = { id: a.id, owner: a.owner, title: a.title, status: a.status };
    if (!old || !knownBefore(old.date)) newActivities.push(change);
    else if (old.digest !== a.digest) changedActivities.push(old.status !== a.status ? { ...change, previousStatus: old.status } : change);
  }

  const measured = new Map(previous.measurements.filter((m) => knownBefore(m.date)).map((m) => [`${m.indicator}\u0000${m.date}`, m.value]));
  const newMeasurements: MeasurementChange[] = [];
  for (const m of current.measurements) {
    if (!knownNow(m.date)) continue;
    const old = measured.get(`${m.indicator}\u0000${m.date}`);
    if (old === undefined) newMeasurements.push(m);
    else if (old !== m.value) newMeasurements.push({ ...m, previousValue: old });
  }

  const statusBefore = new Map(previous.indicators.map((i) => [i.id, i.status]));
  const indicatorChanges: IndicatorChange[] = [];
  for (const i of current.indicators) {
    const from = statusBefore.get(i.id);
    if (from !== undefined && from !== i.status) indicatorChanges.push({ id: i.id, from, to: i.status });
  }

  return { since: { slot: previous.slot, asOf: previous.asOf }, newActivities, changedActivities, newMeasurements, indicatorChanges };
}
