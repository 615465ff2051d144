/** Every smoke check, in the order they run; each a small function of its own. */
import { gcsClient, STORAGE_READ_WRITE_SCOPE } from "../../src/sinks/gcs/gcs-client.ts";
import { DRIVE_FILE_SCOPE, driveReportStore } from "../../src/sinks/report-store/drive-report-store.ts";
import { denialOf, parseGoogleError } from "../../src/shared/google-error.ts";
import { METADATA_FIELDS } from "../../src/sources/google/responses.ts";
import { SHEETS_READONLY_SCOPE } from "../../src/sources/google/scopes.ts";
import { quotedSheetRange } from "../../src/sources/google/spreadsheet-ref.ts";
import { cellFromSheets } from "../../src/sources/google/values-to-raw.ts";
import { fail, pass, type SmokeAccount, type SmokeCheck, type SmokeContext } from "./check.ts";

const SHEETS = "https://sheets.googleapis.com/";
const OAUTH = "https://oauth2.googleapis.com/";

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

async function rawGet(
  ctx: SmokeContext,
  as: SmokeAccount,
  scope: string,
  root: string,
  path: string,
  query: [string, string][] = [],
): Promise<Raw> {
  const url = new URL(path, ctx.rootUrl ?? root);
  for (const [k, v] of query) url.searchParams.append(k, v);
  const auth = await ctx.auth(as, scope);
  const response = await fetch(url, { headers: await auth.getRequestHeaders(url) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  const headers: Record<string, string> = {};
  for (const name of ["retry-after", "content-type", "www-authenticate"]) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: response.status, headers, body };
}

const metadata = (ctx: SmokeContext, id: string, as: SmokeAccount = "lagesbild-validate") =>
  rawGet(ctx, as, SHEETS_READONLY_SCOPE, SHEETS, `v4/spreadsheets/${id}`, [
    ["fields", METADATA_FIELDS],
    ["includeGridData", "false"],
  ]);

const batchGet = (ctx: SmokeContext, id: string, titles: readonly string[], as: SmokeAccount = "lagesbild-validate") =>
  rawGet(ctx, as, SHEETS_READONLY_SCOPE, SHEETS, `v4/spreadsheets/${id}/values:batchGet`, [
    ...titles.map((t): [string, string] => ["ranges", quotedSheetRange(t)]),
    ["valueRenderOption", "UNFORMATTED_VALUE"],
    ["dateTimeRenderOption", "SERIAL_NUMBER"],
    ["majorDimension", "ROWS"],
  ]);

type Sheet = { properties?: { title?: string; hidden?: boolean; sheetType?: string }; merges?: unknown[] };
const sheetsOf = (raw: Raw): Sheet[] =>
  ((raw.body as { sheets?: Sheet[] }).sheets ?? []).filter((s) => (s.properties?.sheetType ?? "GRID") === "GRID");
const titlesOf = (raw: Raw): string[] => sheetsOf(raw).map((s) => s.properties?.title ?? "");

function refused(raw: Raw, what: string): string {
  const info = parseGoogleError(raw.body, raw.status);
  return `${what}: HTTP ${raw.status} ${info.status ?? ""} ${info.reasons.join(",")} (${denialOf(info).kind}): ${info.message ?? ""}`.replace(
    /\s+/g,
    " ",
  );
}

/** Reads one spreadsheet as the validate account and records both answers. */
async function readAndRecord(ctx: SmokeContext, id: string, label: string) {
  const meta = await metadata(ctx, id);
  await ctx.record(`recorded-sheets-get-${label}`, { api: "sheets", call: "spreadsheets.get", ...meta });
  if (meta.status !== 200) return { ok: false as const, line: refused(meta, `spreadsheets.get ${label}`) };
  const titles = titlesOf(meta);
  const values = await batchGet(ctx, id, titles);
  await ctx.record(`recorded-sheets-batchget-${label}`, { api: "sheets", call: "spreadsheets.values.batchGet", ...values });
  if (values.status !== 200) return { ok: false as const, line: refused(values, `values.batchGet ${label}`) };
  return { ok: true as const, meta, values, titles };
}

const shareTodo = (ctx: SmokeContext, id: string) =>
  `Dela kalkylarket ${id} med lagesbild-validate@${ctx.project}.iam.gserviceaccount.com (och de andra funktionskontona) som Läsare, och kontrollera att Google Sheets API är aktiverat i projektet.`;

const sheetsCentral: SmokeCheck = {
  id: "sheets-central",
  title: "spreadsheets.get och values.batchGet på det centrala kalkylarket (svaren sparas som fixturer)",
  as: "lagesbild-validate",
  async run(ctx) {
    const r = await readAndRecord(ctx, ctx.centralSpreadsheetId, "central");
    if (!r.ok) return fail(shareTodo(ctx, ctx.centralSpreadsheetId), r.line);
    return pass(`${r.titles.length} flikar lästa: ${r.titles.join(", ")}`);
  },
};

/** The first block spreadsheet named in Byggstenar, column Arbetsbok. */
async function firstBlockId(ctx: SmokeContext): Promise<string | undefined> {
  const values = await batchGet(ctx, ctx.centralSpreadsheetId, ["Byggstenar"]);
  const rows = ((values.body as { valueRanges?: { values?: unknown[][] }[] }).valueRanges?.[0]?.values ?? []) as unknown[][];
  const header = (rows[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const column = header.indexOf("arbetsbok");
  const ref = rows
    .slice(1)
    .map((r) => String(r[column] ?? "").trim())
    .find((v) => v !== "");
  return ref?.match(/[A-Za-z0-9_-]{20,}/)?.[0];
}

const sheetsBlock: SmokeCheck = {
  id: "sheets-block",
  title: "spreadsheets.get och values.batchGet på ett byggstenskalkylark (det första på Byggstenar)",
  as: "lagesbild-validate",
  async run(ctx) {
    const id = await firstBlockId(ctx);
    if (!id)
      return fail(
        "Fyll i kolumnen Arbetsbok på bladet Byggstenar med ett kalkylarks id eller adress.",
        "inget byggstenskalkylark hittades på Byggstenar",
      );
    const r = await readAndRecord(ctx, id, "block");
    if (!r.ok) return fail(shareTodo(ctx, id), r.line);
    return pass(`byggstenskalkylarket ${id}: ${r.titles.length} flikar`);
  },
};

const sheetsTestSpreadsheet: SmokeCheck = {
  id: "sheets-test-spreadsheet",
  title:
    "ett testkalkylark (--test-spreadsheet): dold flik, sammanfogade celler, titel med apostrof, =1/0, =NA(), kryssruta, datum, procent, tom flik",
  as: "lagesbild-validate",
  async run(ctx) {
    if (!ctx.testSpreadsheetId) return pass("hoppades över: ange --test-spreadsheet <id> för ett kalkylark med dessa fall");
    const r = await readAndRecord(ctx, ctx.testSpreadsheetId, "test");
    if (!r.ok) return fail(shareTodo(ctx, ctx.testSpreadsheetId), r.line);
    const sheets = sheetsOf(r.meta);
    const ranges = (r.values.body as { valueRanges?: { values?: unknown[][] }[] }).valueRanges ?? [];
    const cells = ranges.flatMap((vr) => (vr.values ?? []).flat());
    const seen = {
      "dold flik": sheets.some((s) => s.properties?.hidden === true),
      "sammanfogade celler": sheets.some((s) => (s.merges ?? []).length > 0),
      "titel med apostrof": r.titles.some((t) => t.includes("'")),
      "#DIV/0! som felcell": cells.some((c) => cellFromSheets(c)?.kind === "error" && c === "#DIV/0!"),
      "#N/A som felcell": cells.some((c) => cellFromSheets(c)?.kind === "error" && c === "#N/A"),
      "kryssruta som sant/falskt": cells.some((c) => typeof c === "boolean"),
      "datum och procent som tal":
        cells.filter((c) => typeof c === "number" && !Number.isInteger(c)).length > 0 ||
        cells.some((c) => typeof c === "number" && c > 40_000),
      "tom flik utan values": ranges.some((vr) => vr.values === undefined),
      "inget ”Loading...”": !cells.some((c) => c === "Loading..."),
    };
    const missing = Object.entries(seen)
      .filter(([, ok]) => !ok)
      .map(([what]) => what);
    const lines = Object.entries(seen).map(([what, ok]) => `${ok ? "ja" : "NEJ"}: ${what}`);
    return missing.length === 0
      ? pass(...lines)
      : fail(`Kontrollera testkalkylarket (eller lägesbilds läsning): ${missing.join(", ")}.`, ...lines);
  },
};

const sheetsTwiceInAMinute: SmokeCheck = {
  id: "sheets-quota",
  title: "två läsningar av varje kalkylark inom en minut (429 och Retry-After loggas)",
  as: "lagesbild-validate",
  async run(ctx) {
    const ids = [ctx.centralSpreadsheetId, ...[await firstBlockId(ctx)].filter((x): x is string => x !== undefined)];
    const lines: string[] = [];
    let limited = 0;
    for (let round = 1; round <= 2; round++) {
      for (const id of ids) {
        const raw = await metadata(ctx, id);
        if (raw.status === 429) {
          limited++;
          await ctx.record("recorded-sheets-429", { api: "sheets", call: "spreadsheets.get", ...raw });
          lines.push(`429 på ${id} (Retry-After: ${raw.headers["retry-after"] ?? "saknas"})`);
        }
      }
    }
    lines.unshift(`${ids.length * 2} läsningar, ${limited} svar 429`);
    return pass(...lines);
  },
};

const sheetsUnshared: SmokeCheck = {
  id: "sheets-unshared",
  title: "ett kalkylark som inte är delat med kontot (det råa 403-svaret loggas)",
  as: "lagesbild-validate",
  async run(ctx) {
    const id = "1lagesbildSmokeCheckNotSharedWithAnyone00000";
    const raw = await metadata(ctx, id);
    await ctx.record("recorded-sheets-unshared", { api: "sheets", call: "spreadsheets.get", ...raw });
    const line = `${refused(raw, "spreadsheets.get på ett odelat id")}; rått svar: ${JSON.stringify(raw.body).slice(0, 500)}`;
    return raw.status === 403 || raw.status === 404
      ? pass(line)
      : fail("Ett odelat kalkylark ska ge 403 eller 404; se det råa svaret.", line);
  },
};

const driveUpload: SmokeCheck = {
  id: "drive-upload",
  title: "en uppladdning till den konfigurerade Drive-mappen (200 med webViewLink)",
  as: "lagesbild-report",
  async run(ctx) {
    if (ctx.reports.kind !== "drive") return pass("hoppades över: rapporterna sparas i Cloud Storage");
    const auth = await ctx.auth("lagesbild-report", DRIVE_FILE_SCOPE);
    const store = driveReportStore({ auth, folderId: ctx.reports.folderId, ...(ctx.rootUrl ? { rootUrl: ctx.rootUrl } : {}) });
    try {
      const saved = await store.save({
        fileName: `lagesbild-smoke-${ctx.runId}.txt`,
        content: Buffer.from("lägesbild smoke check\n"),
        contentType: "text/plain",
      });
      return pass(`sparad som ${saved.fileName}: ${saved.link} (filen kan tas bort)`);
    } catch (error) {
      return fail((error as Error).message, "uppladdningen misslyckades");
    }
  },
};

function createOnlyTwice(as: SmokeAccount, where: () => (ctx: SmokeContext) => { bucket: string; prefix: string } | undefined): SmokeCheck {
  return {
    id: `gcs-create-only-${as}`,
    title: `Cloud Storage: samma objekt skapas två gånger med ifGenerationMatch=0 som ${as} (200, sedan 412)`,
    as,
    async run(ctx) {
      const place = where()(ctx);
      if (!place) return pass("hoppades över: ingen bucket för detta konto");
      const client = gcsClient({ auth: await ctx.auth(as, STORAGE_READ_WRITE_SCOPE), ...(ctx.rootUrl ? { rootUrl: ctx.rootUrl } : {}) });
      const name = [place.prefix, `smoke/${ctx.runId}-${as}`].filter(Boolean).join("/");
      try {
        const first = await client.insert(place.bucket, name, Buffer.from("1"), { contentType: "text/plain", ifGenerationMatch: 0 });
        const second = await client.insert(place.bucket, name, Buffer.from("2"), { contentType: "text/plain", ifGenerationMatch: 0 });
        const lines = [
          `första skrivningen: ${first.status}`,
          `andra skrivningen: ${second.status}${second.status === "precondition-failed" && second.refusedAsTaken ? " (403 i stället för 412: kontot får inte se objektet; lägesbild tolkar det som upptaget namn)" : ""}`,
        ];
        const ok = first.status === "written" && second.status === "precondition-failed";
        return ok ? pass(...lines) : fail("Skapa-bara-skrivningen beter sig inte som väntat; se raderna ovan.", ...lines);
      } catch (error) {
        return fail((error as Error).message, `gs://${place.bucket}/${name}`);
      }
    },
  };
}

const reportBucket = () => (ctx: SmokeContext) =>
  ctx.reports.kind === "gcs" ? { bucket: ctx.reports.bucket, prefix: ctx.reports.prefix } : undefined;
const stateBucket = () => (ctx: SmokeContext) => ctx.state;

const gcsMissingObject: SmokeCheck = {
  id: "gcs-missing-object",
  title: "Cloud Storage: läsning av ett objekt som inte finns (404, inte 403) som lagesbild-summary",
  as: "lagesbild-summary",
  async run(ctx) {
    const client = gcsClient({
      auth: await ctx.auth("lagesbild-summary", STORAGE_READ_WRITE_SCOPE),
      ...(ctx.rootUrl ? { rootUrl: ctx.rootUrl } : {}),
    });
    try {
      const data = await client.download(ctx.state.bucket, [ctx.state.prefix, `smoke/finns-inte-${ctx.runId}`].filter(Boolean).join("/"));
      return data === undefined
        ? pass("objektet fanns inte, som väntat")
        : fail("Ett objekt som inte ska finnas fanns.", "oväntat innehåll");
    } catch (error) {
      return fail(`${(error as Error).message}. Ge lagesbild-summary rollen roles/storage.objectUser på gs://${ctx.state.bucket}.`);
    }
  },
};

/** The scopes a token really carries, from Google's tokeninfo. */
function tokenScopes(as: SmokeAccount, scope: string): SmokeCheck {
  return {
    id: `token-scopes-${as}`,
    title: `behörigheterna (scopes) som ${as}s token faktiskt bär`,
    as,
    async run(ctx) {
      const auth = await ctx.auth(as, scope);
      const token = (await auth.getAccessToken()).token ?? "";
      const raw = await rawGet(ctx, as, scope, OAUTH, "tokeninfo", [["access_token", token]]);
      const scopes = String((raw.body as { scope?: unknown }).scope ?? "")
        .split(/\s+/)
        .filter(Boolean);
      const email = String((raw.body as { email?: unknown }).email ?? "okänd");
      const line = `${email}: ${scopes.join(" ") || "inga"}`;
      return scopes.includes(scope) || scopes.includes("https://www.googleapis.com/auth/cloud-platform")
        ? pass(line)
        : fail(`Token saknar ${scope}: kontrollera hur funktionen ber om behörighet.`, line);
    },
  };
}

export const SMOKE_CHECKS: readonly SmokeCheck[] = [
  sheetsCentral,
  sheetsBlock,
  sheetsTestSpreadsheet,
  sheetsTwiceInAMinute,
  sheetsUnshared,
  driveUpload,
  createOnlyTwice("lagesbild-report", reportBucket),
  createOnlyTwice("lagesbild-summary", stateBucket),
  gcsMissingObject,
  tokenScopes("lagesbild-validate", SHEETS_READONLY_SCOPE),
  tokenScopes("lagesbild-report", DRIVE_FILE_SCOPE),
  tokenScopes("lagesbild-summary", STORAGE_READ_WRITE_SCOPE),
];
