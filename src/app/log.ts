/**
 * Structured logs for Cloud Logging: one JSON object per line on stdout, with
 * `severity` and `message`, which Cloud Run turns into log entries with the
 * right level and searchable fields. English, for operators.
 */

export type Severity = "DEBUG" | "INFO" | "NOTICE" | "WARNING" | "ERROR" | "CRITICAL";

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  log(severity: Severity, message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warning(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds these fields to every entry (e.g. the function's name). */
  with(fields: LogFields): Logger;
}

/** A logger writing JSON lines; `write` is stdout by default, a list in tests. */
export function jsonLogger(write: (line: string) => void = (line) => void process.stdout.write(line), base: LogFields = {}): Logger {
  const log = (severity: Severity, message: string, fields: LogFields = {}) => {
    write(`${JSON.stringify({ severity, message, ...base, ...serialisable(fields) })}\n`);
  };
  return {
    log,
    info: (message, fields) => log("INFO", message, fields),
    warning: (message, fields) => log("WARNING", message, fields),
    error: (message, fields) => log("ERROR", message, fields),
    with: (fields) => jsonLogger(write, { ...base, ...fields }),
  };
}

/** Errors become `{name, message, stack, cause}`; Cloud Error Reporting picks up the stack. */
function serialisable(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = value instanceof Error ? errorFields(value) : value;
  return out;
}

export function errorFields(error: Error): Record<string, unknown> {
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error.cause instanceof Error ? { cause: errorFields(error.cause) } : {}),
  };
}

/** A logger that writes nothing: the command line tells people what happened in its own words. */
export function silentLogger(): Logger {
  const logger: Logger = { log: () => {}, info: () => {}, warning: () => {}, error: () => {}, with: () => logger };
  return logger;
}
