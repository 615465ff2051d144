/** One request the fake server received. */
export interface Call {
  /** E.g. `sheets.get`, `sheets.values.batchGet`. */
  readonly endpoint: string;
  /** What the call was about: the spreadsheet id (later a Drive file or a bucket object). */
  readonly key: string;
  readonly method: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

const ALL = "*";

/** Every call, in arrival order, with the counts tests assert on. */
export class CallLog {
  readonly calls: Call[] = [];
  private readonly inFlight = new Map<string, number>();
  private readonly peak = new Map<string, number>();
  private last = performance.now();

  /** Notes a call as it arrives; the returned function marks it answered. */
  record(call: Call): () => void {
    this.calls.push(call);
    this.last = performance.now();
    for (const bucket of [call.endpoint, ALL]) {
      const now = (this.inFlight.get(bucket) ?? 0) + 1;
      this.inFlight.set(bucket, now);
      this.peak.set(bucket, Math.max(now, this.peak.get(bucket) ?? 0));
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.last = performance.now();
      for (const bucket of [call.endpoint, ALL]) this.inFlight.set(bucket, (this.inFlight.get(bucket) ?? 1) - 1);
    };
  }

  /** How many calls reached `endpoint`, for one key or in all. */
  count(endpoint: string, key?: string): number {
    return this.calls.filter((c) => c.endpoint === endpoint && (key === undefined || c.key === key)).length;
  }

  /** Calls per key for one endpoint, e.g. `{ "1AbC…": 1, … }`. */
  perKey(endpoint: string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) if (c.endpoint === endpoint) counts[c.key] = (counts[c.key] ?? 0) + 1;
    return counts;
  }

  /** The most calls (to `endpoint`, or to any) that were open at the same time. */
  maxConcurrent(endpoint?: string): number {
    return this.peak.get(endpoint ?? ALL) ?? 0;
  }

  /** Calls the server has received and not yet answered. */
  busy(): boolean {
    return (this.inFlight.get(ALL) ?? 0) > 0;
  }

  /** `performance.now()` when a call last arrived or was answered. */
  lastAt(): number {
    return this.last;
  }

  of(endpoint: string, key?: string): Call[] {
    return this.calls.filter((c) => c.endpoint === endpoint && (key === undefined || c.key === key));
  }

  reset(): void {
    this.calls.length = 0;
    this.peak.clear();
  }
}
