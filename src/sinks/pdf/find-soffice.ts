/** Where LibreOffice is: `LAGESBILD_SOFFICE`, else `soffice` (or `libreoffice`) on the PATH. */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { PdfConversionError } from "./pdf-conversion-error.ts";

const NAMES = ["soffice", "libreoffice"] as const;

/** The path of the soffice program, or a Swedish error that says how to give it. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string {
  const given = env.LAGESBILD_SOFFICE?.trim();
  if (given) {
    if (isExecutable(given)) return given;
    throw new PdfConversionError(`LAGESBILD_SOFFICE pekar på ${given}, som inte finns eller inte går att köra.`);
  }
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new PdfConversionError(
    "LibreOffice hittades inte, så ingen PDF skrevs. Installera LibreOffice (programmet soffice) eller ange sökvägen till det i LAGESBILD_SOFFICE.",
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
