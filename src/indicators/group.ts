/**
 * Rows grouped once by what the status picture looks them up by, so that no
 * indicator, goal or block scans every row of the programme again.
 */
import type { Activity, Deliverable, Measurement } from "../domain/model.ts";

/** The rows of `rows` under each key `keysOf` gives them, in their order; a row is listed once under each of its keys. */
export function groupBy<T, K>(rows: readonly T[], keysOf: (row: T) => readonly K[]): ReadonlyMap<K, readonly T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const keys = keysOf(row);
    for (const key of keys.length > 1 ? new Set(keys) : keys) {
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}

export interface ProgrammeGroups {
  /** Each indicator's measurements. */
  readonly measurementsByIndicator: ReadonlyMap<string, readonly Measurement[]>;
  /** The activities in the period that name each goal. */
  readonly activitiesByGoal: ReadonlyMap<string, readonly Activity[]>;
  /** The activities in the period kept by each block (`null`: the coordination). */
  readonly activitiesByOwner: ReadonlyMap<string | null, readonly Activity[]>;
  readonly deliverablesByOwner: ReadonlyMap<string | null, readonly Deliverable[]>;
}

export function groupProgramme(
  activitiesInPeriod: readonly Activity[],
  measurements: readonly Measurement[],
  deliverables: readonly Deliverable[],
): ProgrammeGroups {
  return {
    measurementsByIndicator: groupBy(measurements, (m) => [m.indicator]),
    activitiesByGoal: groupBy(activitiesInPeriod, (a) => a.goals ?? []),
    activitiesByOwner: groupBy(activitiesInPeriod, (a) => [a.owner]),
    deliverablesByOwner: groupBy(deliverables, (d) => [d.owner]),
  };
}

/** The rows under each of `keys`, in the order of the keys. */
export function rowsUnder<K, T>(groups: ReadonlyMap<K, readonly T[]>, keys: Iterable<K>): T[] {
  return [...keys].flatMap((key) => groups.get(key) ?? []);
}
