import { stat } from "node:fs/promises";
import type { CentralRows } from "../validation/checks/all-rows.ts";
import { readCentralStage } from "../validation/validate-source.ts";
import { folderSource } from "../sources/xlsx/folder-source.ts";
import { dryRunAdmin } from "../provision/dry-run-admin.ts";
import { setUpBlocks, setUpCentral, type SetUpResult } from "../provision/set-up.ts";
import type { MadeSpreadsheet, SpreadsheetAdmin } from "../provision/spreadsheet-admin.ts";
import { spreadsheetIdOf, spreadsheetUrl } from "../sources/google/spreadsheet-ref.ts";
import type { WorkbookSource } from "../sources/workbook-source.ts";
import { UsageError } from "../shared/errors.ts";

export interface SetUpSpreadsheetsRequest {
  readonly blocks: boolean;
  readonly dryRun: boolean;
  readonly folderId?: string;
  /** A folder whose filled-in central.xlsx a dry run of `--blocks` plans from. */
  readonly dir?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Use case: the spreadsheets set up in Google Sheets as the coordinator (what
 * `init --gsheets` runs): the central one, or with `blocks` each block's from
 * the filled-in central one. A dry run calls nobody.
 */
export async function setUpSpreadsheets(options: SetUpSpreadsheetsRequest): Promise<SetUpResult> {
  const admin = options.dryRun ? dryRunAdmin() : await coordinatorAdmin(options.env);
  const folder = options.folderId ? { folderId: options.folderId } : {};
  try {
    if (!options.blocks) return await setUpCentral(admin, folder);
    const { central, rows } = options.dryRun ? await centralFromFolder(options.dir) : await centralFromGoogle(admin, options);
    return await setUpBlocks(admin, { central, rows, ...folder });
  } catch (error) {
    throw googleRefusal(error, options.folderId) ?? error;
  }
}

/** Google's answer when it refused the coordinator, said so that they can act on it; undefined for anything else. */
function googleRefusal(error: unknown, folderId: string | undefined): UsageError | undefined {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== "number") return undefined;
  const google = (error as Error).message.replace(/\.$/, "");
  const login =
    "Logga in med rätt omfattning: gcloud auth application-default login --scopes=openid,https://www.googleapis.com/auth/userinfo.email,https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/drive.file";
  const hint =
    status === 401 || status === 403
      ? ` Kontrollera att Sheets- och Drive-API:erna är aktiverade i projektet och att ditt konto får skapa filer${folderId ? ` i mappen ${folderId}` : ""}. ${login}`
      : status === 404 && folderId
        ? ` Mappen ${folderId} finns inte eller syns inte för ditt konto.`
        : "";
  return new UsageError(`Google svarade ${status}: ${google}.${hint}`);
}

async function coordinatorAdmin(env: Readonly<Record<string, string | undefined>>): Promise<SpreadsheetAdmin> {
  const { googleSpreadsheetAdmin } = await import("../provision/google-spreadsheet-admin.ts");
  const { setUpClients } = await import("../provision/google-clients.ts");
  const rootUrl = env["LAGESBILD_GOOGLE_ROOT_URL"]?.trim();
  return googleSpreadsheetAdmin(setUpClients(rootUrl ? { rootUrl } : {}));
}

async function centralFromFolder(dir: string | undefined): Promise<{ central: MadeSpreadsheet; rows: CentralRows }> {
  if (!dir)
    throw new UsageError(
      "En torrkörning av --blocks läser den ifyllda central.xlsx: ange mappen, t.ex. lagesbild init examples/delrapport-1 --gsheets --blocks --dry-run.",
    );
  if (!(await stat(dir).catch(() => undefined))?.isDirectory())
    throw new UsageError(`${dir} är ingen mapp. Ange mappen där central.xlsx ligger.`);
  const rows = await readCentralRows(folderSource(dir), `${dir}/central.xlsx`);
  return { central: { id: "den-centrala", url: "(den centrala arbetsboken)" }, rows };
}

async function centralFromGoogle(
  admin: SpreadsheetAdmin,
  options: SetUpSpreadsheetsRequest,
): Promise<{ central: MadeSpreadsheet; rows: CentralRows }> {
  const configured = options.env["LAGESBILD_CENTRAL_SPREADSHEET"]?.trim();
  const id = configured ? spreadsheetIdOf(configured) : (await admin.findCentral(options.folderId))?.id;
  if (!id) {
    throw new UsageError(
      "Hittar inget centralt kalkylark. Kör först lagesbild init --gsheets, fyll i bladet Byggstenar och sätt LAGESBILD_CENTRAL_SPREADSHEET till kalkylarkets id eller adress.",
    );
  }
  const { googleSourceFromConfig } = await import("../sources/google/from-config.ts");
  const { loadGoogleConfig, GOOGLE_ENV } = await import("../config/google.ts");
  const source = googleSourceFromConfig(loadGoogleConfig({ ...options.env, [GOOGLE_ENV.central]: id }));
  return { central: { id, url: spreadsheetUrl(id) }, rows: await readCentralRows(source, `det centrala kalkylarket ${id}`) };
}

async function readCentralRows(source: WorkbookSource, where: string): Promise<CentralRows> {
  const stage = readCentralStage(await source.readCentral().finally(() => source.close()));
  if (!stage.info.readable) throw new UsageError(`${where} kunde inte läsas. Kör lagesbild validate för att se varför.`);
  if (stage.rows.blocks.length === 0) throw new UsageError(`${where} har inga rader på bladet Byggstenar: fyll i byggstenarna först.`);
  return stage.rows;
}
