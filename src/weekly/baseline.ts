/**
 * The snapshot a slot's summary compares with. The first run of a slot pins
 * the snapshot of the last successful run before it, with a create-only write,
 * so every rerun of the slot (a duplicate trigger, the recipients a failure
 * left out) composes the same "changed since" as the first one did.
 */
import { parseSnapshot, summarySnapshotSchema, type SummarySnapshot } from "./snapshot.ts";
import { stateKey, type StateStore } from "../state/state-store.ts";

export const LAST_SUCCESSFUL_KEY = "summary/last-successful";

const baselineKey = (slot: string) => stateKey("summary", slot, "baseline");

/** Pins (once) and returns the baseline of a slot; `undefined` for the first summary ever. */
export async function pinBaseline(store: StateStore, slot: string): Promise<SummarySnapshot | undefined> {
  const pinned = await store.get(baselineKey(slot));
  if (pinned !== undefined) return readPinned(pinned);
  const candidate = await candidateFor(store, slot);
  const value = JSON.stringify({ snapshot: candidate ?? null });
  if ((await store.createOnce(baselineKey(slot), value)) === "created") return candidate;
  return readPinned((await store.get(baselineKey(slot))) ?? value);
}

/** The baseline a run of the slot would use, without pinning it (for a dry run). */
export async function peekBaseline(store: StateStore, slot: string): Promise<SummarySnapshot | undefined> {
  const pinned = await store.get(baselineKey(slot));
  return pinned !== undefined ? readPinned(pinned) : candidateFor(store, slot);
}

/** Keeps the snapshot of a run where nothing failed, unless a later slot has already been kept. */
export async function saveSuccessful(store: StateStore, snapshot: SummarySnapshot): Promise<boolean> {
  const last = parseSnapshot(await store.get(LAST_SUCCESSFUL_KEY));
  if (last && last.slot > snapshot.slot) return false;
  await store.put(LAST_SUCCESSFUL_KEY, JSON.stringify(snapshot));
  return true;
}

async function candidateFor(store: StateStore, slot: string): Promise<SummarySnapshot | undefined> {
  const last = parseSnapshot(await store.get(LAST_SUCCESSFUL_KEY));
  return last && last.slot < slot ? last : undefined;
}

function readPinned(json: string): SummarySnapshot | undefined {
  try {
    const parsed = summarySnapshotSchema.nullable().safeParse((JSON.parse(json) as { snapshot?: unknown }).snapshot ?? null);
    return parsed.success ? (parsed.data ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}
