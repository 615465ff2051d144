import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { buildWorkbook } from "../../sinks/xlsx/build-workbook.ts";
import { CENTRAL_FILE } from "../../sources/xlsx/folder-source.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import { writeBlockWorkbooks } from "../init-blocks.ts";
import { UsageError } from "../open-source.ts";

export const BLOCK_TEMPLATE_FILE = "byggsten.xlsx";

export function registerInit(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("init")
    .description("Skapa tomma arbetsböcker: den centrala och en mall för byggstenarna.")
    .argument("<dir>", "mappen där arbetsböckerna skrivs")
    .option("--force", "skriv över befintliga filer")
    .option("--blocks", "skapa byggstenarnas arbetsböcker som central.xlsx i mappen namnger, med listor över mål, indikatorer och rapporter")
    .action(async (dir: string, options: { force?: boolean; blocks?: boolean }) => {
      if (options.blocks) {
        for (const r of await writeBlockWorkbooks(dir, options.force === true)) {
          io.stdout(r.written ? `Skrev ${r.file} (${r.block})\n` : `Finns redan: ${r.file} (${r.block}); --force skriver över den\n`);
        }
        return done(EXIT.ok);
      }
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
          `Skriv varje byggstens filnamn i kolumnen Arbetsbok på bladet Byggstenar och kör sedan lagesbild init ${dir} --blocks,\n` +
          `eller kopiera ${BLOCK_TEMPLATE_FILE} till en fil per byggsten.\n`,
      );
      done(EXIT.ok);
    });
}
