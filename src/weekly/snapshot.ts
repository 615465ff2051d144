/**
 * What a summary run saw, kept in the state store so that the next summary can
 * say what changed since. Small and JSON-safe; parsed with zod when read back,
 * so a damaged or older snapshot is ignored rather than trusted.
 */
import { hash } from "node:crypto";
import { z } from "zod";
import type { Activity, Programme } from "../domain/model.ts";
import { INDICATOR_STATUSES, type StatusPicture } from "../indicators/types.ts";

const owner = z.string().nullable();

export const summarySnapshotSchema = z.object({
  version: z.literal(1),
  slot: z.string(),
  asOf: z.string(),
  activities: z.array(
    z.object({ id: z.string(), owner, title: z.string(), status: z.string(), digest: z.string(), date: z.string().optional() }),
  ),
  measurements: z.array(z.object({ indicator: z.string(), date: z.string(), value: z.number(), owner })),
  indicators: z.array(z.object({ id: z.string(), status: z.enum(INDICATOR_STATUSES) })),
});

export type SummarySnapshot = z.infer<typeof summarySnapshotSchema>;

/**
 * The snapshot of a programme and its status picture for one slot: only what
 * is known on the as-of date. A row dated after it is left out, so it is new in
 * the first summary whose as-of date reaches its date, never before.
 */
export function takeSnapshot(slot: string, programme: Programme, status: StatusPicture): SummarySnapshot {
  const known = (date: string) => date <= status.asOf;
  return {
    version: 1,
    slot,
    asOf: status.asOf,
    activities: programme.activities
      .filter((a) => known(a.date))
      .map((a) => ({ id: a.id, owner: a.owner, title: a.title, status: a.status, digest: digestOf(a), date: a.date })),
    measurements: programme.measurements
      .filter((m) => known(m.date))
      .map((m) => ({ indicator: m.indicator, date: m.date, value: m.value, owner: m.owner })),
    indicators: status.indicators.map((i) => ({ id: i.id, status: i.status })),
  };
}

/** A snapshot read back from the store, or `undefined` when it is missing or not one. */
export function parseSnapshot(json: string | undefined): SummarySnapshot | undefined {
  if (json === undefined) return undefined;
  try {
    const parsed = summarySnapshotSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A short fingerprint of everything in an activity's row, so any edited cell counts as a change. */
function digestOf(activity: Activity): string {
  const entries = Object.entries(activity).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // One-shot hashing: the same digest as a Hash object's, without one per activity.
  return hash("sha256", JSON.stringify(entries)).slice(0, 16);
}
