/**
 * The gcloud commands that deploy lägesbild, as data: enable the APIs, one
 * service account per function (and one for the triggers), the state bucket,
 * the SMTP secret, the Pub/Sub topics, the four Cloud Run functions (no
 * unauthenticated access), the invoker bindings and the Cloud Scheduler jobs.
 * Every IAM grant the plan makes is in GRANTS, with its reason.
 */
import { join } from "node:path";
import type { ReportStoreConfig, StateConfig } from "../src/app/config.ts";

export const RUNTIME = "nodejs22";
export const TIME_ZONE = "Europe/Stockholm";

export interface DeployOptions {
  readonly project: string;
  readonly region: string;
  readonly schedulerLocation: string;
  /** The YAML file of runtime variables handed to every function. */
  readonly envFile: string;
  readonly state: Extract<StateConfig, { kind: "gcs" }>;
  readonly reports: Exclude<ReportStoreConfig, { kind: "local" }>;
  /** The Secret Manager secret holding the SMTP password; none when the relay takes no password. */
  readonly smtpSecret?: string;
  /** Who may call the HTTP functions, e.g. `group:lagesbild@tillvaxtverket.se`. */
  readonly invokers: readonly string[];
  /** Where the built functions are: dist/functions. */
  readonly sourceDir: string;
  /** The report function as a Cloud Run service built from deploy/report-pdf/Dockerfile (LibreOffice), so the stored report carries its PDF. */
  readonly reportPdf?: boolean;
}

/**
 * One command. With `unless`, it runs only if that check command fails (the
 * thing does not exist yet), else `otherwise` runs, if any. With `required`,
 * the command is a check that must succeed, or the deployment stops with that
 * message.
 */
export interface DeployStep {
  readonly argv: readonly string[];
  readonly unless?: readonly string[];
  readonly otherwise?: readonly string[];
  readonly required?: string;
}

interface FunctionSpec {
  readonly name: "report" | "reportDraft" | "validate" | "summary";
  readonly service: string;
  readonly account: string;
  readonly trigger: { readonly http: true } | { readonly topic: string };
  readonly memory: string;
  /** vCPUs; unset, Cloud Run gives a share by memory (0.58 at 1 GiB), which makes the report's page layout crawl. */
  readonly cpu?: string;
  readonly timeout: string;
  /** Instances at most: a bound on cost and on parallel reads of the spreadsheets (Sheets API quota). */
  readonly maxInstances: number;
  readonly mail: boolean;
}

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "report",
    service: "lagesbild-report",
    account: "lagesbild-report",
    trigger: { http: true },
    memory: "2Gi",
    cpu: "1",
    timeout: "300s",
    maxInstances: 2,
    mail: false,
  },
  {
    name: "reportDraft",
    service: "lagesbild-report-draft",
    account: "lagesbild-report-draft",
    trigger: { topic: "lagesbild-report-draft" },
    memory: "2Gi",
    cpu: "1",
    timeout: "540s",
    maxInstances: 1,
    mail: true,
  },
  {
    name: "validate",
    service: "lagesbild-validate",
    account: "lagesbild-validate",
    trigger: { http: true },
    memory: "512Mi",
    timeout: "300s",
    maxInstances: 3,
    mail: false,
  },
  {
    name: "summary",
    service: "lagesbild-summary",
    account: "lagesbild-summary",
    trigger: { topic: "lagesbild-summary" },
    memory: "512Mi",
    timeout: "540s",
    maxInstances: 1,
    mail: true,
  },
];

/** Requests one instance serves at once: one. A run reads every workbook into memory and renders on the CPU; a second request is better served by a second instance. */
export const CONCURRENCY = 1;

/** Cloud Build builds the functions as this account, not the project's default (which new projects no longer give the rights it needs). */
export const BUILD_ACCOUNT = "lagesbild-build";

/** Eventarc calls the event functions as this account. */
export const TRIGGER_ACCOUNT = "lagesbild-trigger";

export const SCHEDULES = [
  { job: "lagesbild-summary-weekly", topic: "lagesbild-summary", cron: "0 7 * * 1", body: "{}", what: "Monday 07:00" },
  // Cron cannot say "first weekday": fire on days 1–3 and let the function send only on the first Monday–Friday.
  {
    job: "lagesbild-report-draft-monthly",
    topic: "lagesbild-report-draft",
    cron: "0 7 1-3 * *",
    body: '{"firstWeekdayOnly":true}',
    what: "days 1–3 at 07:00, sent on the first weekday",
  },
] as const;

export const APIS = [
  "iam.googleapis.com",
  "cloudfunctions.googleapis.com",
  "run.googleapis.com",
  "cloudbuild.googleapis.com",
  "artifactregistry.googleapis.com",
  "eventarc.googleapis.com",
  "pubsub.googleapis.com",
  "cloudscheduler.googleapis.com",
  "storage.googleapis.com",
  "sheets.googleapis.com",
  "drive.googleapis.com",
] as const;

/** The build account's roles, the only ones granted on the project: Cloud Build has no narrower place to grant them. */
export const BUILD_ROLES = [
  { role: "roles/logging.logWriter", why: "write the build's log" },
  { role: "roles/artifactregistry.writer", why: "store the built image" },
  { role: "roles/storage.objectViewer", why: "read the uploaded source" },
] as const;

/** Every IAM role the plan grants, to whom, on what, and why. Nothing at project level but the build account's (BUILD_ROLES). */
export const GRANTS = [
  ...BUILD_ROLES.map((r) => ({ account: BUILD_ACCOUNT, role: r.role, on: "the project", why: r.why })),
  {
    account: "lagesbild-summary",
    role: "roles/storage.objectUser",
    on: "the state bucket",
    why: "create-only delivery records, read and replace the last snapshot (replacing needs delete, which objectCreator lacks)",
  },
  {
    account: "lagesbild-report-draft",
    role: "roles/storage.objectUser",
    on: "the state bucket",
    why: "the same delivery log for the monthly draft",
  },
  {
    account: "lagesbild-report",
    role: "roles/storage.objectCreator",
    on: "the report bucket (only with gs:// reports)",
    why: "write new report files; it never reads or replaces one",
  },
  {
    account: "lagesbild-report-draft",
    role: "roles/storage.objectCreator",
    on: "the report bucket (only with gs:// reports in another bucket than the state)",
    why: "store a draft too large to attach",
  },
  {
    account: "lagesbild-summary",
    role: "roles/storage.objectCreator",
    on: "the report bucket (only with gs:// reports in another bucket than the state)",
    why: "store the week's web pages next to the reports",
  },
  {
    account: "lagesbild-summary",
    role: "roles/secretmanager.secretAccessor",
    on: "the SMTP password secret only",
    why: "read the relay password at start",
  },
  {
    account: "lagesbild-report-draft",
    role: "roles/secretmanager.secretAccessor",
    on: "the SMTP password secret only",
    why: "read the relay password at start",
  },
  {
    account: TRIGGER_ACCOUNT,
    role: "roles/run.invoker",
    on: "the summary and reportDraft functions only",
    why: "Eventarc delivers the Pub/Sub messages to them as this account",
  },
  {
    account: "(the --invoker members)",
    role: "roles/run.invoker",
    on: "the report and validate functions only",
    why: "the people or groups who may call them",
  },
] as const;

const sa = (account: string, project: string) => `${account}@${project}.iam.gserviceaccount.com`;

/** The commands, in order. */
export function deployPlan(o: DeployOptions): DeployStep[] {
  const p = `--project=${o.project}`;
  const steps: DeployStep[] = [
    { argv: ["gcloud", "services", "enable", ...APIS, ...(o.smtpSecret ? ["secretmanager.googleapis.com"] : []), p] },
  ];

  for (const account of [...FUNCTIONS.map((f) => f.account), TRIGGER_ACCOUNT, BUILD_ACCOUNT]) {
    steps.push({
      argv: ["gcloud", "iam", "service-accounts", "create", account, `--display-name=lägesbild ${account.replace(/^lagesbild-/, "")}`, p],
      unless: ["gcloud", "iam", "service-accounts", "describe", sa(account, o.project), p],
    });
  }

  for (const { role } of BUILD_ROLES) {
    steps.push({
      argv: [
        "gcloud",
        "projects",
        "add-iam-policy-binding",
        o.project,
        `--member=serviceAccount:${sa(BUILD_ACCOUNT, o.project)}`,
        `--role=${role}`,
        "--condition=None",
      ],
    });
  }

  const buckets = [o.state.bucket, ...(o.reports.kind === "gcs" && o.reports.bucket !== o.state.bucket ? [o.reports.bucket] : [])];
  for (const bucket of buckets) {
    steps.push({
      argv: [
        "gcloud",
        "storage",
        "buckets",
        "create",
        `gs://${bucket}`,
        `--location=${o.region}`,
        "--uniform-bucket-level-access",
        "--public-access-prevention",
        p,
      ],
      unless: ["gcloud", "storage", "buckets", "describe", `gs://${bucket}`, p],
    });
  }
  const bucketRole = (bucket: string, account: string, role: string): DeployStep => ({
    argv: [
      "gcloud",
      "storage",
      "buckets",
      "add-iam-policy-binding",
      `gs://${bucket}`,
      `--member=serviceAccount:${sa(account, o.project)}`,
      `--role=${role}`,
      p,
    ],
  });
  steps.push(bucketRole(o.state.bucket, "lagesbild-summary", "roles/storage.objectUser"));
  steps.push(bucketRole(o.state.bucket, "lagesbild-report-draft", "roles/storage.objectUser"));
  if (o.reports.kind === "gcs") {
    steps.push(bucketRole(o.reports.bucket, "lagesbild-report", "roles/storage.objectCreator"));
    // reportDraft stores drafts too large to attach, summary the week's web pages; on the state bucket they already have objectUser.
    if (o.reports.bucket !== o.state.bucket) {
      steps.push(bucketRole(o.reports.bucket, "lagesbild-report-draft", "roles/storage.objectCreator"));
      steps.push(bucketRole(o.reports.bucket, "lagesbild-summary", "roles/storage.objectCreator"));
    }
  }

  if (o.smtpSecret) {
    steps.push({
      argv: ["gcloud", "secrets", "create", o.smtpSecret, "--replication-policy=automatic", p],
      unless: ["gcloud", "secrets", "describe", o.smtpSecret, p],
    });
    steps.push({
      argv: ["gcloud", "secrets", "versions", "describe", "latest", `--secret=${o.smtpSecret}`, p],
      required: `Hemligheten ${o.smtpSecret} har inget lösenord än: printf %s "$LOSENORD" | gcloud secrets versions add ${o.smtpSecret} --data-file=- ${p}`,
    });
    for (const f of FUNCTIONS.filter((x) => x.mail)) {
      steps.push({
        argv: [
          "gcloud",
          "secrets",
          "add-iam-policy-binding",
          o.smtpSecret,
          `--member=serviceAccount:${sa(f.account, o.project)}`,
          "--role=roles/secretmanager.secretAccessor",
          p,
        ],
      });
    }
  }

  for (const { topic } of SCHEDULES) {
    steps.push({ argv: ["gcloud", "pubsub", "topics", "create", topic, p], unless: ["gcloud", "pubsub", "topics", "describe", topic, p] });
  }

  const asImage = (f: FunctionSpec) => f.name === "report" && o.reportPdf === true;
  for (const f of FUNCTIONS) steps.push({ argv: asImage(f) ? deployImage(f, o) : deployFunction(f, o) });

  for (const f of FUNCTIONS) {
    const members = "http" in f.trigger ? o.invokers : [`serviceAccount:${sa(TRIGGER_ACCOUNT, o.project)}`];
    for (const member of members) {
      const bind = asImage(f)
        ? ["gcloud", "run", "services", "add-iam-policy-binding", f.service, "--role=roles/run.invoker"]
        : ["gcloud", "functions", "add-invoker-policy-binding", f.service];
      steps.push({ argv: [...bind, `--region=${o.region}`, `--member=${member}`, p] });
    }
  }

  for (const s of SCHEDULES) {
    const flags = [
      `--location=${o.schedulerLocation}`,
      `--schedule=${s.cron}`,
      `--time-zone=${TIME_ZONE}`,
      `--topic=${s.topic}`,
      `--message-body=${s.body}`,
      p,
    ];
    steps.push({
      argv: ["gcloud", "scheduler", "jobs", "create", "pubsub", s.job, ...flags],
      unless: ["gcloud", "scheduler", "jobs", "describe", s.job, `--location=${o.schedulerLocation}`, p],
      otherwise: ["gcloud", "scheduler", "jobs", "update", "pubsub", s.job, ...flags],
    });
  }
  return steps;
}

function deployFunction(f: FunctionSpec, o: DeployOptions): string[] {
  // --retry: a run that answers 500 (a message failed) is delivered again, and a rerun sends only what is missing.
  const trigger =
    "http" in f.trigger
      ? ["--trigger-http"]
      : [`--trigger-topic=${f.trigger.topic}`, `--trigger-service-account=${sa(TRIGGER_ACCOUNT, o.project)}`, "--retry"];
  return [
    "gcloud",
    "functions",
    "deploy",
    f.service,
    "--gen2",
    `--runtime=${RUNTIME}`,
    `--region=${o.region}`,
    `--source=${join(o.sourceDir, f.name)}`,
    `--entry-point=${f.name}`,
    ...trigger,
    ...serviceFlags(f, o),
  ];
}

/**
 * The report function as a Cloud Run service from its built folder, where the
 * deploy script has put deploy/report-pdf/Dockerfile: Cloud Build builds the
 * image (node:22 with LibreOffice) as the build account, and the service runs
 * the same bundle under the functions framework, with the same account,
 * memory, CPU, limits and variables as the function it replaces.
 */
function deployImage(f: FunctionSpec, o: DeployOptions): string[] {
  return ["gcloud", "run", "deploy", f.service, `--source=${join(o.sourceDir, f.name)}`, `--region=${o.region}`, ...serviceFlags(f, o)];
}

/** What a function and the service that replaces it share: no anonymous callers, the accounts, variables, secret, resources and limits. */
function serviceFlags(f: FunctionSpec, o: DeployOptions): string[] {
  return [
    "--no-allow-unauthenticated",
    `--service-account=${sa(f.account, o.project)}`,
    `--build-service-account=projects/${o.project}/serviceAccounts/${sa(BUILD_ACCOUNT, o.project)}`,
    `--env-vars-file=${o.envFile}`,
    ...(f.mail && o.smtpSecret ? [`--set-secrets=LAGESBILD_SMTP_PASSWORD=${o.smtpSecret}:latest`] : []),
    `--memory=${f.memory}`,
    ...(f.cpu ? [`--cpu=${f.cpu}`] : []),
    `--concurrency=${CONCURRENCY}`,
    `--max-instances=${f.maxInstances}`,
    `--timeout=${f.timeout}`,
    `--project=${o.project}`,
  ];
}

/** A command as a shell line, for the dry run and for people to copy. */
export function shellLine(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
}
