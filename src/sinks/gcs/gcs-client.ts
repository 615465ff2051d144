/**
 * The two Cloud Storage JSON API calls lägesbild needs — a simple upload
 * (optionally create-only, `ifGenerationMatch=0`) and a download — over
 * `fetch`, with the access token from google-auth-library and bounded retries
 * on 429, 408, 5xx, timeouts and broken connections. No client library: the
 * whole of `@google-cloud/storage` would be loaded for two requests.
 */
import { commonDenialAdvice, googleSaid } from "../../shared/denial-text.ts";
import { denialOf, parseGoogleError } from "../../shared/google-error.ts";
import { realTimer, type Timer } from "../../shared/timer.ts";
import { withRetry, type RetryPolicy, type Try } from "../../shared/retry.ts";

/** Anything that signs a request: `GoogleAuth`, an `OAuth2Client`. */
export interface GoogleRequestAuth {
  getRequestHeaders(url?: string | URL): Promise<Headers>;
}

export const STORAGE_READ_WRITE_SCOPE = "https://www.googleapis.com/auth/devstorage.read_write";
export const DEFAULT_ROOT_URL = "https://storage.googleapis.com/";

export interface GcsClientOptions {
  readonly auth: GoogleRequestAuth;
  /** Another API root (a local test server); `https://storage.googleapis.com/` by default. */
  readonly rootUrl?: string;
  readonly retry?: RetryPolicy;
  /** Time allowed for one call, every try and wait included. */
  readonly budgetMs?: number;
  readonly timer?: Timer;
}

export type InsertResult =
  | { readonly status: "written"; readonly generation: string }
  /**
   * The precondition failed. `uncertain`: an earlier try of this same call
   * may have written the object before its answer was lost.
   */
  | {
      readonly status: "precondition-failed";
      readonly uncertain: boolean;
      /**
       * Cloud Storage answered 403 rather than 412: an account with only
       * `roles/storage.objectCreator` may not learn that the name is taken
       * (replacing it would need `storage.objects.delete`, seeing it `get`).
       */
      readonly refusedAsTaken?: true;
    };

export interface GcsClient {
  insert(
    bucket: string,
    name: string,
    data: Buffer,
    options: { readonly contentType: string; readonly ifGenerationMatch?: number },
  ): Promise<InsertResult>;
  /** The object's bytes, or `undefined` when there is no such object. */
  download(bucket: string, name: string): Promise<Buffer | undefined>;
}

/** Cloud Storage refused a call or could not be reached; `status` is the HTTP status when there was one. */
export class CloudStorageError extends Error {
  override readonly name = "CloudStorageError";
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const DEFAULT_GCS_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 8_000, attemptTimeoutMs: 30_000 };

interface Transient {
  readonly message: string;
  /** The request may have had its effect (a 5xx, a timeout, a broken connection; not a 429). */
  readonly uncertain: boolean;
}

type Answer = { readonly status: number; readonly body: Buffer };

export function gcsClient(options: GcsClientOptions): GcsClient {
  const root = options.rootUrl ?? DEFAULT_ROOT_URL;
  const policy = options.retry ?? DEFAULT_GCS_RETRY;
  const timer = options.timer ?? realTimer;
  const budgetMs = options.budgetMs ?? 60_000;

  /** One call with retries; `accept` says which final statuses are answers rather than errors. */
  async function call(url: URL, init: { method: string; body?: Buffer; contentType?: string }, accept: (answer: Answer) => boolean) {
    let uncertain = false;
    const result = await withRetry<Answer, CloudStorageError, Transient>(
      async (timeoutMs): Promise<Try<Answer, CloudStorageError, Transient>> => {
        const outcome = await attempt(url, init, timeoutMs);
        if ("transient" in outcome) {
          uncertain ||= outcome.transient.uncertain;
          return {
            ok: false,
            transient: true,
            cause: outcome.transient,
            ...(outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}),
          };
        }
        if (outcome.status < 300 || accept(outcome)) return { ok: true, value: outcome };
        return { ok: false, transient: false, failure: new CloudStorageError(describe(init.method, url, outcome), outcome.status) };
      },
      policy,
      timer,
      timer.now() + budgetMs,
    );
    if (result.ok) return { answer: result.value, uncertain };
    if (!result.exhausted) throw result.failure;
    throw new CloudStorageError(`Cloud Storage svarade inte (${result.attempts} försök): ${result.last.message}`);
  }

  async function attempt(url: URL, init: { method: string; body?: Buffer; contentType?: string }, timeoutMs: number) {
    // A credentials failure is not worth a retry here: it propagates as it is.
    const headers = new Headers(await options.auth.getRequestHeaders(url));
    if (init.contentType) headers.set("content-type", init.contentType);
    try {
      const response = await fetch(url, {
        method: init.method,
        headers,
        ...(init.body ? { body: new Uint8Array(init.body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status === 429 || response.status === 408 || response.status >= 500) {
        const retryAfter = response.headers.get("retry-after");
        return {
          transient: { message: `HTTP ${response.status}`, uncertain: response.status !== 429 },
          ...(retryAfter && /^\d+$/.test(retryAfter.trim()) ? { retryAfterMs: Number(retryAfter) * 1000 } : {}),
        };
      }
      return { status: response.status, body };
    } catch (error) {
      return { transient: { message: error instanceof Error ? error.message : String(error), uncertain: true } };
    }
  }

  return {
    async insert(bucket, name, data, { contentType, ifGenerationMatch }) {
      const url = new URL(`upload/storage/v1/b/${encodeURIComponent(bucket)}/o`, root);
      url.searchParams.set("uploadType", "media");
      url.searchParams.set("name", name);
      if (ifGenerationMatch !== undefined) url.searchParams.set("ifGenerationMatch", String(ifGenerationMatch));
      const createOnly = ifGenerationMatch === 0;
      const { answer, uncertain } = await call(
        url,
        { method: "POST", body: data, contentType },
        (a) => a.status === 412 || (createOnly && refusedAsTaken(a)),
      );
      if (answer.status === 412) return { status: "precondition-failed", uncertain };
      if (answer.status === 403) return { status: "precondition-failed", uncertain, refusedAsTaken: true };
      const generation = (JSON.parse(answer.body.toString("utf8")) as { generation?: unknown }).generation;
      return { status: "written", generation: String(generation ?? "") };
    },
    async download(bucket, name) {
      const url = new URL(`storage/v1/b/${encodeURIComponent(bucket)}/o/${encodeURIComponent(name)}`, root);
      url.searchParams.set("alt", "media");
      const { answer } = await call(url, { method: "GET" }, (a) => a.status === 404 && !bucketMissing(a));
      return answer.status === 404 ? undefined : answer.body;
    },
  };
}

/** A 404 for the bucket itself is a configuration error, not an absent object. */
function bucketMissing(answer: Answer): boolean {
  return /bucket does not exist/i.test(answer.body.toString("utf8"));
}

/**
 * A 403 on a create-only write that names a permission only an existing
 * object calls for: the name is taken, as a 412 would have said.
 */
function refusedAsTaken(answer: Answer): boolean {
  if (answer.status !== 403) return false;
  return /storage\.objects\.(delete|get)\b/.test(parseGoogleError(answer.body.toString("utf8"), 403).message ?? "");
}

/** The IAM role that grants a Cloud Storage object permission, for the advice. */
const ROLE_FOR: Record<string, string> = {
  create: "roles/storage.objectCreator (eller roles/storage.objectUser)",
  get: "roles/storage.objectViewer (eller roles/storage.objectUser)",
  delete: "roles/storage.objectUser",
  list: "roles/storage.objectViewer (eller roles/storage.objectUser)",
};

function describe(method: string, url: URL, answer: Answer): string {
  const info = parseGoogleError(answer.body.toString("utf8"), answer.status);
  const message = info.message ?? answer.body.toString("utf8").slice(0, 300);
  const bucket = /\/b\/([^/]+)\//.exec(url.pathname)?.[1];
  const head = `Cloud Storage svarade HTTP ${answer.status} på ${method} ${url.pathname}`;
  if (answer.status !== 403) return `${head}: ${message}`;
  const account = /^(\S+@\S+) does not have/.exec(message)?.[1];
  const common = commonDenialAdvice(denialOf(info), {
    api: "Cloud Storage JSON API",
    service: "storage.googleapis.com",
    scope: STORAGE_READ_WRITE_SCOPE,
    ...(account ? { account } : {}),
  });
  if (common) return `${head}: ${common}${googleSaid(message)}`;
  const permission = /storage\.objects\.(\w+)/.exec(message)?.[1];
  const role = permission ? ROLE_FOR[permission] : undefined;
  const grant = role
    ? `Ge ${account ?? "tjänstekontot"} rollen ${role} på bucketen${bucket ? ` ${decodeURIComponent(bucket)}` : ""}`
    : "Kontrollera tjänstekontots roller på bucketen";
  return `${head}: ${account ?? "tjänstekontot"} saknar behörigheten${permission ? ` storage.objects.${permission}` : ""}. ${grant}${googleSaid(message)}`;
}
