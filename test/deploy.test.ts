import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { addReportPdfImage, FUNCTIONS as BUNDLES } from "../scripts/build-functions.ts";
import { APIS, BUILD_ACCOUNT, BUILD_ROLES, GRANTS, shellLine, TRIGGER_ACCOUNT, type DeployStep } from "../scripts/deploy-plan.ts";
import { DeployError, planDeployment } from "../scripts/deploy.ts";
import { isFirstWeekdayOfMonth } from "../src/report-draft/current-report.ts";

const PROJECT = "lagesbild-prod";
const ENV = {
  LAGESBILD_SOURCE: "gsheets",
  LAGESBILD_CENTRAL_SPREADSHEET: "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd",
  LAGESBILD_REPORT_STORE: "drive:1FolderIdFromTheAddressBar",
  LAGESBILD_STATE: "gs://lagesbild-state-prod/state",
  LAGESBILD_MAIL_TRANSPORT: "smtp",
  LAGESBILD_MAIL_FROM: "lägesbild <lagesbild@tillvaxtverket.se>",
  LAGESBILD_MAIL_ALLOWED_DOMAINS: "tillvaxtverket.se",
  LAGESBILD_SMTP_HOST: "smtp.tillvaxtverket.se",
  LAGESBILD_SMTP_USER: "lagesbild",
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-deploy-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

let files = 0;
async function plan(env: Record<string, unknown> = ENV, ...extra: string[]) {
  const file = join(dir, `env-${++files}.yaml`);
  await writeFile(file, stringify(env));
  return planDeployment([
    "--project",
    PROJECT,
    "--region",
    "europe-north1",
    "--env-file",
    file,
    "--invoker",
    "group:lagesbild@tillvaxtverket.se",
    "--dry-run",
    ...extra,
  ]);
}

const flag = (argv: readonly string[], name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const commands = (steps: readonly DeployStep[], ...words: string[]) =>
  steps.map((s) => s.argv).filter((a) => words.every((w, i) => a[i + 1] === w));
const sa = (account: string) => `${account}@${PROJECT}.iam.gserviceaccount.com`;

describe("the deployment plan", () => {
  it("deploys every function as a 2nd gen Cloud Run function on nodejs22 in europe-north1, none reachable without authentication", async () => {
    const { steps } = await plan();
    const deploys = commands(steps, "functions", "deploy");
    expect(deploys.map((d) => flag(d, "entry-point")).sort()).toEqual(BUNDLES.map((b) => b.name).sort());
    for (const d of deploys) {
      expect(d).toContain("--gen2");
      expect(d).toContain("--no-allow-unauthenticated");
      expect(d).not.toContain("--allow-unauthenticated");
      expect(flag(d, "runtime")).toBe("nodejs22");
      expect(flag(d, "region")).toBe("europe-north1");
      expect(flag(d, "source")).toBe(join("dist", "functions", flag(d, "entry-point")!));
    }
    expect(
      deploys
        .filter((d) => d.includes("--trigger-http"))
        .map((d) => flag(d, "entry-point"))
        .sort(),
    ).toEqual(["report", "validate"]);
    expect(steps.flatMap((s) => s.argv).filter((a) => /allUsers|allAuthenticatedUsers/.test(a))).toEqual([]);
  });

  it("gives each function its own service account, created first, and lets only the trigger account invoke the scheduled ones", async () => {
    const { steps } = await plan();
    const deploys = commands(steps, "functions", "deploy");
    const accounts = deploys.map((d) => flag(d, "service-account"));
    expect(new Set(accounts).size).toBe(deploys.length);
    const created = commands(steps, "iam", "service-accounts", "create").map((c) => sa(c[4]!));
    expect(created.sort()).toEqual([...accounts, sa(TRIGGER_ACCOUNT), sa(BUILD_ACCOUNT)].sort());
    const lastCreate = steps.findIndex((s) => s.argv[3] === "create" && s.argv[2] === "service-accounts");
    expect(lastCreate).toBeLessThan(steps.findIndex((s) => s.argv[2] === "deploy"));
    for (const d of deploys.filter((x) => !x.includes("--trigger-http")))
      expect(flag(d, "trigger-service-account")).toBe(sa(TRIGGER_ACCOUNT));
    const invokers = commands(steps, "functions", "add-invoker-policy-binding").map((c) => [c[3], flag(c, "member")]);
    expect(invokers.sort()).toEqual(
      [
        ["lagesbild-report", "group:lagesbild@tillvaxtverket.se"],
        ["lagesbild-validate", "group:lagesbild@tillvaxtverket.se"],
        ["lagesbild-summary", `serviceAccount:${sa(TRIGGER_ACCOUNT)}`],
        ["lagesbild-report-draft", `serviceAccount:${sa(TRIGGER_ACCOUNT)}`],
      ].sort(),
    );
  });

  it("binds the SMTP password from Secret Manager to the two mail functions, and lets only their accounts read it", async () => {
    const { steps } = await plan();
    const withSecret = commands(steps, "functions", "deploy").filter((d) => flag(d, "set-secrets"));
    expect(withSecret.map((d) => [flag(d, "entry-point"), flag(d, "set-secrets")]).sort()).toEqual([
      ["reportDraft", "LAGESBILD_SMTP_PASSWORD=lagesbild-smtp-password:latest"],
      ["summary", "LAGESBILD_SMTP_PASSWORD=lagesbild-smtp-password:latest"],
    ]);
    const accessors = commands(steps, "secrets", "add-iam-policy-binding").map((c) => [c[3], flag(c, "member"), flag(c, "role")]);
    expect(accessors.sort()).toEqual([
      ["lagesbild-smtp-password", `serviceAccount:${sa("lagesbild-report-draft")}`, "roles/secretmanager.secretAccessor"],
      ["lagesbild-smtp-password", `serviceAccount:${sa("lagesbild-summary")}`, "roles/secretmanager.secretAccessor"],
    ]);
    const check = steps.findIndex((s) => s.required !== undefined);
    expect(steps[check]?.argv).toContain("--secret=lagesbild-smtp-password");
    expect(check).toBeLessThan(steps.findIndex((s) => s.argv[2] === "deploy"));
  });

  it("has no secret at all for a relay without a password", async () => {
    const { LAGESBILD_SMTP_USER: _, ...env } = ENV;
    const { steps } = await plan(env);
    expect(steps.flatMap((s) => s.argv).filter((a) => /secret/i.test(a))).toEqual([]);
  });

  it("schedules the summary on Mondays at 07:00 and the draft on the month's first days, Stockholm time, on the functions' topics", async () => {
    const { steps } = await plan();
    const jobs = commands(steps, "scheduler", "jobs", "create", "pubsub");
    const topicOf = (entry: string) =>
      flag(commands(steps, "functions", "deploy").find((d) => flag(d, "entry-point") === entry)!, "trigger-topic");
    expect(jobs.map((j) => [flag(j, "schedule"), flag(j, "time-zone"), flag(j, "topic"), flag(j, "message-body")])).toEqual([
      ["0 7 * * 1", "Europe/Stockholm", topicOf("summary"), "{}"],
      ["0 7 1-3 * *", "Europe/Stockholm", topicOf("reportDraft"), '{"firstWeekdayOnly":true}'],
    ]);
  });

  it("sends the monthly draft on exactly one of the days the job fires, in every month of the assignment and beyond", () => {
    for (let year = 2024; year <= 2030; year++) {
      for (let month = 1; month <= 12; month++) {
        const days = [1, 2, 3].map((d) => `${year}-${String(month).padStart(2, "0")}-0${d}`);
        expect(days.filter(isFirstWeekdayOfMonth), `${year}-${month}`).toHaveLength(1);
      }
    }
  });

  it.each([
    ["the Drive folder", ENV],
    ["a report bucket", { ...ENV, LAGESBILD_REPORT_STORE: "gs://lagesbild-reports-prod/delrapporter" }],
    ["the state bucket for reports too", { ...ENV, LAGESBILD_REPORT_STORE: "gs://lagesbild-state-prod/delrapporter" }],
  ])("grants no role beyond the documented list, and on the project only the build account's, with reports in %s", async (_, env) => {
    const { steps } = await plan(env);
    const documented = new Set(GRANTS.map((g) => `${g.account} ${g.role}`));
    const granted = steps.map((s) => s.argv).filter((a) => flag(a, "role"));
    for (const a of granted)
      expect(documented.has(`${flag(a, "member")!.replace(/^serviceAccount:|@.*$/g, "")} ${flag(a, "role")}`), shellLine(a)).toBe(true);
    const onProject = steps.filter((s) => s.argv[1] === "projects").map((s) => [s.argv[3], flag(s.argv, "member"), flag(s.argv, "role")]);
    expect(onProject).toEqual(BUILD_ROLES.map((r) => [PROJECT, `serviceAccount:${sa(BUILD_ACCOUNT)}`, r.role]));
    const buckets = commands(steps, "storage", "buckets", "create").map((c) => c[4]);
    expect(new Set(buckets).size).toBe(buckets.length);
  });

  it("retries the event functions, gives the rendering ones a whole CPU, bounds instances and concurrency, and builds as its own account", async () => {
    const { steps } = await plan();
    const deploys: Record<string, readonly string[]> = Object.fromEntries(
      commands(steps, "functions", "deploy").map((d) => [flag(d, "entry-point") ?? "", d]),
    );
    expect(["summary", "reportDraft"].map((n) => deploys[n]?.includes("--retry"))).toEqual([true, true]);
    expect(["report", "validate"].map((n) => deploys[n]?.includes("--retry"))).toEqual([false, false]);
    expect(
      Object.fromEntries(
        Object.entries(deploys).map(([n, d]) => [n, [flag(d, "cpu"), flag(d, "memory"), flag(d, "max-instances"), flag(d, "concurrency")]]),
      ),
    ).toEqual({
      report: ["1", "2Gi", "2", "1"],
      reportDraft: ["1", "2Gi", "1", "1"],
      validate: [undefined, "512Mi", "3", "1"],
      summary: [undefined, "512Mi", "1", "1"],
    });
    for (const d of Object.values(deploys))
      expect(flag(d, "build-service-account")).toBe(`projects/${PROJECT}/serviceAccounts/${sa(BUILD_ACCOUNT)}`);
    expect(APIS).toContain("iam.googleapis.com");
    const enable = commands(steps, "services", "enable")[0] ?? [];
    expect(enable).toContain("iam.googleapis.com");
  });

  it("gives the report account only objectCreator on a report bucket of its own, and no storage role with Drive", async () => {
    const roles = async (env: Record<string, string>) =>
      (await plan(env)).steps
        .map((s) => s.argv)
        .filter((a) => flag(a, "member") === `serviceAccount:${sa("lagesbild-report")}`)
        .map((a) => `${a[4]} ${flag(a, "role")}`);
    expect(await roles(ENV)).toEqual([]);
    expect(await roles({ ...ENV, LAGESBILD_REPORT_STORE: "gs://lagesbild-reports-prod/delrapporter" })).toEqual([
      "gs://lagesbild-reports-prod roles/storage.objectCreator",
    ]);
  });

  it("lets the summary account create objects in a report bucket of its own, for the week's web pages", async () => {
    const roles = async (env: Record<string, string>) =>
      (await plan(env)).steps
        .map((s) => s.argv)
        .filter((a) => flag(a, "member") === `serviceAccount:${sa("lagesbild-summary")}`)
        .map((a) => `${a[4]} ${flag(a, "role")}`);
    expect(await roles({ ...ENV, LAGESBILD_REPORT_STORE: "gs://lagesbild-reports-prod/delrapporter" })).toContain(
      "gs://lagesbild-reports-prod roles/storage.objectCreator",
    );
    expect((await roles(ENV)).filter((r) => r.startsWith("gs://lagesbild-reports-prod"))).toEqual([]);
  });

  it.each([
    ["a local state folder", { LAGESBILD_STATE: "out/state" }, /LAGESBILD_STATE ska vara gs:/],
    ["a local report folder", { LAGESBILD_REPORT_STORE: "out/rapporter" }, /LAGESBILD_REPORT_STORE ska vara drive:/],
    ["the outbox", { LAGESBILD_MAIL_TRANSPORT: "outbox" }, /LAGESBILD_MAIL_TRANSPORT ska vara smtp/],
    ["the Gmail API", { LAGESBILD_MAIL_TRANSPORT: "gmail" }, /Gmail-API:t kräver en användare/],
    ["the password in the file", { LAGESBILD_SMTP_PASSWORD: "hemligt" }, /läggs i Secret Manager/],
    ["a test server address", { LAGESBILD_GOOGLE_ROOT_URL: "http://127.0.0.1:9" }, /till för tester/],
    ["a folder source", { LAGESBILD_SOURCE: "examples/delrapport-1" }, /LAGESBILD_SOURCE ska vara gsheets/],
    ["a value that is not text", { LAGESBILD_DRAFT_ATTACH_MAX_BYTES: 5000000 }, /citattecken.*LAGESBILD_DRAFT_ATTACH_MAX_BYTES/],
    ["a configuration the functions refuse", { LAGESBILD_CENTRAL_SPREADSHEET: "" }, /LAGESBILD_CENTRAL_SPREADSHEET saknas/],
  ])("refuses %s, saying what to change", async (_, change, message) => {
    const error = await plan({ ...ENV, ...change }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toMatch(message);
  });
});

describe("deploy --report-pdf: the report function in the LibreOffice image", () => {
  it("deploys report as a Cloud Run service built from its folder, as the function would run, and the others as functions", async () => {
    const { steps } = await plan(ENV, "--report-pdf");
    expect(
      commands(steps, "functions", "deploy")
        .map((d) => flag(d, "entry-point"))
        .sort(),
    ).toEqual(["reportDraft", "summary", "validate"]);
    const [service, ...more] = commands(steps, "run", "deploy");
    expect(more).toEqual([]);
    expect(service?.[3]).toBe("lagesbild-report");
    expect(flag(service!, "source")).toBe(join("dist", "functions", "report"));
    expect(service).toContain("--no-allow-unauthenticated");
    expect(flag(service!, "service-account")).toBe(sa("lagesbild-report"));
    expect(flag(service!, "build-service-account")).toBe(`projects/${PROJECT}/serviceAccounts/${sa(BUILD_ACCOUNT)}`);
    expect([flag(service!, "memory"), flag(service!, "cpu"), flag(service!, "concurrency"), flag(service!, "max-instances")]).toEqual([
      "2Gi",
      "1",
      "1",
      "2",
    ]);
    expect(flag(service!, "env-vars-file")).toMatch(/env-\d+\.yaml$/);
  });

  it("lets the --invoker members call the service, and binds no function invoker to it", async () => {
    const { steps } = await plan(ENV, "--report-pdf");
    const runBindings = commands(steps, "run", "services", "add-iam-policy-binding");
    expect(runBindings).toHaveLength(1);
    expect(runBindings[0]?.[4]).toBe("lagesbild-report");
    expect(flag(runBindings[0]!, "role")).toBe("roles/run.invoker");
    expect(flag(runBindings[0]!, "member")).toBe("group:lagesbild@tillvaxtverket.se");
    expect(commands(steps, "functions", "add-invoker-policy-binding").map((b) => b[3])).not.toContain("lagesbild-report");
  });

  it("puts the Dockerfile in the built report folder: node 22, LibreOffice's writer, the PDF on, the report target", async () => {
    const out = join(dir, "built");
    await mkdir(join(out, "report"), { recursive: true });
    const dockerfile = await readFile(await addReportPdfImage(out), "utf8");
    expect(dockerfile).toMatch(/^FROM node:22-/m);
    expect(dockerfile).toContain("libreoffice-writer-nogui");
    expect(dockerfile).toMatch(/^ENV .*LAGESBILD_REPORT_PDF=on/m);
    expect(dockerfile).toContain('"--target=report"');
  });
});

describe("npm run deploy -- --dry-run", () => {
  it("prints the plan's commands and the manual steps, and runs nothing", async () => {
    const file = join(dir, "cli.env.yaml");
    await writeFile(file, stringify(ENV));
    const args = ["--project", PROJECT, "--env-file", file, "--invoker", "group:lagesbild@tillvaxtverket.se", "--dry-run"];
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/deploy.ts", ...args], {
      env: { ...process.env, PATH: "/nonexistent" },
    });
    const { steps } = await planDeployment(args);
    expect(stdout.split("\n").filter((l) => l.startsWith("gcloud "))).toEqual(steps.map((s) => shellLine(s.argv)));
    expect(stdout).toContain("Dela det centrala kalkylarket och varje byggstens kalkylark med");
    expect(stdout).toContain(`som Bidragsgivare (Contributor) på Drive-mappen 1FolderIdFromTheAddressBar`);
  });

  it("--smoke --dry-run lists each smoke check and the account it runs as, and calls nobody", async () => {
    const file = join(dir, "smoke.env.yaml");
    await writeFile(file, stringify(ENV));
    const args = ["--project", PROJECT, "--env-file", file, "--smoke", "--dry-run"];
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/deploy.ts", ...args], {
      env: { ...process.env, PATH: "/nonexistent" },
    });
    const checks = stdout.split("\n").filter((l) => /^\d+\. \[/.test(l));
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks[0]).toMatch(/^1\. \[sheets-central\] som lagesbild-validate: /);
    // Before them, as the deployer: the deployed validate called with an identity token, and the scheduler jobs read.
    const first = stdout.split("\n").filter((l) => l.startsWith("-  ["));
    expect(first.map((l) => l.match(/^- {2}\[([^\]]+)\]/)?.[1])).toEqual([
      "validate-anonymous",
      "validate-token",
      "scheduler-lagesbild-summary-weekly",
      "scheduler-lagesbild-report-draft-monthly",
    ]);
    expect(stdout.indexOf("[validate-token]")).toBeLessThan(stdout.indexOf("1. [sheets-central]"));
    expect(stdout).toContain("[drive-upload] som lagesbild-report");
    expect(stdout).toContain("[gcs-create-only-lagesbild-summary] som lagesbild-summary");
    expect(stdout).not.toContain("gcloud ");
  });

  it("exits with 2 and a message for a missing project", async () => {
    const result = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/deploy.ts", "--dry-run"]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("Ange projektet med --project") });
  });
});
