import type { SetUpResult, SetUpStep } from "../provision/set-up.ts";
import { appendAll } from "../collections/append-all.ts";

/** The set-up's steps as Swedish lines; a dry run says what it would do. */
export function formatSetUp(result: SetUpResult, dryRun: boolean): string {
  const lines = [dryRun ? "Torrkörning: inget skickas till Google. Det här skulle göras:" : `Som ${result.account}:`];
  for (const step of result.steps) appendAll(lines, stepLines(step, dryRun));
  const failed = result.steps.filter((s) => s.kind === "failed").length;
  if (failed > 0)
    lines.push(
      `\n${failed === 1 ? "Ett kalkylark" : `${failed} kalkylark`} kunde inte göras klart. Kör kommandot igen: det som redan finns görs inte om.`,
    );
  return `${lines.join("\n")}\n`;
}

function stepLines(step: SetUpStep, dryRun: boolean): string[] {
  switch (step.kind) {
    case "created":
      return [
        dryRun ? `Skapa kalkylarket ”${step.title}” med bladen:` : `Skapade ”${step.title}”: ${step.url}`,
        ...(dryRun
          ? step.sheets.map((s) => {
              const traits = [
                `${s.columns} kolumner`,
                ...(s.checks > 0 ? [`${s.checks} med kontroll av värdet`] : []),
                ...(s.headerProtected ? ["rubrikraden låst"] : []),
                ...(s.hidden ? ["dolt"] : []),
              ];
              return `  - ${s.title} (${traits.join(", ")})`;
            })
          : []),
      ];
    case "refreshed":
      return [`Finns redan: ”${step.title}” (${step.url}); listor och kontroller förnyade.`];
    case "shared":
      return [dryRun ? `  Dela med ${step.email} som redigerare, med ett meddelande.` : `  Delat med ${step.email} som redigerare.`];
    case "already-shared":
      return [`  Redan delat med ${step.email}.`];
    case "no-owner-email":
      return ["  Delas inte: ingen e-postadress för den ansvarige på bladet Byggstenar (kolumnen E-post)."];
    case "address-written":
      return [
        dryRun
          ? `  Skriv adressen i den centrala arbetsboken, ${step.cell}.`
          : `  Adressen skriven i den centrala arbetsboken, ${step.cell}.`,
      ];
    case "failed":
      return [`Misslyckades: ”${step.title}”: ${step.message}`];
  }
}
