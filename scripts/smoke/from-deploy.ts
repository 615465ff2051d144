/** `npm run deploy -- --smoke`: the smoke checks for the deployed project, as each function's service account. */
import type { DeployOptions } from "../deploy-plan.ts";
import { SMOKE_CHECKS } from "./checks.ts";
import { deploymentChecks, describeDeploymentChecks, realGcloud } from "./deployment.ts";
import { describeChecks, fixtureRecorder, impersonatingAuth, runSmoke, sayOutcome } from "./run-smoke.ts";

export async function smoke(
  options: DeployOptions,
  args: { readonly central: string; readonly recordDir: string; readonly testSpreadsheet?: string },
  dryRun: boolean,
): Promise<number> {
  if (dryRun) {
    console.log("# Provkörning av rökkontrollen: inget anropas. Kontrollerna, i ordning:");
    for (const line of describeDeploymentChecks()) console.log(`-  ${line}`);
    for (const line of describeChecks(SMOKE_CHECKS)) console.log(line);
    console.log(
      `# Svaren sparas som fixturer i ${args.recordDir}. Du behöver rollen roles/iam.serviceAccountTokenCreator på funktionernas tjänstekonton.`,
    );
    return 0;
  }
  // First that the deployment answers, as the deployer: validate with an identity token, and the scheduler jobs.
  const deployed = await deploymentChecks(
    { project: options.project, region: options.region, schedulerLocation: options.schedulerLocation },
    realGcloud,
  );
  for (const c of deployed) sayOutcome((line) => console.log(line), `[${c.id}] som du: ${c.title}`, c.outcome);
  const runId = new Date().toISOString().replace(/[:.]/g, "-");
  const results = await runSmoke(
    {
      project: options.project,
      centralSpreadsheetId: args.central,
      reports:
        options.reports.kind === "drive"
          ? { kind: "drive", folderId: options.reports.folderId }
          : { kind: "gcs", bucket: options.reports.bucket, prefix: options.reports.prefix },
      state: { bucket: options.state.bucket, prefix: options.state.prefix },
      ...(args.testSpreadsheet ? { testSpreadsheetId: args.testSpreadsheet } : {}),
      auth: impersonatingAuth(options.project),
      record: fixtureRecorder(args.recordDir, options.project, () => new Date().toISOString()),
      runId,
    },
    SMOKE_CHECKS,
    (line) => console.log(line),
  );
  return deployed.every((c) => c.outcome.ok) && results.every((r) => r.outcome.ok) ? 0 : 1;
}
