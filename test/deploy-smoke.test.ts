/** `npm run deploy -- --smoke`, its first checks: the deployed validate and the scheduler jobs, against a fake gcloud and a local stand-in for validate. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEDULES, TIME_ZONE } from "../scripts/deploy-plan.ts";
import { deploymentChecks, type Gcloud } from "../scripts/smoke/deployment.ts";

const TOKEN = "identitetstoken-123";
const TARGET = { project: "lagesbild-prod", region: "europe-north1", schedulerLocation: "europe-west1" };

/** The stand-in for the deployed validate: Cloud Run's 403 without the token, the function's JSON with it. */
let server: Server;
let url: string;
let seen: (string | undefined)[] = [];
let open = false;
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    if (!open && req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(403, { "content-type": "text/html" }).end("<h1>Error: Forbidden</h1>");
      return;
    }
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ counts: { error: 2, warning: 5 }, problems: [], workbooks: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const job = (s: (typeof SCHEDULES)[number], change: Record<string, unknown> = {}) =>
  JSON.stringify({
    name: `projects/lagesbild-prod/locations/europe-west1/jobs/${s.job}`,
    state: "ENABLED",
    schedule: s.cron,
    timeZone: TIME_ZONE,
    pubsubTarget: { topicName: `projects/lagesbild-prod/topics/${s.topic}`, data: "e30=" },
    ...change,
  });
const allJobs = () => Object.fromEntries(SCHEDULES.map((s) => [s.job, job(s)]));

/** A gcloud that knows the deployed validate (at the stand-in) and the given jobs; it records every call. */
function fakeGcloud(jobs: Record<string, string | undefined>, calls: string[][] = [], token = `${TOKEN}\n`): Gcloud {
  return async (argv) => {
    calls.push([...argv]);
    if (argv[0] === "functions" && argv[1] === "describe") return { code: 0, stdout: `${url}\n`, stderr: "" };
    if (argv[0] === "auth")
      return token
        ? { code: 0, stdout: token, stderr: "" }
        : { code: 1, stdout: "", stderr: "ERROR: (gcloud.auth.print-identity-token) No credentialed accounts.\n" };
    const found = argv[0] === "scheduler" ? jobs[argv[3] ?? ""] : undefined;
    return found
      ? { code: 0, stdout: found, stderr: "" }
      : { code: 1, stdout: "", stderr: "ERROR: (gcloud.scheduler.jobs.describe) NOT_FOUND: Job not found.\n" };
  };
}

describe("the smoke check of the deployment itself", () => {
  it("calls validate without and with the deployer's identity token, and reads both scheduler jobs where they were created", async () => {
    seen = [];
    const calls: string[][] = [];
    const checks = await deploymentChecks(TARGET, fakeGcloud(allJobs(), calls));
    expect(checks.map((c) => [c.id, c.outcome.ok])).toEqual([
      ["validate-anonymous", true],
      ["validate-token", true],
      ["scheduler-lagesbild-summary-weekly", true],
      ["scheduler-lagesbild-report-draft-monthly", true],
    ]);
    expect(checks[0]?.outcome.lines).toEqual(["nekas (HTTP 403), som det ska"]);
    expect(checks[1]?.outcome.lines).toEqual(["svarade 200: 2 fel och 5 varningar i arbetsböckerna"]);
    expect(checks[2]?.outcome.lines).toEqual([`aktivt, ”0 7 * * 1” ${TIME_ZONE}, till lagesbild-summary`]);
    expect(seen).toEqual([undefined, `Bearer ${TOKEN}`]);
    expect(calls).toContainEqual([
      "functions",
      "describe",
      "lagesbild-validate",
      "--gen2",
      "--region=europe-north1",
      "--format=value(serviceConfig.uri)",
      "--project=lagesbild-prod",
    ]);
    expect(calls).toContainEqual(["auth", "print-identity-token"]);
    expect(calls.filter((c) => c[0] === "scheduler")).toEqual(
      SCHEDULES.map((s) => [
        "scheduler",
        "jobs",
        "describe",
        s.job,
        "--location=europe-west1",
        "--format=json",
        "--project=lagesbild-prod",
      ]),
    );
  });

  it("fails a paused job, a wrong time zone or topic, and a missing job, saying what is wrong and what to do", async () => {
    const [weekly, monthly] = SCHEDULES;
    const jobs = {
      [weekly.job]: job(weekly, {
        state: "PAUSED",
        timeZone: "Etc/UTC",
        pubsubTarget: { topicName: "projects/lagesbild-prod/topics/other" },
      }),
      [monthly.job]: undefined,
    };
    const [, , paused, missing] = await deploymentChecks(TARGET, fakeGcloud(jobs));
    expect(paused?.outcome).toEqual({
      ok: false,
      lines: [
        `tillstånd PAUSED (ska vara ENABLED); tidszon Etc/UTC (ska vara ${TIME_ZONE}); ämne projects/lagesbild-prod/topics/other (ska vara lagesbild-summary)`,
      ],
      todo: "gcloud scheduler jobs resume lagesbild-summary-weekly --location=europe-west1; Kör npm run deploy -- --project lagesbild-prod igen (den skapar eller uppdaterar schemat).",
    });
    expect(missing?.outcome).toMatchObject({
      ok: false,
      lines: ["finns inte eller kan inte läsas: ERROR: (gcloud.scheduler.jobs.describe) NOT_FOUND: Job not found."],
    });
  });

  it("fails when validate answers a call without a token, and when there is no token to call it with", async () => {
    open = true;
    try {
      const [anonymous] = await deploymentChecks(TARGET, fakeGcloud(allJobs()));
      expect(anonymous?.outcome).toMatchObject({ ok: false, lines: ["svarade HTTP 200: funktionen går att anropa utan inloggning"] });
    } finally {
      open = false;
    }
    const [, withoutToken] = await deploymentChecks(TARGET, fakeGcloud(allJobs(), [], ""));
    expect(withoutToken?.outcome).toMatchObject({
      ok: false,
      lines: ["inget identitetstoken: ERROR: (gcloud.auth.print-identity-token) No credentialed accounts."],
      todo: expect.stringContaining("gcloud auth login"),
    });
  });

  it("fails both validate checks, and still reads the jobs, when the function cannot be described", async () => {
    const gcloud: Gcloud = async (argv) =>
      argv[0] === "functions"
        ? { code: 1, stdout: "", stderr: "ERROR: NOT_FOUND: Resource 'lagesbild-validate' was not found\n" }
        : fakeGcloud(allJobs())(argv);
    const checks = await deploymentChecks(TARGET, gcloud);
    expect(checks.map((c) => c.outcome.ok)).toEqual([false, false, true, true]);
    expect(checks[0]?.outcome.lines[0]).toBe(
      "adressen till lagesbild-validate kunde inte hämtas: ERROR: NOT_FOUND: Resource 'lagesbild-validate' was not found",
    );
  });
});
