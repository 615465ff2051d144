/** What a draft run did, for the person at the command line, in Swedish. */
import type { DraftResult, DraftRun } from "./send-draft.ts";

const REFUSED: Readonly<Record<string, string>> = {
  "outside-allowed-domains": "domänen finns inte bland de tillåtna (LAGESBILD_MAIL_ALLOWED_DOMAINS)",
  "invalid-address": "ingen giltig e-postadress",
};

export function formatDraftRun(run: DraftRun, outboxDir?: string): string {
  const how = run.delivery === "attached" ? "bifogat" : `som länk${run.link ? ` (${run.link})` : ""}`;
  const lines = [`Rapportutkast ${run.slot}: ${run.report.title}, ${how}.`, ""];
  for (const r of run.results) lines.push(resultLine(r));
  if (run.results.length === 0) lines.push("Inga mottagare: fyll i bladet Mottagare (Rapportutkast = ja).");
  if (run.refused.length > 0) {
    lines.push("", "Vägrade mottagare (får inget):");
    for (const r of run.refused) lines.push(`  ${r.address}: ${REFUSED[r.reason] ?? r.reason}`);
  }
  const count = (...statuses: string[]) => run.results.filter((r) => statuses.includes(r.outcome.status)).length;
  lines.push(
    "",
    `Summa: ${count("sent")} skickade, ${count("already-sent")} redan skickade, ${count("failed", "gave-up")} misslyckade, ${count("in-doubt")} oklara, ${run.refused.length} vägrade.`,
  );
  if (outboxDir && count("sent") > 0) lines.push(`Meddelandena ligger i ${outboxDir} (öppna .eml-filerna i ett e-postprogram).`);
  return `${lines.join("\n")}\n`;
}

function resultLine({ to, outcome: o }: DraftResult): string {
  switch (o.status) {
    case "sent":
      return `  skickat         ${to.address} → ${o.where}`;
    case "already-sent":
      return `  redan skickat   ${to.address}, ${o.at}`;
    case "failed":
      return `  MISSLYCKADES    ${to.address}: ${o.error}`;
    case "in-doubt":
      return `  OKLART          ${to.address}: ${o.error ? `${o.error}; ` : `påbörjades${o.since ? ` ${o.since}` : ""} utan registrerat utfall; `}kan ha kommit fram och skickas inte igen`;
    case "gave-up":
      return `  GAV UPP         ${to.address}: ${o.attempts} misslyckade försök den här månaden`;
  }
}
