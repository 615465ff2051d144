import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { BLOCK_TEMPLATE_FILE, CENTRAL_FILE } from "../../sources/xlsx/folder-source.ts";
import { EXIT, type CliIo, type ExitCode } from "../io.ts";
import type { WorkbookUpdated } from "../init-update.ts";
import { formatSetUp } from "../format-set-up.ts";
import { UsageError } from "../../shared/errors.ts";

export { BLOCK_TEMPLATE_FILE };

export function registerInit(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command("init")
    .description("Skapa tomma arbetsböcker: den centrala och en mall för byggstenarna, som .xlsx-filer eller i Google Kalkylark.")
    .argument("[dir]", "mappen där arbetsböckerna skrivs (med --gsheets: mappen vars central.xlsx en torrkörning av --blocks utgår från)")
    .option("--force", "skriv över befintliga filer")
    .option(
      "--blocks",
      "skapa byggstenarnas arbetsböcker som den centrala arbetsboken namnger, med listor över mål, indikatorer och rapporter",
    )
    .option("--gsheets", "skapa kalkylarken i Google Kalkylark i stället för .xlsx-filer, med ditt eget Google-konto")
    .option("--folder <id>", "med --gsheets: Drive-mappen där kalkylarken skapas")
    .option("--dry-run", "med --gsheets: skriv ut vad som skulle skapas och delas, utan att anropa Google")
    .option(
      "--update",
      "uppdatera befintliga arbetsböcker: lägg till nya kolumner och blad och (med --blocks) förnya listorna, utan att ändra något som är ifyllt",
    )
    .action(
      async (
        dir: string | undefined,
        options: { force?: boolean; blocks?: boolean; gsheets?: boolean; folder?: string; dryRun?: boolean; update?: boolean },
      ) => {
        if (options.gsheets) {
          const { setUpSpreadsheets } = await import("../../app/set-up-spreadsheets.ts");
          const result = await setUpSpreadsheets({
            blocks: options.blocks === true,
            dryRun: options.dryRun === true,
            ...(options.folder ? { folderId: options.folder } : {}),
            ...(dir ? { dir } : {}),
            env: io.env,
          });
          io.stdout(formatSetUp(result, options.dryRun === true));
          if (!options.blocks && !options.dryRun && result.central) {
            io.stdout(
              `\nFyll i det centrala kalkylarket (börja med Uppdrag, Rapporter, Mål och Byggstenar med den ansvariges e-post) och kör sedan\n` +
                `lagesbild init --gsheets --blocks. Sätt LAGESBILD_CENTRAL_SPREADSHEET=${result.central.id} för funktionerna och kommandona.\n`,
            );
          }
          return done(result.steps.some((s) => s.kind === "failed") ? EXIT.invalid : EXIT.ok);
        }
        if (options.folder || options.dryRun) throw new UsageError("--folder och --dry-run hör till --gsheets.");
        if (!dir) throw new UsageError("Ange mappen där arbetsböckerna ska skrivas, t.ex. lagesbild init arbetsbocker.");
        // exceljs is loaded only here: the commands that read workbooks never write one.
        const [{ buildWorkbook }, { writeBlockWorkbooks }, { updateBlocks, updateCentral }] = await Promise.all([
          import("../../sinks/xlsx/build-workbook.ts"),
          import("../init-blocks.ts"),
          import("../init-update.ts"),
        ]);
        if (options.update) {
          if (options.force)
            throw new UsageError(
              "--update och --force kan inte användas tillsammans: --update behåller allt ifyllt, --force skriver över.",
            );
          const updated = options.blocks ? await updateBlocks(dir) : [await updateCentral(dir)];
          for (const u of updated) io.stdout(`Uppdaterade ${u.file}: ${updateText(u)}\n`);
          if (options.blocks) {
            for (const r of await writeBlockWorkbooks(dir, false)) if (r.written) io.stdout(`Skrev ${r.file} (${r.block})\n`);
          }
          return done(EXIT.ok);
        }
        if (options.blocks) {
          for (const r of await writeBlockWorkbooks(dir, options.force === true)) {
            io.stdout(
              r.written
                ? `Skrev ${r.file} (${r.block})\n`
                : `Finns redan: ${r.file} (${r.block}); --update förnyar listorna och lägger till nya kolumner utan att röra det ifyllda, --force skriver över den\n`,
            );
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
      },
    );
}

/** `nya listor; la till kolumnen Aktiviteter: Anmärkning` or `inga nya kolumner eller blad`. */
function updateText({ update }: WorkbookUpdated): string {
  const parts: string[] = [];
  if (update.listsRefreshed) parts.push("nya listor");
  if (update.addedSheets.length)
    parts.push(`la till ${update.addedSheets.length === 1 ? "bladet" : "bladen"} ${update.addedSheets.join(", ")}`);
  const columns = update.addedColumns.map((c) => `${c.sheet}: ${c.header}`);
  if (columns.length) parts.push(`la till ${columns.length === 1 ? "kolumnen" : "kolumnerna"} ${columns.join(", ")}`);
  return parts.length ? parts.join("; ") : "inga nya kolumner eller blad";
}
