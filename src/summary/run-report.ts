/** What a summary run did, for the person or the log that started it, in Swedish. */
import { countOf, formatDateLong as longDate } from "../text/swedish.ts";
import { LIMITS, field } from "../email/safe-text.ts";
import type { Programme } from "../domain/model.ts";
import type { Refusal } from "./recipients.ts";
import type { Outcome, RecipientResult, SummaryRun } from "./send-summaries.ts";
import { appendAll } from "../collections/append-all.ts";

const TRANSPORT_NAMES: Readonly<Record<string, string>> = { outbox: "utkorgen", smtp: "SMTP", gmail: "Gmail" };

const REFUSALS: Readonly<Record<Refusal["reason"], string>> = {
  "outside-allowed-domains": "domänen finns inte bland de tillåtna (LAGESBILD_MAIL_ALLOWED_DOMAINS)",
  "invalid-address": "ingen giltig e-postadress",
};

const SOURCES: Readonly<Record<Refusal["source"], string>> = {
  Mottagare: "bladet Mottagare",
  Byggstenar: "bladet Byggstenar",
  inställningar: "LAGESBILD_MAIL_EXTRA_RECIPIENTS",
};

/** The report of a run: one line per recipient, the refusals, and the totals; where the messages and web pages went on this machine when given. */
export function formatSummaryRun(run: SummaryRun, programme: Programme, outboxDir?: string, webDir?: string): string {
  const lines: string[] = [];
  const via = run.dryRun ? "provkörning: inget skickas och inget registreras" : `via ${TRANSPORT_NAMES[run.transport] ?? run.transport}`;
  lines.push(`Lägesbild ${run.slot} (läget den ${longDate(run.asOf)}), ${via}${run.force ? ", omskick med --force" : ""}.`);
  lines.push(run.since ? `Ändringar jämförs med lägesbilden ${run.since}.` : "Första lägesbilden: inget tidigare att jämföra med.");
  lines.push("");
  for (const r of run.results) appendAll(lines, resultLines(r, programme));
  if (run.results.length === 0)
    lines.push("Inga mottagare: fyll i bladet Mottagare (Veckosammanfattning = ja) eller E-post på bladet Byggstenar.");
  if (run.refused.length) {
    lines.push("", "Vägrade mottagare (får inget):");
    for (const r of run.refused) lines.push(`  ${r.address} (${SOURCES[r.source]}): ${REFUSALS[r.reason]}`);
  }
  const count = (status: Outcome["status"]) => run.results.filter((r) => r.outcome.status === status).length;
  lines.push("");
  if (run.dryRun) {
    lines.push(
      `Summa: ${countOf(run.results.length, "meddelande", "meddelanden")} skulle skickas, ${run.refused.length} mottagare vägrade.`,
    );
  } else {
    lines.push(
      `Summa: ${count("sent")} skickade, ${count("already-sent")} redan skickade, ${count("failed") + count("gave-up")} misslyckade, ` +
        `${count("in-doubt")} oklara, ${run.refused.length} vägrade.`,
    );
    if (outboxDir && count("sent")) lines.push(`Meddelandena ligger i ${outboxDir} (öppna .eml-filerna i ett e-postprogram).`);
    if (webDir && run.web && !run.web.error) lines.push(`Webbsidorna ligger i ${webDir} (öppna dem i en webbläsare).`);
    if (run.web?.pages) lines.push(`Lägesbilden som webbsida: ${run.web.pages.overview} (och en sida per byggsten bredvid).`);
    if (run.web?.error) lines.push(`Webbsidorna kunde inte sparas (${run.web.error}); meddelandena skickades utan länk till dem.`);
    if (count("failed") + count("gave-up"))
      lines.push("Kör kommandot igen för att skicka det som saknas; det som redan gått iväg skickas inte igen.");
    if (count("in-doubt")) {
      lines.push(
        "De oklara meddelandena kan ha kommit fram. Fråga mottagarna eller se efter i e-postserverns logg; --force skickar dem igen (bara de oklara).",
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

function resultLines(r: RecipientResult, programme: Programme): string[] {
  const scope = [
    r.overview ? "översikt" : "",
    ...r.blocks.map((id) => field(programme.blocks.find((b) => b.id === id)?.name ?? id, LIMITS.name)),
  ]
    .filter(Boolean)
    .join(", ");
  const who = `${r.to.address} (${scope})`;
  const o = r.outcome;
  switch (o.status) {
    case "sent":
      return [`  skickat         ${who} → ${o.where}`];
    case "already-sent":
      return [`  redan skickat   ${who}, ${o.at}`];
    case "failed":
      return [`  MISSLYCKADES    ${who}: ${o.error}`];
    case "in-doubt":
      return [
        `  OKLART          ${who}: ${o.error ? `${o.error}; ` : `påbörjades${o.since ? ` ${o.since}` : ""} utan registrerat utfall; `}kan ha kommit fram och skickas inte igen utan --force`,
      ];
    case "gave-up":
      return [`  GAV UPP         ${who}: ${o.attempts} misslyckade försök för veckan; använd --force`];
    case "dry-run":
      return [`  skulle skickas  ${who}: ”${r.subject}”`];
  }
}
