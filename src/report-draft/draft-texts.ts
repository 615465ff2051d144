/** Every Swedish text of the monthly draft e-mail, in one place. */
import { longDate, number } from "../email/format.ts";

export const DRAFT_TEXTS = {
  subject: (title: string, asOf: string) => `Rapportutkast: ${title}, läget ${longDate(asOf)}`,
  greeting: (name: string | undefined) => (name ? `Hej ${name}!` : "Hej!"),
  intro: (title: string, asOf: string) => `Här är månadens utkast till ${title}, med läget den ${longDate(asOf)}.`,
  attached: (fileName: string, bytes: number) => `Utkastet är bifogat som Word-fil: ${fileName} (${size(bytes)}).`,
  linked: (bytes: number) => `Utkastet är för stort för att bifogas (${size(bytes)}). Öppna det här:`,
  problems: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? "Underlaget har inga fel eller varningar."
      : `Underlaget har ${errors} fel och ${warnings} ${warnings === 1 ? "varning" : "varningar"}. Problemen är markerade i dokumentet och listade i en bilaga sist.`,
  missing: (count: number) =>
    `${count} ${count === 1 ? "uppgift saknas" : "uppgifter saknas"} i rapporten; de är markerade där de ska stå.`,
  footer:
    "Meddelandet skickas automatiskt av lägesbild en gång i månaden till dem som har Rapportutkast = ja på bladet Mottagare i den centrala arbetsboken.",
} as const;

/** `840 kB`, `6,3 MB`. */
function size(bytes: number): string {
  return bytes < 1_000_000 ? `${number(Math.max(1, Math.round(bytes / 1000)))} kB` : `${number(Math.round(bytes / 100_000) / 10)} MB`;
}
