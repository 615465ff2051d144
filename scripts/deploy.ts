/**
 * Deploys lägesbild to Google Cloud with gcloud.
 *   npm run deploy -- --project P [--region europe-north1] [--env-file lagesbild.env.yaml]
 *                     [--invoker group:lagesbild@tillvaxtverket.se]… [--smtp-secret lagesbild-smtp-password]
 *                     [--scheduler-location R] [--report-pdf] [--dry-run]
 *   npm run deploy -- --project P --smoke [--test-spreadsheet ID] [--record-dir D] [--dry-run]
 * The env file holds the functions' variables (see the README table) except
 * the SMTP password, which goes to Secret Manager. `--dry-run` prints the
 * commands and runs nothing; otherwise the functions are built and each
 * command is run in turn (creation steps are skipped for what exists).
 */
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { type AppConfig, loadConfig } from "../src/app/config.ts";
import { ConfigError } from "../src/shared/errors.ts";
import { CONFIG_PARTS } from "../src/app/variables.ts";
import { deployPlan, FUNCTIONS, shellLine, TRIGGER_ACCOUNT, type DeployOptions, type DeployStep } from "./deploy-plan.ts";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Wrong arguments or a configuration that cannot run in Cloud Run; the message says what to change. */
export class DeployError extends Error {
  override readonly name = "DeployError";
}

export interface Deployment {
  readonly options: DeployOptions;
  readonly steps: readonly DeployStep[];
  /** What the operator still does by hand, in order. */
  readonly notes: readonly string[];
}

/** The deployment the arguments and the env file describe; throws DeployError naming every problem. */
export async function planDeployment(
  argv: readonly string[],
): Promise<
  Deployment & { readonly dryRun: boolean; readonly smoke: { central: string; recordDir: string; testSpreadsheet?: string } | undefined }
> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      project: { type: "string" },
      region: { type: "string", default: "europe-north1" },
      "scheduler-location": { type: "string" },
      "env-file": { type: "string", default: "lagesbild.env.yaml" },
      invoker: { type: "string", multiple: true, default: [] },
      "smtp-secret": { type: "string", default: "lagesbild-smtp-password" },
      "dry-run": { type: "boolean", default: false },
      "report-pdf": { type: "boolean", default: false },
      smoke: { type: "boolean", default: false },
      "test-spreadsheet": { type: "string" },
      "record-dir": { type: "string", default: join("test", "fixtures", "google", "recorded") },
    },
    strict: true,
  });
  if (!values.project || !/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(values.project))
    throw new DeployError("Ange projektet med --project <projekt-id>.");
  const envFile = values["env-file"];
  const env = await readEnvFile(envFile);
  const config = cloudConfig(env);
  const options: DeployOptions = {
    project: values.project,
    region: values.region,
    schedulerLocation: values["scheduler-location"] ?? values.region,
    envFile,
    state: config.state,
    reports: config.reports,
    ...(config.smtpPassword ? { smtpSecret: values["smtp-secret"] } : {}),
    invokers: values.invoker,
    sourceDir: join("dist", "functions"),
    ...(values["report-pdf"] ? { reportPdf: true } : {}),
  };
  const central = env["LAGESBILD_CENTRAL_SPREADSHEET"]?.match(/[A-Za-z0-9_-]{20,}/)?.[0] ?? "";
  return {
    options,
    steps: deployPlan(options),
    notes: notesFor(options, env),
    dryRun: values["dry-run"],
    smoke: values.smoke
      ? { central, recordDir: values["record-dir"], ...(values["test-spreadsheet"] ? { testSpreadsheet: values["test-spreadsheet"] } : {}) }
      : undefined,
  };
}

async function readEnvFile(path: string): Promise<Record<string, string>> {
  let data: unknown;
  try {
    data = parse(await readFile(path, "utf8"));
  } catch (cause) {
    throw new DeployError(`Miljöfilen ${path} kunde inte läsas: ${(cause as Error).message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new DeployError(`${path} ska vara en YAML-tabell NAMN: "värde".`);
  const entries = Object.entries(data as Record<string, unknown>);
  const notText = entries.filter(([, v]) => typeof v !== "string").map(([k]) => k);
  if (notText.length > 0) throw new DeployError(`${path}: skriv värdena inom citattecken (gcloud kräver text): ${notText.join(", ")}.`);
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The checks a configuration must pass to run in Cloud Run, on top of the functions' own. */
function cloudConfig(env: Record<string, string>) {
  const problems: string[] = [];
  if (env["LAGESBILD_SMTP_PASSWORD"] !== undefined)
    problems.push("LAGESBILD_SMTP_PASSWORD hör inte hemma i miljöfilen: lösenordet läggs i Secret Manager.");
  if (env["LAGESBILD_GOOGLE_ROOT_URL"] !== undefined)
    problems.push("LAGESBILD_GOOGLE_ROOT_URL är till för tester och ska inte sättas i molnet.");
  if (env["LAGESBILD_SMTP_CA_FILE"] !== undefined)
    problems.push("LAGESBILD_SMTP_CA_FILE fungerar inte i Cloud Run: reläet behöver ett allmänt betrott certifikat.");
  const smtpPassword = Boolean(env["LAGESBILD_SMTP_USER"]?.trim());
  let config: AppConfig;
  try {
    config = loadConfig(smtpPassword ? { ...env, LAGESBILD_SMTP_PASSWORD: "(från Secret Manager)" } : env, CONFIG_PARTS);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new DeployError([...problems, ...error.problems].map((p) => `- ${p}`).join("\n"));
  }
  const { source, state, reports, mail } = config;
  if (source?.kind !== "gsheets") problems.push("LAGESBILD_SOURCE ska vara gsheets i molnet (en mapp finns inte där).");
  if (state?.kind !== "gcs")
    problems.push("LAGESBILD_STATE ska vara gs://<bucket>/<prefix> i molnet: en lokal mapp försvinner med instansen.");
  if (reports?.kind !== "drive" && reports?.kind !== "gcs")
    problems.push("LAGESBILD_REPORT_STORE ska vara drive:<mapp-id> eller gs://<bucket>/<prefix> i molnet.");
  if (mail?.transport !== "smtp") {
    problems.push(
      "LAGESBILD_MAIL_TRANSPORT ska vara smtp i molnet: utkorgen försvinner med instansen, och Gmail-API:t kräver en användare som ett tjänstekonto saknar.",
    );
  }
  if (problems.length > 0 || state?.kind !== "gcs" || (reports?.kind !== "drive" && reports?.kind !== "gcs")) {
    throw new DeployError(problems.map((p) => `- ${p}`).join("\n"));
  }
  return { state, reports, smtpPassword };
}

function notesFor(o: DeployOptions, env: Record<string, string>): string[] {
  const sa = (account: string) => `${account}@${o.project}.iam.gserviceaccount.com`;
  const readers = FUNCTIONS.map((f) => sa(f.account)).join(", ");
  const notes = [
    `Dela det centrala kalkylarket och varje byggstens kalkylark med ${readers} som Läsare (Viewer).`,
    ...(o.reports.kind === "drive"
      ? [
          `Lägg till ${sa("lagesbild-report")}, ${sa("lagesbild-report-draft")} och ${sa("lagesbild-summary")} som Bidragsgivare (Contributor) på Drive-mappen ${o.reports.folderId} (helst i en delad enhet).`,
        ]
      : []),
    ...(o.smtpSecret
      ? [
          `Lägg SMTP-lösenordet i Secret Manager (en gång, och när det byts): printf %s "$LOSENORD" | gcloud secrets versions add ${o.smtpSecret} --data-file=- --project=${o.project}`,
        ]
      : []),
    ...(o.invokers.length === 0
      ? ["Ingen --invoker angavs: ingen kan anropa report och validate förrän någon får rollen roles/run.invoker på dem."]
      : []),
    `Eventarc anropar summary och reportDraft som ${sa(TRIGGER_ACCOUNT)}.`,
  ];
  if (!env["LAGESBILD_MAIL_ALLOWED_DOMAINS"]) notes.push("LAGESBILD_MAIL_ALLOWED_DOMAINS saknas.");
  return notes;
}

/** Runs the steps with gcloud, in order; stops at the first that fails. */
function run(steps: readonly DeployStep[]): boolean {
  for (const step of steps) {
    let argv = step.argv;
    if (step.unless) {
      const exists = spawnSync(step.unless[0]!, step.unless.slice(1), { stdio: "ignore" }).status === 0;
      if (exists && !step.otherwise) {
        console.log(`# finns redan: ${shellLine(step.argv)}`);
        continue;
      }
      if (exists && step.otherwise) argv = step.otherwise;
    }
    console.log(`$ ${shellLine(argv)}`);
    if (spawnSync(argv[0]!, argv.slice(1), { stdio: step.required ? "ignore" : "inherit" }).status !== 0) {
      if (step.required) console.error(step.required);
      return false;
    }
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const plan = await planDeployment(process.argv.slice(2));
    if (plan.smoke) {
      const { smoke } = await import("./smoke/from-deploy.ts");
      process.exitCode = await smoke(plan.options, plan.smoke, plan.dryRun);
    } else if (plan.dryRun) {
      console.log(`# Provkörning: inget körs. Bygg först: npm run build:functions (i ${root})`);
      for (const step of plan.steps) {
        if (step.unless)
          console.log(
            `# om inte redan finns: ${shellLine(step.unless)}${step.otherwise ? `\n#   annars: ${shellLine(step.otherwise)}` : ""}`,
          );
        if (step.required) console.log("# måste lyckas:");
        console.log(shellLine(step.argv));
      }
    } else {
      const { addReportPdfImage, buildFunctions } = await import("./build-functions.ts");
      await buildFunctions(join(root, plan.options.sourceDir));
      if (plan.options.reportPdf) await addReportPdfImage(join(root, plan.options.sourceDir));
      if (!run(plan.steps)) process.exitCode = 1;
    }
    if (!plan.smoke) console.log(`\nKvar att göra för hand:\n${plan.notes.map((n) => `- ${n}`).join("\n")}`);
  } catch (error) {
    const badArgument = String((error as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");
    if (!(error instanceof DeployError) && !badArgument) throw error;
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
