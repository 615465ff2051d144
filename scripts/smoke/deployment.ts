/**
 * The first smoke checks, made as the deployer: that the deployment answers.
 * `validate` refuses a call without a token and answers the deployer's
 * identity token with the validation result; each Cloud Scheduler job exists,
 * enabled, on the schedule, time zone and topic the plan gives it. Each
 * outcome is said in Swedish with what to do, like the other smoke checks.
 */
import { spawn } from "node:child_process";
import { FUNCTIONS, SCHEDULES, TIME_ZONE } from "../deploy-plan.ts";
import { fail, pass, type SmokeOutcome } from "./check.ts";

/** Runs gcloud with these arguments and captures its output; the tests give a fake. */
export type Gcloud = (argv: readonly string[]) => Promise<{ readonly code: number; readonly stdout: string; readonly stderr: string }>;

export interface DeploymentTarget {
  readonly project: string;
  readonly region: string;
  readonly schedulerLocation: string;
}

export interface DeploymentCheck {
  readonly id: string;
  readonly title: string;
  readonly outcome: SmokeOutcome;
}

const VALIDATE = FUNCTIONS.find((f) => f.name === "validate")!.service;

/** What `--smoke --dry-run` lists for these checks. */
export function describeDeploymentChecks(): string[] {
  return [
    `[validate-anonymous] som du: ${VALIDATE} nekar ett anrop utan inloggning`,
    `[validate-token] som du: ${VALIDATE} svarar med valideringsresultatet på ditt identitetstoken`,
    ...SCHEDULES.map(
      (s) => `[scheduler-${s.job}] som du: schemat ${s.job} finns, är aktivt, ”${s.cron}” ${TIME_ZONE}, till ämnet ${s.topic}`,
    ),
  ];
}

/** Every check, in order; one that cannot run fails with the reason, and the others still run. */
export async function deploymentChecks(o: DeploymentTarget, gcloud: Gcloud, fetchFn: typeof fetch = fetch): Promise<DeploymentCheck[]> {
  const checks: DeploymentCheck[] = [];
  const described = await gcloud([
    "functions",
    "describe",
    VALIDATE,
    "--gen2",
    `--region=${o.region}`,
    "--format=value(serviceConfig.uri)",
    `--project=${o.project}`,
  ]);
  const url = described.stdout.trim();
  if (described.code !== 0 || !URL.canParse(url)) {
    const outcome = fail(
      `Driftsätt funktionerna (npm run deploy -- --project ${o.project}) och kör kontrollen igen.`,
      `adressen till ${VALIDATE} kunde inte hämtas: ${firstLine(described.stderr || url)}`,
    );
    checks.push({ id: "validate-anonymous", title: `${VALIDATE} utan inloggning`, outcome });
    checks.push({ id: "validate-token", title: `${VALIDATE} med identitetstoken`, outcome });
  } else {
    checks.push({ id: "validate-anonymous", title: `${VALIDATE} utan inloggning`, outcome: await refusesAnonymous(url, fetchFn) });
    checks.push({ id: "validate-token", title: `${VALIDATE} med identitetstoken`, outcome: await answersWithToken(url, gcloud, fetchFn) });
  }
  for (const s of SCHEDULES)
    checks.push({ id: `scheduler-${s.job}`, title: `schemat ${s.job}`, outcome: await schedulerJob(s, o, gcloud) });
  return checks;
}

async function refusesAnonymous(url: string, fetchFn: typeof fetch): Promise<SmokeOutcome> {
  try {
    const response = await fetchFn(url, { method: "GET" });
    if (response.status === 401 || response.status === 403) return pass(`nekas (HTTP ${response.status}), som det ska`);
    return fail(
      "Driftsätt om med --no-allow-unauthenticated och ta bort allUsers som anropare (roles/run.invoker).",
      `svarade HTTP ${response.status}: funktionen går att anropa utan inloggning`,
    );
  } catch (error) {
    return fail("Kontrollera adressen och nätet.", `anropet misslyckades: ${(error as Error).message}`);
  }
}

async function answersWithToken(url: string, gcloud: Gcloud, fetchFn: typeof fetch): Promise<SmokeOutcome> {
  const token = await gcloud(["auth", "print-identity-token"]);
  if (token.code !== 0 || token.stdout.trim() === "")
    return fail("Logga in med gcloud auth login och kör kontrollen igen.", `inget identitetstoken: ${firstLine(token.stderr)}`);
  try {
    const response = await fetchFn(url, { method: "GET", headers: { authorization: `Bearer ${token.stdout.trim()}` } });
    const body = (await response.json().catch(() => undefined)) as
      | { counts?: { error?: number; warning?: number }; message?: string }
      | undefined;
    if (response.status === 200 && body?.counts) {
      return pass(`svarade 200: ${body.counts.error ?? 0} fel och ${body.counts.warning ?? 0} varningar i arbetsböckerna`);
    }
    const todo =
      response.status === 401 || response.status === 403
        ? "Ge ditt konto (eller din grupp) rollen roles/run.invoker på validate: npm run deploy -- --invoker user:du@… och kör om."
        : "Läs funktionens logg (gcloud functions logs read lagesbild-validate --gen2) och åtgärda felet.";
    return fail(todo, `svarade HTTP ${response.status}${body?.message ? `: ${body.message}` : ""}`);
  } catch (error) {
    return fail("Kontrollera adressen och nätet.", `anropet misslyckades: ${(error as Error).message}`);
  }
}

interface JobDescription {
  readonly state?: string;
  readonly schedule?: string;
  readonly timeZone?: string;
  readonly pubsubTarget?: { readonly topicName?: string };
}

async function schedulerJob(s: (typeof SCHEDULES)[number], o: DeploymentTarget, gcloud: Gcloud): Promise<SmokeOutcome> {
  const described = await gcloud([
    "scheduler",
    "jobs",
    "describe",
    s.job,
    `--location=${o.schedulerLocation}`,
    "--format=json",
    `--project=${o.project}`,
  ]);
  const redeploy = `Kör npm run deploy -- --project ${o.project} igen (den skapar eller uppdaterar schemat).`;
  if (described.code !== 0) return fail(redeploy, `finns inte eller kan inte läsas: ${firstLine(described.stderr)}`);
  let job: JobDescription;
  try {
    job = JSON.parse(described.stdout) as JobDescription;
  } catch {
    return fail(redeploy, "gcloud svarade inte med JSON");
  }
  const wrong = [
    job.state !== "ENABLED" ? `tillstånd ${job.state ?? "okänt"} (ska vara ENABLED)` : "",
    job.schedule !== s.cron ? `schema ”${job.schedule ?? ""}” (ska vara ”${s.cron}”)` : "",
    job.timeZone !== TIME_ZONE ? `tidszon ${job.timeZone ?? "saknas"} (ska vara ${TIME_ZONE})` : "",
    job.pubsubTarget?.topicName?.endsWith(`/topics/${s.topic}`)
      ? ""
      : `ämne ${job.pubsubTarget?.topicName ?? "saknas"} (ska vara ${s.topic})`,
  ].filter(Boolean);
  if (wrong.length === 0) return pass(`aktivt, ”${s.cron}” ${TIME_ZONE}, till ${s.topic}`);
  const todo = job.state === "PAUSED" ? `gcloud scheduler jobs resume ${s.job} --location=${o.schedulerLocation}; ${redeploy}` : redeploy;
  return fail(todo, wrong.join("; "));
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0]?.slice(0, 200) ?? "";
}

/** gcloud itself, its output captured. */
export const realGcloud: Gcloud = (argv) =>
  new Promise((resolve) => {
    const child = spawn("gcloud", [...argv], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", (error) => resolve({ code: 127, stdout, stderr: error.message }));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
