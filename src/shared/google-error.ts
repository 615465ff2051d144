/**
 * What Google says in an error body, for every REST API lägesbild calls
 * (Sheets, Drive, Cloud Storage): the `status` (`PERMISSION_DENIED`), the
 * legacy `errors[].reason` (`storageQuotaExceeded`, `forbidden`), and the
 * `google.rpc.ErrorInfo` in `details` whose `reason` says why
 * (`SERVICE_DISABLED`, `ACCESS_TOKEN_SCOPE_INSUFFICIENT`) and whose
 * `metadata` carries the console link to enable an API.
 */

export interface GoogleErrorInfo {
  readonly httpStatus?: number;
  /** Google's own message, as it came (cut to a readable length). */
  readonly message?: string;
  readonly status?: string;
  /** Every reason the body gives: ErrorInfo first, then the legacy `errors[]`. */
  readonly reasons: readonly string[];
  /** The API the error is about, e.g. `sheets.googleapis.com`. */
  readonly service?: string;
  /** Where to enable a disabled API (ErrorInfo metadata or a Help link). */
  readonly activationUrl?: string;
}

/** Why Google refused a call with 403 (or, for Drive, 404), as far as its answer tells. */
export type Denial =
  | { readonly kind: "api-disabled"; readonly service?: string; readonly activationUrl?: string }
  | { readonly kind: "scope-insufficient"; readonly service?: string }
  | { readonly kind: "workspace-policy" }
  | { readonly kind: "storage-quota" }
  | { readonly kind: "permission-denied" };

const MESSAGE_MAX = 400;

export function parseGoogleError(data: unknown, httpStatus?: number): GoogleErrorInfo {
  const error = objectAt(typeof data === "string" ? parseJson(data) : data, "error");
  const details = Array.isArray(error?.["details"]) ? (error["details"] as unknown[]).map(asObject) : [];
  const errorInfo = details.find((d) => typeof d?.["@type"] === "string" && String(d["@type"]).endsWith("google.rpc.ErrorInfo"));
  const metadata = objectAt(errorInfo, "metadata");
  const legacy = Array.isArray(error?.["errors"]) ? (error["errors"] as unknown[]).map(asObject) : [];
  const reasons = [errorInfo?.["reason"], ...legacy.map((e) => e?.["reason"])].filter(
    (r): r is string => typeof r === "string" && r !== "",
  );
  const helpLink = details
    .flatMap((d) => (Array.isArray(d?.["links"]) ? (d["links"] as unknown[]).map(asObject) : []))
    .map((l) => l?.["url"])
    .find((u): u is string => typeof u === "string" && /console\.(developers|cloud)\.google\.com/.test(u));
  const activation = typeof metadata?.["activationUrl"] === "string" ? metadata["activationUrl"] : helpLink;
  const message = typeof error?.["message"] === "string" ? error["message"].slice(0, MESSAGE_MAX) : undefined;
  const code = httpStatus ?? (typeof error?.["code"] === "number" ? error["code"] : undefined);
  return {
    ...(code !== undefined ? { httpStatus: code } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(typeof error?.["status"] === "string" ? { status: error["status"] } : {}),
    reasons: [...new Set(reasons)],
    ...(typeof metadata?.["service"] === "string" ? { service: metadata["service"] } : {}),
    ...(activation !== undefined ? { activationUrl: activation } : {}),
  };
}

/** Reasons that mean "slow down" rather than "not allowed" (Drive and older APIs send them with 403). */
const RATE_LIMIT_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded", "RATE_LIMIT_EXCEEDED"]);

export function isRateLimited(info: GoogleErrorInfo): boolean {
  return info.reasons.some((r) => RATE_LIMIT_REASONS.has(r));
}

/**
 * Why a 403 was refused. Only what Google says counts: a 403 whose body names
 * no known reason is a missing permission, the common case.
 */
export function denialOf(info: GoogleErrorInfo): Denial {
  const has = (...names: string[]) => info.reasons.some((r) => names.includes(r));
  const message = info.message ?? "";
  if (has("SERVICE_DISABLED", "accessNotConfigured") || /has not been used in project|it is disabled/i.test(message)) {
    return {
      kind: "api-disabled",
      ...(info.service ? { service: info.service } : {}),
      ...(info.activationUrl ? { activationUrl: info.activationUrl } : {}),
    };
  }
  if (has("ACCESS_TOKEN_SCOPE_INSUFFICIENT", "insufficientPermissions") || /insufficient authentication scopes/i.test(message)) {
    return { kind: "scope-insufficient", ...(info.service ? { service: info.service } : {}) };
  }
  if (has("storageQuotaExceeded") || /do not have storage quota/i.test(message)) return { kind: "storage-quota" };
  if (
    has("domainPolicy", "ORG_POLICY_VIOLATED", "appNotAuthorizedToFile") ||
    /\b(domain|organi[sz]ation)('s)? (administrators?|policy)\b/i.test(message)
  ) {
    return { kind: "workspace-policy" };
  }
  return { kind: "permission-denied" };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  return asObject(asObject(value)?.[key]);
}
