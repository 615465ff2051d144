/**
 * At most once per slot and recipient. Before a message is handed to the
 * transport, the run claims it with a create-only write under
 * `summary/<slot>/<address>/<attempt>`; the outcome (`sent` or `failed`) then
 * replaces the claim. Of two runs racing for the same message only one wins the
 * claim. A failed attempt frees the next attempt number, so a rerun sends what
 * is missing. A claim without an outcome (the process died between the claim
 * and the answer), or an outcome `in-doubt` (the server took the message's
 * data and then never answered), is left alone: that message may or may not
 * have gone out, and it is not sent again unless someone decides so with
 * `--force`, which sends again only such messages, never one recorded `sent`.
 *
 * The address is part of the key as it is when it only holds characters keys
 * allow; otherwise a hash of it stands there (no `@`, so it cannot meet a real
 * address), so `o'brien@…` and `o_brien@…` never share a record.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { stateKey, type StateStore } from "../state/state-store.ts";

/** Failed attempts per slot and recipient after which a run stops trying (each failed run uses one); `--force` still sends. */
export const MAX_ATTEMPTS = 20;

const base = { run: z.string(), at: z.string(), attempt: z.number().int(), forced: z.boolean().optional() };
const recordSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("sending"), ...base }),
  z.object({ state: z.literal("sent"), ...base, where: z.string(), messageId: z.string() }),
  z.object({ state: z.literal("failed"), ...base, error: z.string() }),
  z.object({ state: z.literal("in-doubt"), ...base, error: z.string() }),
]);
export type DeliveryRecord = z.infer<typeof recordSchema>;

export type Claim =
  | { readonly kind: "claimed"; readonly key: string; readonly attempt: number }
  | { readonly kind: "already-sent"; readonly at: string }
  | { readonly kind: "in-doubt"; readonly since?: string }
  | { readonly kind: "gave-up"; readonly attempts: number };

export interface RunStamp {
  readonly run: string;
  /** ISO date-time of the run, passed in. */
  readonly at: string;
}

/**
 * Claims the next attempt at delivering the slot's message to `address`, or
 * says why not: sent already, in doubt (claimed by a run that recorded no
 * outcome, or recorded `in-doubt`), or too many failures. `force` claims a
 * fresh attempt past doubt and past the failure limit, never past `sent`.
 */
export async function claimDelivery(store: StateStore, slot: string, address: string, stamp: RunStamp, force = false): Promise<Claim> {
  for (let attempt = 1; ; attempt++) {
    const key = deliveryKey(slot, address, attempt);
    let stored = await store.get(key);
    if (stored === undefined) {
      if (!force && attempt > MAX_ATTEMPTS) return { kind: "gave-up", attempts: MAX_ATTEMPTS };
      const claim: DeliveryRecord = { state: "sending", ...stamp, attempt, ...(force ? { forced: true } : {}) };
      if ((await store.createOnce(key, JSON.stringify(claim))) === "created") return { kind: "claimed", key, attempt };
      stored = await store.get(key);
    }
    const record = parseRecord(stored);
    if (record?.state === "sent") return { kind: "already-sent", at: record.at };
    if (record?.state === "failed" || force) continue;
    return record ? { kind: "in-doubt", since: record.at } : { kind: "in-doubt" };
  }
}

/** Replaces a claim with what happened to the message. */
export async function recordOutcome(store: StateStore, key: string, record: DeliveryRecord): Promise<void> {
  await store.put(key, JSON.stringify(record));
}

export function deliveryKey(slot: string, address: string, attempt: number): string {
  return stateKey("summary", slot, addressSegment(address), String(attempt));
}

const KEY_SAFE_ADDRESS = /^[\p{L}\p{N}._@+-]{1,200}$/u;

/** The address itself where a key can hold it unchanged (every record written so far), else `sha256-<hex>`. */
function addressSegment(address: string): string {
  const lower = address.toLowerCase();
  return KEY_SAFE_ADDRESS.test(lower) && lower !== "." && lower !== ".."
    ? lower
    : `sha256-${createHash("sha256").update(lower).digest("hex")}`;
}

function parseRecord(json: string | undefined): DeliveryRecord | undefined {
  if (json === undefined) return undefined;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
