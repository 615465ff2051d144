/**
 * The smoke check after a deploy: small checks, each run as the service
 * account that needs it against the real project, each saying in Swedish
 * what it proved or what to do. What the fake server in the tests cannot
 * show (quota, IAM, scopes, real answers) is shown here.
 */
import type { OAuth2Client } from "google-auth-library";

/** The four function accounts and what each is used for. */
export type SmokeAccount = "lagesbild-validate" | "lagesbild-report" | "lagesbild-summary" | "lagesbild-report-draft";

export interface SmokeContext {
  readonly project: string;
  readonly centralSpreadsheetId: string;
  /** `drive:<folder>` or `gs://bucket/prefix` from the env file. */
  readonly reports:
    | { readonly kind: "drive"; readonly folderId: string }
    | { readonly kind: "gcs"; readonly bucket: string; readonly prefix: string };
  readonly state: { readonly bucket: string; readonly prefix: string };
  /** A spreadsheet made for the check (hidden tab, merges, errors …), shared with lagesbild-validate; optional. */
  readonly testSpreadsheetId?: string;
  /** Another address for every Google API (the fake server in the tests). */
  readonly rootUrl?: string;
  /** An auth client acting as the account with exactly `scope`. */
  auth(account: SmokeAccount, scope: string): Promise<OAuth2Client>;
  /** Keeps a raw answer as a fixture the fake server can replay. */
  record(
    name: string,
    fixture: { api: string; call: string; status: number; headers: Record<string, string>; body: unknown },
  ): Promise<void>;
  /** A unique piece for object names, so reruns do not collide. */
  readonly runId: string;
}

export interface SmokeOutcome {
  readonly ok: boolean;
  /** What was seen, in Swedish, one line each. */
  readonly lines: readonly string[];
  /** What to do when it failed. */
  readonly todo?: string;
}

export interface SmokeCheck {
  readonly id: string;
  /** What it checks, in Swedish, for `--smoke --dry-run`. */
  readonly title: string;
  readonly as: SmokeAccount;
  run(ctx: SmokeContext): Promise<SmokeOutcome>;
}

export const pass = (...lines: string[]): SmokeOutcome => ({ ok: true, lines });
export const fail = (todo: string, ...lines: string[]): SmokeOutcome => ({ ok: false, lines, todo });
