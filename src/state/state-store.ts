/**
 * The small key-value store that remembers what a scheduled run has done: which
 * messages went out in a slot, and the snapshot the next summary compares with.
 * A local folder now; a Cloud Storage bucket (create-only through
 * `ifGenerationMatch=0`) behind the same interface later.
 */

export type CreateResult = "created" | "exists";

export interface StateStore {
  /**
   * Writes `value` under `key` only if nothing is stored there yet, atomically:
   * of any number of concurrent calls for one key, exactly one gets `created`.
   * A reader never sees a half-written value.
   */
  createOnce(key: string, value: string): Promise<CreateResult>;
  /** The value under `key`, or `undefined` when there is none. */
  get(key: string): Promise<string | undefined>;
  /** Writes `value` under `key`, replacing whatever was there, atomically. */
  put(key: string, value: string): Promise<void>;
  /** A human-readable name of where the state lives, for messages. */
  readonly where: string;
}

/** A key that no store accepts; a programming error, never bad data. */
export class StateKeyError extends Error {
  override readonly name = "StateKeyError";
}

const SEGMENT = /^[\p{L}\p{N}._@+-]+$/u;

/**
 * The segments of a valid key: `/`-separated, each non-empty, made of letters,
 * digits and `. _ @ + -`, and not `.` or `..`. Every store checks keys with
 * this, so a key means the same in all of them and never escapes a folder.
 */
export function keySegments(key: string): string[] {
  const segments = key.split("/");
  for (const s of segments) {
    if (!SEGMENT.test(s) || s === "." || s === ".." || s.length > 200) throw new StateKeyError(`invalid state key: ${JSON.stringify(key)}`);
  }
  return segments;
}

/** The key made of the given parts, each reduced to the characters keys allow (others become `_`). */
export function stateKey(...parts: readonly string[]): string {
  const key = parts.map((p) => p.replace(/[^\p{L}\p{N}._@+-]/gu, "_").replace(/^\.{1,2}$/u, "_")).join("/");
  keySegments(key);
  return key;
}
