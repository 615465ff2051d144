/**
 * The composition root of the command line and the functions alike: the
 * configuration, checked once (when a function's instance starts, when a
 * command begins), and the ports the use cases take, built from it on demand
 * (each adapter loaded only when a path needs it). A caller passes the
 * builders it uses; the configuration parts follow from them, and the bundle
 * of a function holds no adapter it cannot use.
 */
import type { Outlines } from "../report/outline/load-outline.ts";
import type { FigureText } from "../sinks/pdf/figure-alt-texts.ts";
import type { PdfFile } from "../sinks/pdf/report-pdf.ts";
import type { ReportFile, ReportStore } from "../sinks/report-store/report-store.ts";
import type { MailTransport } from "../sinks/mail/mail-transport.ts";
import type { WorkbookSource } from "../sources/workbook-source.ts";
import type { StateStore } from "../state/state-store.ts";
import { ConfigError } from "../shared/errors.ts";
import { PdfConversionError } from "../sinks/pdf/pdf-conversion-error.ts";
import type { buildReportStore } from "./adapters/build-report-store.ts";
import type { buildSource } from "./adapters/build-source.ts";
import type { buildStateStore } from "./adapters/build-state-store.ts";
import type { buildPdf } from "./adapters/build-pdf.ts";
import type { buildTransport } from "./adapters/build-transport.ts";
import { cachedGoogleAuth } from "./adapters/google-auth.ts";
import { loadConfig, type AppConfig, type ConfigFlags, type Env, type AppMailConfig } from "./config.ts";
import { jsonLogger, type Logger } from "./log.ts";
import { CONFIG_PARTS, type ConfigPart } from "./variables.ts";

/** The builders a caller uses, one per configuration part. */
export interface Adapters {
  readonly source?: typeof buildSource;
  readonly reports?: typeof buildReportStore;
  readonly state?: typeof buildStateStore;
  readonly mail?: typeof buildTransport;
  /** Only for the callers that make the report's PDF. */
  readonly pdf?: typeof buildPdf;
}

/** What the use cases reach the outside world through. */
export interface Ports {
  readonly config: AppConfig;
  readonly log: Logger;
  /** A fresh source for one invocation; the caller closes it. */
  openSource(): Promise<WorkbookSource>;
  reportStore(): Promise<ReportStore>;
  stateStore(): Promise<StateStore>;
  /** A fresh transport for one invocation; the caller closes it. */
  openTransport(): Promise<MailTransport>;
  /** The mail settings; only for functions that asked for the `mail` part. */
  mail(): AppMailConfig;
  /** The delrapport's and the slutrapport's outlines. */
  outlines(): Promise<Outlines>;
  /** The report as its tagged PDF; throws PdfConversionError when LibreOffice is missing, fails or is too slow. */
  toPdf(docx: ReportFile, figures: readonly FigureText[]): Promise<PdfFile>;
}

export interface PortOptions {
  readonly log?: Logger;
  /** The command line's flags, laid over the environment. */
  readonly flags?: ConfigFlags;
  /** Where the report goes instead of the configured store (the command line's `--out`). */
  readonly reportStore?: () => Promise<ReportStore>;
}

/**
 * The ports of one function or command. Throws ConfigError (after logging it
 * as CRITICAL) when the configuration is wrong, so an instance with a bad
 * configuration never starts serving.
 */
export function createPorts(env: Env, adapters: Adapters, options: PortOptions = {}): Ports {
  const log = options.log ?? jsonLogger();
  const parts = CONFIG_PARTS.filter((part) => adapters[part] !== undefined);
  let config: AppConfig;
  try {
    config = loadConfig(env, parts, options.flags);
  } catch (error) {
    if (error instanceof ConfigError) log.log("CRITICAL", "invalid configuration", { problems: error.problems });
    throw error;
  }
  const auth = cachedGoogleAuth();
  const root = config.googleRootUrl;
  const once = <T>(make: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () =>
      (value ??= make().catch((error: unknown) => {
        value = undefined;
        throw error;
      }));
  };
  const need = <T>(value: T | undefined, part: ConfigPart): T => {
    if (value === undefined) throw new Error(`the function was not given the "${part}" adapter`);
    return value;
  };

  return {
    config,
    log,
    openSource: () => need(adapters.source, "source")(need(config.source, "source"), auth),
    reportStore: once(options.reportStore ?? (() => need(adapters.reports, "reports")(need(config.reports, "reports"), auth, root))),
    stateStore: once(() => need(adapters.state, "state")(need(config.state, "state"), auth, root)),
    openTransport: () => need(adapters.mail, "mail")(need(config.mail, "mail"), auth, root),
    mail: () => need(config.mail, "mail"),
    outlines: once(async () => {
      const { loadOutlines } = await import("../report/outline/load-outline.ts");
      return loadOutlines();
    }),
    toPdf: async (docx, figures) => {
      if (!adapters.pdf) throw new PdfConversionError("Den här funktionen gör ingen PDF (bara report gör det).");
      return adapters.pdf(config.pdf, env)(docx, figures);
    },
  };
}
