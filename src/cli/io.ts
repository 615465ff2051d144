/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** 0: all well; 1: the workbooks have errors; 2: wrong usage, or input that cannot be read at all; 70: a bug (EX_SOFTWARE). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
