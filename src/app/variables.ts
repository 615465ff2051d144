/**
 * Every environment variable the functions read, with its default and what it
 * does: the README table is this list, and a test checks that the
 * configuration reads exactly these.
 */

/** The parts of the configuration a function needs; each function loads only its own. */
export const CONFIG_PARTS = ["source", "reports", "state", "mail"] as const;
export type ConfigPart = (typeof CONFIG_PARTS)[number];

export interface VariableDoc {
  readonly name: string;
  /** The part that reads it; `google` ones only when the source is Google Sheets. */
  readonly part: ConfigPart | "google" | "all";
  readonly default: string;
  readonly description: string;
}

export const RUNTIME_VARIABLES: readonly VariableDoc[] = [
  {
    name: "LAGESBILD_SOURCE",
    part: "source",
    default: "`gsheets`",
    description:
      "Where the workbooks are: `gsheets` (Google Sheets, central spreadsheet below), `gsheets:<id or address>`, or a folder of .xlsx files (local runs).",
  },
  {
    name: "LAGESBILD_CENTRAL_SPREADSHEET",
    part: "google",
    default: "(required for Google Sheets)",
    description: "The central spreadsheet's id or address.",
  },
  { name: "LAGESBILD_GOOGLE_MAX_ATTEMPTS", part: "google", default: "6", description: "Tries per Sheets call, the first included (1–10)." },
  {
    name: "LAGESBILD_GOOGLE_RETRY_BUDGET_MS",
    part: "google",
    default: "180000",
    description:
      "Time allowed per spreadsheet, every try and wait included (waiting for the per-minute budget excluded); past a minute, so a 429 can wait for the refill.",
  },
  {
    name: "LAGESBILD_GOOGLE_BACKOFF_BASE_MS",
    part: "google",
    default: "1000",
    description: "First backoff cap; doubles per retry (full jitter).",
  },
  { name: "LAGESBILD_GOOGLE_BACKOFF_MAX_MS", part: "google", default: "32000", description: "Largest backoff cap." },
  {
    name: "LAGESBILD_GOOGLE_TIMEOUT_MS",
    part: "google",
    default: "20000",
    description: "Each Sheets call is abandoned (and retried) after this long.",
  },
  { name: "LAGESBILD_SHEETS_CONCURRENCY", part: "google", default: "4", description: "Spreadsheets read at once (1–10)." },
  {
    name: "LAGESBILD_SHEETS_READS_PER_MINUTE",
    part: "google",
    default: "60",
    description: "Sheets reads per minute for a whole run (10–3000): Google's quota per user; raise it only with the quota.",
  },
  {
    name: "LAGESBILD_GOOGLE_ROOT_URL",
    part: "all",
    default: "(unset)",
    description:
      "Another address for every Google API (Sheets, Drive, Cloud Storage, Gmail), e.g. a local test server. Unset in production.",
  },
  {
    name: "LAGESBILD_REPORT_PDF",
    part: "all",
    default: "`off`",
    description:
      "`on`: every stored report also gets its tagged PDF beside it (LibreOffice headless; in the cloud, the `report` function built from `deploy/report-pdf/Dockerfile`). The command line's `--pdf` sets it per run.",
  },
  {
    name: "LAGESBILD_SOFFICE",
    part: "all",
    default: "`soffice` on the PATH",
    description: "The LibreOffice program that makes the PDF.",
  },
  {
    name: "LAGESBILD_PDF_TIMEOUT_MS",
    part: "all",
    default: "120000",
    description: "How long one PDF conversion may take before LibreOffice is stopped (1–3600000 ms).",
  },
  {
    name: "LAGESBILD_REPORT_STORE",
    part: "reports",
    default: "`out/rapporter`",
    description:
      "Where built reports go: `drive:<folder id>` (a Drive folder shared with the function's service account), `gs://<bucket>/<prefix>`, or a local folder.",
  },
  {
    name: "LAGESBILD_STATE",
    part: "state",
    default: "`out/state`",
    description: "Where scheduled runs remember what they sent: `gs://<bucket>/<prefix>` (create-only writes), or a local folder.",
  },
  {
    name: "LAGESBILD_MAIL_TRANSPORT",
    part: "mail",
    default: "`outbox`",
    description: "How mail leaves: `outbox` (.eml files), `smtp` or `gmail`.",
  },
  {
    name: "LAGESBILD_OUTBOX_DIR",
    part: "mail",
    default: "`out/outbox`",
    description: "The folder of .eml files for the outbox transport.",
  },
  {
    name: "LAGESBILD_MAIL_FROM",
    part: "mail",
    default: "(required for smtp and gmail)",
    description: "The sender, e.g. `lägesbild <lagesbild@tillvaxtverket.se>`.",
  },
  {
    name: "LAGESBILD_MAIL_ALLOWED_DOMAINS",
    part: "mail",
    default: "(required for smtp and gmail)",
    description: "Domains recipients must be in, comma-separated; any other address is refused and reported.",
  },
  {
    name: "LAGESBILD_MAIL_EXTRA_RECIPIENTS",
    part: "mail",
    default: "(none)",
    description: "Addresses that get the weekly overview besides the sheet Mottagare.",
  },
  { name: "LAGESBILD_SMTP_HOST", part: "mail", default: "(required for smtp)", description: "The SMTP relay." },
  { name: "LAGESBILD_SMTP_PORT", part: "mail", default: "587 (465 with `tls`)", description: "The relay's port." },
  {
    name: "LAGESBILD_SMTP_SECURITY",
    part: "mail",
    default: "`starttls`",
    description: "`starttls` (required upgrade) or `tls` (from the first byte).",
  },
  { name: "LAGESBILD_SMTP_USER", part: "mail", default: "(none)", description: "SMTP user; set together with the password." },
  {
    name: "LAGESBILD_SMTP_PASSWORD",
    part: "mail",
    default: "(none)",
    description: "SMTP password. In Cloud Run it comes from Secret Manager (`--set-secrets`), never from the env file.",
  },
  {
    name: "LAGESBILD_SMTP_CA_FILE",
    part: "mail",
    default: "(none)",
    description: "A PEM file with an extra certificate authority, for an internal relay.",
  },
  { name: "LAGESBILD_GMAIL_USER", part: "mail", default: "`me`", description: "The Gmail account that sends (gmail transport)." },
  {
    name: "LAGESBILD_DRAFT_ATTACH_MAX_BYTES",
    part: "mail",
    default: "5000000",
    description:
      "reportDraft attaches the draft up to this size; a larger one is stored in the report store and linked instead. 0 always links.",
  },
  {
    name: "LAGESBILD_REPORT_LINK",
    part: "mail",
    default: "(none)",
    description: "A link to the latest report (e.g. the Drive folder) that the weekly summary shows.",
  },
  {
    name: "LAGESBILD_WEB_DIR",
    part: "mail",
    default: "(command line: `web` beside the outbox; functions: unset)",
    description:
      "A folder for the weekly lägesbild's web pages. Unset in a function, the pages are stored in the report store next to the reports.",
  },
  {
    name: "LAGESBILD_WEB_BASE_URL",
    part: "mail",
    default: "(none)",
    description:
      'The http(s) address the web pages\' folder (or a local report store) is published at; each e-mail links its page there ("Öppna i webbläsaren"). Without it only a Drive or Cloud Storage store links, by its own addresses.',
  },
];
