import { dirname } from "node:path";

/** A file-system error as a staff member can act on it: what went wrong, where, in Swedish. */
export function systemErrorText(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const where = path ?? "";
  switch (code) {
    case "ENOENT":
      return `Filen eller mappen ${where} finns inte. Kontrollera sökvägen.`;
    case "ENOTDIR":
      return `${where}: en del av sökvägen är en fil, inte en mapp.`;
    case "EISDIR":
      return `${where} är en mapp; här behövs en fil.`;
    case "EACCES":
    case "EPERM":
      return `lagesbild får inte läsa eller skriva ${where}. Kontrollera behörigheterna.`;
    case "ENOSPC":
      return `Disken är full: ${where} kunde inte skrivas.`;
    case "EROFS":
      return `${where} ligger på en skrivskyddad disk.`;
    default:
      return undefined;
  }
}

/** Why a file could not be written, in Swedish: a missing folder is named as such. */
export function writeFailureText(path: string, error: unknown): string {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === "ENOENT") return `Kunde inte skriva ${path}: mappen ${dirname(path)} finns inte. Skapa den eller ange en annan.`;
  return `Kunde inte skriva ${path}: ${systemErrorText(error) ?? (error instanceof Error ? error.message : String(error))}`;
}
