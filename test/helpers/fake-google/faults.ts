/** Something to go wrong with one answer. */
export type Fault =
  /** Answer with this HTTP status and a Google error body, optionally with Retry-After (seconds). */
  | { readonly kind: "status"; readonly status: number; readonly retryAfter?: string; readonly reason?: string }
  /** Wait this long before answering normally (a client with a shorter timeout gives up). */
  | { readonly kind: "slow"; readonly ms: number }
  /** A complete HTTP answer whose JSON body is cut in half. */
  | { readonly kind: "truncate" }
  /** Send half the body, then close the connection. */
  | { readonly kind: "drop" }
  /** Answer exactly this (a recorded or constructed Google answer, see fixtures.ts). */
  | { readonly kind: "reply"; readonly status: number; readonly body: unknown; readonly headers?: Readonly<Record<string, string>> };

/** Faults queued per endpoint and key: each call takes the next one; `always` repeats forever. */
export class FaultPlan {
  private readonly queues = new Map<string, Fault[]>();
  private readonly permanent = new Map<string, Fault>();

  /** The next calls to `endpoint` for `key` meet these faults, one each, in order. */
  inject(endpoint: string, key: string, ...faults: Fault[]): this {
    const id = `${endpoint} ${key}`;
    this.queues.set(id, [...(this.queues.get(id) ?? []), ...faults]);
    return this;
  }

  /** Every call to `endpoint` for `key` meets this fault. */
  always(endpoint: string, key: string, fault: Fault): this {
    this.permanent.set(`${endpoint} ${key}`, fault);
    return this;
  }

  take(endpoint: string, key: string): Fault | undefined {
    const id = `${endpoint} ${key}`;
    return this.queues.get(id)?.shift() ?? this.permanent.get(id);
  }

  clear(): void {
    this.queues.clear();
    this.permanent.clear();
  }
}

export const fault = {
  tooManyRequests: (retryAfterSeconds?: number): Fault => ({
    kind: "status",
    status: 429,
    ...(retryAfterSeconds !== undefined ? { retryAfter: String(retryAfterSeconds) } : {}),
  }),
  serverError: (status = 500): Fault => ({ kind: "status", status }),
  status: (status: number, reason?: string): Fault => ({ kind: "status", status, ...(reason ? { reason } : {}) }),
  slow: (ms: number): Fault => ({ kind: "slow", ms }),
  truncate: (): Fault => ({ kind: "truncate" }),
  drop: (): Fault => ({ kind: "drop" }),
};
