import { denialOf, isRateLimited, parseGoogleError } from "../../shared/google-error.ts";
import type { ReadFailure, TransientCause } from "./messages.ts";
import type { Try } from "../../shared/retry.ts";

type Failed = Extract<Try<never, ReadFailure, TransientCause>, { ok: false }>;

/**
 * What an error thrown by a googleapis call means for spreadsheet `id`:
 * worth another try (429, 408, 5xx, timeout, network), or final. Duck-typed,
 * because the client and the auth library each bring their own gaxios copy.
 */
export function classifyError(error: unknown, id: string): Failed {
  const e = (error ?? {}) as GaxiosLike;
  const status = typeof e.response?.status === "number" ? e.response.status : undefined;
  const message = apiMessage(e);
  if (status !== undefined) {
    const info = parseGoogleError(e.response?.data, status);
    if (status === 429 || status === 408 || status >= 500 || (status === 403 && isRateLimited(info))) {
      const retryAfterMs = retryAfter(e.response?.headers);
      return { ok: false, transient: true, cause: { kind: "status", status }, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
    if (status === 404) return final({ kind: "not-found", id });
    if (status === 403) return final({ kind: "forbidden", id, denial: denialOf(info), ...(info.message ? { google: info.message } : {}) });
    if (status === 401) return final({ kind: "unauthenticated", id, message });
    return final({ kind: "rejected", id, status, message });
  }
  // A gaxios error without a response: the connection failed or broke off.
  if (e.config !== undefined) return { ok: false, transient: true, cause: { kind: "network", message } };
  if (/default credentials/i.test(message)) return final({ kind: "no-credentials" });
  return final({ kind: "broken", id, message });
}

interface GaxiosLike {
  readonly name?: string;
  readonly message?: string;
  readonly code?: string | number;
  readonly config?: unknown;
  readonly response?: { readonly status?: number; readonly headers?: unknown; readonly data?: unknown };
}

function final(failure: ReadFailure): Failed {
  return { ok: false, transient: false, failure };
}

/** Retry-After in delta-seconds, as Google sends it; an HTTP date is ignored (backoff applies). */
function retryAfter(headers: unknown): number | undefined {
  const value =
    headers && typeof (headers as Headers).get === "function"
      ? (headers as Headers).get("retry-after")
      : (headers as Record<string, string> | undefined)?.["retry-after"];
  if (typeof value !== "string" || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  return Math.round(Number(value) * 1000);
}

function apiMessage(e: GaxiosLike): string {
  const data = e.response?.data as { error?: { message?: unknown } } | undefined;
  const fromBody = typeof data?.error?.message === "string" ? data.error.message : undefined;
  return (fromBody ?? e.message ?? String(e)).slice(0, 300);
}
