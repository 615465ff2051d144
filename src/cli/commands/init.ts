import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { buildWorkbook } from "../../sinks/xlsx/build-workbook.ts";
import { CENTRAL_FILE } from "../../sources/xlsx/folder-source.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import { UsageError } from "../open-source.ts";

export const BLOCK_TEMPLATE_FILE = "byggsten.xlsx";

export function registerInit(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("init")
    .description("Skapa tomma arbetsböcker: den centrala och en mall för byggstenarna.")
    .usage("[flaggor] <dir>")
    .argument("<dir>", "mappen där arbetsböckerna skrivs")
    .option("--force", "skriv över befintliga filer")
    .action(async (dir: string, options: { force?: boolean }) => {
      await mkdir(dir, { recursive: true });
      const targets = [
        { file: join(dir, CENTRAL_FILE), kind: "central" as const },
        { file: join(dir, BLOCK_TEMPLATE_FILE), kind: "block" as const },
      ];
      for (const { file } of targets) {
        if (!options.force && (await stat(file).catch(() => undefined))) {
          throw new UsageError(`${file} finns redan. Använd --force för att skriva över den.`);
        }
      }
      for (const { file, kind } of targets) {
        await buildWorkbook(kind, { instructions: true }).xlsx.writeFile(file);
        io.stdout(`Skrev ${file}\n`);
      }
      io.stdout(
        `\nFyll i ${CENTRAL_FILE} (börja med bladen Uppdrag, Rapporter, Mål och Byggstenar).\n` +
          `Kopiera ${BLOCK_TEMPLATE_FILE} till en fil per byggsten och skriv filnamnet i kolumnen Arbetsbok på bladet Byggstenar.\n`,
      );
      done(EXIT.ok);
    });
}
