/**
 * The one error base of the program. Every error a person should see carries
 * a code; the code, not the class, decides the exit code of the command line
 * and the HTTP status of a function, each mapped once below. Anything that is
 * not an AppError is a bug or broken infrastructure (exit 70, HTTP 500).
 */
export const ERROR_CODES = [
  "usage",
  "bad-request",
  "config",
  "report-not-found",
  "source-unavailable",
  "report-not-stored",
  "incomplete",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** 0: all well; 1: the workbooks have errors or something was not sent; 2: wrong usage, or input that cannot be read at all; 70: a bug (EX_SOFTWARE). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODE: Readonly<Record<ErrorCode, ExitCode>> = {
  usage: EXIT.usage,
  "bad-request": EXIT.usage,
  config: EXIT.usage,
  "report-not-found": EXIT.usage,
  "source-unavailable": EXIT.usage,
  "report-not-stored": EXIT.invalid,
  incomplete: EXIT.invalid,
};

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  usage: 400,
  "bad-request": 400,
  config: 500,
  "report-not-found": 404,
  "source-unavailable": 502,
  "report-not-stored": 502,
  // A scheduled run that sent some messages and failed others shows as failed; a rerun sends the rest.
  incomplete: 500,
};

/** An error with a message in Swedish for whoever started the run, and a code that says what kind it is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The command was used wrongly (a flag, an argument, a file that cannot be written). */
export class UsageError extends AppError {
  override readonly name = "UsageError";
  constructor(message: string, options?: ErrorOptions) {
    super("usage", message, options);
  }
}

/** The request itself is wrong. */
export class BadRequestError extends AppError {
  override readonly name = "BadRequestError";
  constructor(message: string, options?: ErrorOptions) {
    super("bad-request", message, options);
  }
}

/** The report asked for is not on the sheet Rapporter: one error, one wording, wherever it is found out. */
export class ReportNotFoundError extends AppError {
  override readonly name = "ReportNotFoundError";
  constructor(message: string) {
    super("report-not-found", message);
  }

  /** No report with this number. */
  static numbered(reportNumber: number): ReportNotFoundError {
    return new ReportNotFoundError(`Delrapport ${reportNumber} finns inte på bladet Rapporter.`);
  }
}

/** The settings cannot be used; `problems` names each wrong setting, in Swedish, all at once. */
export class ConfigError extends AppError {
  override readonly name = "ConfigError";
  constructor(
    readonly problems: readonly string[],
    heading = "Inställningarna är felaktiga:",
  ) {
    super("config", [heading, ...problems.map((p) => `  - ${p}`)].join("\n"));
  }
}

export function exitCodeOf(error: AppError): ExitCode {
  return EXIT_CODE[error.code];
}

export function httpStatusOf(error: AppError): number {
  return HTTP_STATUS[error.code];
}
