/**
 * The composition root of the functions: the configuration, validated once
 * when a function's instance starts, and the adapters built from it on
 * demand (each loaded only when its function takes a path that needs it).
 * A function passes the builders it uses; the configuration parts follow
 * from them, and the bundle of a function holds no adapter it cannot use.
 */
import type { Outline } from "../report/outline/outline.ts";
import type { ReportStore } from "../sinks/report-store/report-store.ts";
import type { MailTransport } from "../sinks/mail/mail-transport.ts";
import type { WorkbookSource } from "../sources/workbook-source.ts";
import type { StateStore } from "../state/state-store.ts";
import type { buildSource } from "./build-source.ts";
import type { buildReportStore } from "./build-report-store.ts";
import type { buildStateStore } from "./build-state-store.ts";
import type { buildTransport } from "./build-transport.ts";
import { loadRuntimeConfig, RuntimeConfigError, type Env, type RuntimeConfig, type RuntimeMailConfig } from "./config.ts";
import { cachedGoogleAuth } from "./google-auth.ts";
import { jsonLogger, type Logger } from "./log.ts";
import { CONFIG_PARTS, type ConfigPart } from "./variables.ts";

/** The builders a function uses, one per configuration part. */
export interface Adapters {
  readonly source?: typeof buildSource;
  readonly reports?: typeof buildReportStore;
  readonly state?: typeof buildStateStore;
  readonly mail?: typeof buildTransport;
}

export interface Runtime {
  readonly config: RuntimeConfig;
  readonly log: Logger;
  /** A fresh source for one invocation; the caller closes it. */
  openSource(): Promise<WorkbookSource>;
  reportStore(): Promise<ReportStore>;
  stateStore(): Promise<StateStore>;
  /** A fresh transport for one invocation; the caller closes it. */
  openTransport(): Promise<MailTransport>;
  /** The mail settings; only for functions that asked for the `mail` part. */
  mail(): RuntimeMailConfig;
  outline(): Promise<Outline>;
}

/**
 * The runtime of one function. Throws RuntimeConfigError (after logging it as
 * CRITICAL) when the configuration is wrong, so an instance with a bad
 * configuration never starts serving.
 */
export function createRuntime(env: Env, adapters: Adapters, log: Logger = jsonLogger()): Runtime {
  const parts = CONFIG_PARTS.filter((part) => adapters[part] !== undefined);
  let config: RuntimeConfig;
  try {
    config = loadRuntimeConfig(env, parts);
  } catch (error) {
    if (error instanceof RuntimeConfigError) log.log("CRITICAL", "invalid configuration", { problems: error.problems });
    throw error;
  }
  const auth = cachedGoogleAuth();
  const root = config.googleRootUrl;
  const once = <T>(make: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => (value ??= make().catch((error: unknown) => {
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
    reportStore: once(() => need(adapters.reports, "reports")(need(config.reports, "reports"), auth, root)),
    stateStore: once(() => need(adapters.state, "state")(need(config.state, "state"), auth, root)),
    openTransport: () => need(adapters.mail, "mail")(need(config.mail, "mail"), auth, root),
    mail: () => need(config.mail, "mail"),
    outline: once(async () => {
      const [{ join }, { DEFAULT_TEMPLATE_DIR, loadOutline }] = await Promise.all([import("node:path"), import("../report/outline/load-outline.ts")]);
      return loadOutline(join(DEFAULT_TEMPLATE_DIR, "delrapport.yaml"));
    }),
  };
}
