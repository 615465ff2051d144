/** Runs the smoke checks in turn and says in Swedish what passed, what failed and what to do. */
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { OAuth2Client } from "google-auth-library";
import type { SmokeAccount, SmokeCheck, SmokeContext, SmokeOutcome } from "./check.ts";

export interface SmokeResult {
  readonly check: SmokeCheck;
  readonly outcome: SmokeOutcome;
}

/** `--smoke --dry-run`: every check it would make, as whom. */
export function describeChecks(checks: readonly SmokeCheck[]): string[] {
  return checks.map((c, i) => `${i + 1}. [${c.id}] som ${c.as}: ${c.title}`);
}

export async function runSmoke(ctx: SmokeContext, checks: readonly SmokeCheck[], say: (line: string) => void): Promise<SmokeResult[]> {
  const results: SmokeResult[] = [];
  for (const check of checks) {
    const outcome = await check.run(ctx).catch((error: unknown) => ({
      ok: false,
      lines: [`kontrollen avbröts: ${(error as Error).message}`],
      todo: "Se felet ovan; kör kontrollen igen när det är åtgärdat.",
    }));
    results.push({ check, outcome });
    sayOutcome(say, `[${check.id}] som ${check.as}: ${check.title}`, outcome);
  }
  const failed = results.filter((r) => !r.outcome.ok).length;
  say(
    failed === 0
      ? `\nAlla ${results.length} kontroller godkända.`
      : `\n${failed} av ${results.length} kontroller misslyckades; se ”Att göra” ovan.`,
  );
  return results;
}

/** One check's outcome: passed or failed, what was seen, and what to do. */
export function sayOutcome(say: (line: string) => void, heading: string, outcome: SmokeOutcome): void {
  say(`${outcome.ok ? "GODKÄND" : "MISSLYCKAD"} ${heading}`);
  for (const line of outcome.lines) say(`    ${line}`);
  if (!outcome.ok && outcome.todo) say(`    Att göra: ${outcome.todo}`);
}

/** Keeps each raw answer as a fixture (`recorded: true`) in `dir`, in the format the fake server replays. */
export function fixtureRecorder(dir: string, project: string, now: () => string): SmokeContext["record"] {
  return async (name, fixture) => {
    await mkdir(dir, { recursive: true });
    const { api, call, status, headers, body } = fixture;
    const content = {
      recorded: true,
      note: `Recorded by the smoke check in project ${project} at ${now()}.`,
      api,
      call,
      response: { status, headers, body },
    };
    await writeFile(join(dir, `${name}.json`), `${JSON.stringify(content, null, 2)}\n`);
  };
}

/**
 * Acts as a function's service account through gcloud's impersonation (the
 * deployer needs roles/iam.serviceAccountTokenCreator on it): the same
 * account, IAM and sharing as the function in Cloud Run.
 */
export function impersonatingAuth(project: string): SmokeContext["auth"] {
  const clients = new Map<string, OAuth2Client>();
  return async (account: SmokeAccount, scope: string) => {
    const key = `${account} ${scope}`;
    const known = clients.get(key);
    if (known) return known;
    const email = `${account}@${project}.iam.gserviceaccount.com`;
    const run = spawnSync("gcloud", ["auth", "print-access-token", `--impersonate-service-account=${email}`, `--scopes=${scope}`], {
      encoding: "utf8",
    });
    if (run.status !== 0)
      throw new Error(`kunde inte agera som ${email} (gcloud auth print-access-token): ${run.stderr.trim().slice(0, 300)}`);
    const client = new OAuth2Client();
    client.setCredentials({ access_token: run.stdout.trim() });
    clients.set(key, client);
    return client;
  };
}
