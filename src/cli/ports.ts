/**
 * The command line's side of the composition root: the same ports and
 * configuration as the functions (flags laid over the environment), with no
 * JSON logs (a command speaks to a person) and progress on stderr.
 */
import type { Adapters, Ports } from "../app/ports.ts";
import { createPorts } from "../app/ports.ts";
import type { ConfigFlags } from "../app/config.ts";
import { silentLogger } from "../app/log.ts";
import type { Progress } from "../pipeline/load-programme.ts";
import type { ReportStore } from "../sinks/report-store/report-store.ts";
import type { CliIo } from "./io.ts";

export function cliPorts(io: CliIo, adapters: Adapters, flags: ConfigFlags, reportStore?: () => Promise<ReportStore>): Ports {
  const ports = createPorts(io.env, adapters, { log: silentLogger(), flags, ...(reportStore ? { reportStore } : {}) });
  const mail = ports.config.mail;
  if (mail && !mail.settings.allowedDomains)
    io.stderr("LAGESBILD_MAIL_ALLOWED_DOMAINS är inte satt: utkorgen tar emot alla adresser från arbetsböckerna.\n");
  return ports;
}

/** Tells stderr how reading goes, once it has taken longer than a second. */
export function progressOn(io: CliIo, clock: () => number = Date.now): Progress {
  const started = clock();
  return (done, total, name) => {
    if (clock() - started > 1000) io.stderr(`Läser arbetsböcker: ${done} av ${total} (${name})\n`);
  };
}

/** The outbox folder, when the messages went there: where a person finds them. */
export function outboxOf(ports: Ports): string | undefined {
  const mail = ports.config.mail;
  return mail?.transport === "outbox" ? mail.outboxDir : undefined;
}

/** The folder the web pages are written to, when they go to one: where a person finds them. */
export function webDirOf(ports: Ports): string | undefined {
  return ports.config.mail?.web.dir;
}
