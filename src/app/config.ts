/**
 * The one configuration of the program, for the command line and the
 * functions alike: read once from the environment, checked with zod, with the
 * command line's flags laid over it. Each caller names the parts it needs, so
 * a function is not held up by settings (or secrets) only another one uses.
 * Every wrong setting is named in one error; see variables.ts for the list.
 */
import { dirname, join } from "node:path";
import { z } from "zod";
import { loadGoogleConfig, type GoogleConfig } from "../config/google.ts";
import { loadMailConfig, TRANSPORTS, type MailConfig, type TransportName } from "../config/mail.ts";
import { ConfigError } from "../shared/errors.ts";
import { DEFAULT_PDF_TIMEOUT_MS } from "../sinks/pdf/default-timeout.ts";
import type { ConfigPart } from "./variables.ts";
import { appendAll } from "../collections/append-all.ts";

export type Env = Readonly<Record<string, string | undefined>>;

export type SourceConfig = { readonly kind: "gsheets"; readonly google: GoogleConfig } | { readonly kind: "folder"; readonly dir: string };
export type ReportStoreConfig =
  | { readonly kind: "local"; readonly dir: string }
  | { readonly kind: "drive"; readonly folderId: string }
  | { readonly kind: "gcs"; readonly bucket: string; readonly prefix: string };
export type StateConfig =
  | { readonly kind: "local"; readonly dir: string }
  | { readonly kind: "gcs"; readonly bucket: string; readonly prefix: string };

export interface AppMailConfig {
  readonly transport: TransportName;
  readonly outboxDir: string;
  readonly settings: MailConfig;
  readonly draftAttachMaxBytes: number;
  readonly reportLink?: string;
  readonly web: WebConfig;
}

/** Where the weekly lägesbild's web pages go, and the address readers open them at. */
export interface WebConfig {
  /** A folder for the pages; without it they go to the report store, when the caller has one. */
  readonly dir?: string;
  /** The http(s) address the folder or store is published at; the e-mails link the pages there. */
  readonly baseUrl?: string;
}

/** The tagged PDF beside the report (LibreOffice headless). */
export interface PdfConfig {
  /** Every report is also stored as PDF (the command line's `--pdf` sets it per run). */
  readonly always: boolean;
  readonly timeoutMs: number;
}

export interface AppConfig {
  readonly googleRootUrl?: string;
  readonly pdf: PdfConfig;
  readonly source?: SourceConfig;
  readonly reports?: ReportStoreConfig;
  readonly state?: StateConfig;
  readonly mail?: AppMailConfig;
}

/**
 * The command line's flags: each replaces the variable it names. They are
 * checked here too, so a wrong flag and a wrong variable are named together.
 */
export interface ConfigFlags {
  /** The source argument: a folder, `gsheets` or `gsheets:<id or address>` (LAGESBILD_SOURCE). */
  readonly source?: string;
  /** `--transport` (LAGESBILD_MAIL_TRANSPORT). */
  readonly transport?: string;
  /** `--outbox` (LAGESBILD_OUTBOX_DIR). */
  readonly outboxDir?: string;
  /** `--state` (LAGESBILD_STATE). */
  readonly stateDir?: string;
  /** `--report-link`: a path or an address (LAGESBILD_REPORT_LINK, which must be https). */
  readonly reportLink?: string;
  /** `--pdf` (LAGESBILD_REPORT_PDF). */
  readonly pdf?: boolean;
  /** `--web` (LAGESBILD_WEB_DIR). */
  readonly webDir?: string;
  /** Without `--web` and LAGESBILD_WEB_DIR, the pages go to a folder `web` beside the outbox (the command line). */
  readonly webBesideOutbox?: boolean;
}

const GS = /^gs:\/\/([a-z0-9][a-z0-9._-]{1,220}[a-z0-9])(?:\/(.*))?$/;
const DRIVE = /^drive:([A-Za-z0-9_-]{10,})$/;

/** Unset and empty are the same: an empty variable in a deployment is as good as none. */
const optionalText = () =>
  z
    .string()
    .optional()
    .transform((v): string | undefined => (v?.trim() ? v.trim() : undefined));
const text = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v): string => (v?.trim() ? v.trim() : fallback));

const attachLimit = text("5000000")
  .refine((v) => /^\d+$/.test(v) && Number(v) <= 20_000_000, { error: "ska vara ett antal byte från 0 till 20000000." })
  .transform(Number);

const schema = z.object({
  LAGESBILD_SOURCE: text("gsheets"),
  LAGESBILD_GOOGLE_ROOT_URL: optionalText().refine((v) => v === undefined || (/^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v)), {
    error: "ska vara en adress som börjar med http:// eller https://.",
  }),
  LAGESBILD_REPORT_STORE: text("out/rapporter").refine((v) => !/^(drive|gs):/.test(v) || DRIVE.test(v) || GS.test(v), {
    error: "ska vara drive:<mappens id>, gs://<bucket>/<prefix> eller en mapp.",
  }),
  LAGESBILD_STATE: text("out/state").refine((v) => !/^(drive|gs):/.test(v) || GS.test(v), {
    error: "ska vara gs://<bucket>/<prefix> eller en mapp.",
  }),
  LAGESBILD_MAIL_TRANSPORT: text("outbox").pipe(z.enum(TRANSPORTS, { error: `ska vara ${TRANSPORTS.join(", ")}.` })),
  LAGESBILD_OUTBOX_DIR: text("out/outbox"),
  LAGESBILD_DRAFT_ATTACH_MAX_BYTES: attachLimit,
  LAGESBILD_REPORT_PDF: text("off").pipe(z.enum(["on", "off"], { error: "ska vara on eller off." })),
  // Read where LibreOffice is looked for (find-soffice.ts); named here so a wrong one is caught with the rest.
  LAGESBILD_SOFFICE: optionalText(),
  LAGESBILD_PDF_TIMEOUT_MS: text(String(DEFAULT_PDF_TIMEOUT_MS))
    .refine((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) <= 3_600_000, {
      error: "ska vara ett positivt heltal (millisekunder), högst 3600000.",
    })
    .transform(Number),
  LAGESBILD_REPORT_LINK: optionalText().refine((v) => v === undefined || /^https:\/\/\S+$/.test(v), { error: "ska vara en https-adress." }),
  LAGESBILD_WEB_DIR: optionalText(),
  LAGESBILD_WEB_BASE_URL: optionalText().refine((v) => v === undefined || (/^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v)), {
    error: "ska vara en adress som börjar med http:// eller https://.",
  }),
});

/**
 * Reads and checks the parts of the configuration a caller needs from an
 * environment (`process.env` at the edge, a plain object in tests), with the
 * command line's flags over it. Throws a ConfigError naming every problem at once.
 */
export function loadConfig(env: Env, parts: readonly ConfigPart[], flags: ConfigFlags = {}): AppConfig {
  const problems: string[] = [];
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  const want = new Set(parts);
  const config: { -readonly [K in keyof AppConfig]: AppConfig[K] } = {
    pdf: { always: flags.pdf ?? v.LAGESBILD_REPORT_PDF === "on", timeoutMs: v.LAGESBILD_PDF_TIMEOUT_MS },
  };
  if (v.LAGESBILD_GOOGLE_ROOT_URL) config.googleRootUrl = v.LAGESBILD_GOOGLE_ROOT_URL;
  const source = want.has("source") ? collect(problems, () => sourceConfig(flags.source ?? v.LAGESBILD_SOURCE, env)) : undefined;
  if (source) config.source = source;
  if (want.has("reports")) config.reports = reportStoreConfig(v.LAGESBILD_REPORT_STORE);
  if (want.has("state")) config.state = stateConfig(flags.stateDir ?? v.LAGESBILD_STATE);
  if (want.has("mail")) {
    const transport = flags.transport === undefined ? v.LAGESBILD_MAIL_TRANSPORT : transportFlag(problems, flags.transport);
    const settings = transport && collect(problems, () => loadMailConfig(env, transport));
    const reportLink = flags.reportLink ?? v.LAGESBILD_REPORT_LINK;
    const outboxDir = flags.outboxDir ?? v.LAGESBILD_OUTBOX_DIR;
    const webDir = flags.webDir ?? v.LAGESBILD_WEB_DIR ?? (flags.webBesideOutbox ? join(dirname(outboxDir), "web") : undefined);
    if (transport && settings) {
      config.mail = {
        transport,
        outboxDir,
        settings,
        draftAttachMaxBytes: v.LAGESBILD_DRAFT_ATTACH_MAX_BYTES,
        ...(reportLink ? { reportLink } : {}),
        web: { ...(webDir ? { dir: webDir } : {}), ...(v.LAGESBILD_WEB_BASE_URL ? { baseUrl: v.LAGESBILD_WEB_BASE_URL } : {}) },
      };
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function transportFlag(problems: string[], value: string): TransportName | undefined {
  const name = TRANSPORTS.find((t) => t === value);
  if (!name) problems.push(`--transport ska vara ${TRANSPORTS.join(", ")}, inte ”${value}”.`);
  return name;
}

/** Runs a sub-loader, moving its problems into `problems` rather than stopping at the first. */
function collect<T>(problems: string[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) {
      appendAll(problems, error.problems);
      return undefined;
    }
    throw error;
  }
}

function sourceConfig(value: string, env: Env): SourceConfig {
  const google = /^gsheets(?::(.+))?$/.exec(value);
  if (!google) return { kind: "folder", dir: value };
  return { kind: "gsheets", google: loadGoogleConfig(google[1] ? { ...env, LAGESBILD_CENTRAL_SPREADSHEET: google[1] } : env) };
}

function reportStoreConfig(value: string): ReportStoreConfig {
  const drive = DRIVE.exec(value);
  if (drive) return { kind: "drive", folderId: drive[1]! };
  const gs = GS.exec(value);
  if (gs) return { kind: "gcs", bucket: gs[1]!, prefix: gs[2] ?? "" };
  return { kind: "local", dir: value };
}

function stateConfig(value: string): StateConfig {
  const gs = GS.exec(value);
  return gs ? { kind: "gcs", bucket: gs[1]!, prefix: gs[2] ?? "" } : { kind: "local", dir: value };
}
