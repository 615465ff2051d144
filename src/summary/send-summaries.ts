/**
 * The weekly run: who gets what, compose, send what is missing for the slot,
 * record each delivery, keep the snapshot. The clock, the store and the
 * transport come in from the edge.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Programme } from "../domain/model.ts";
import { domainOf, type Mailbox } from "../email/address.ts";
import { changesBetween } from "../weekly/changes.ts";
import { buildSummaryContent, withWebLink } from "../email/build-content.ts";
import { renderSummary } from "../email/compose.ts";
import type { SummaryFacts, WebPages } from "../email/scope.ts";
import { takeSnapshot } from "../weekly/snapshot.ts";
import type { StatusPicture } from "../indicators/types.ts";
import type { MailTransport, OutgoingMessage } from "../sinks/mail/mail-transport.ts";
import type { StateStore } from "../state/state-store.ts";
import type { Problem } from "../validation/problem.ts";
import { renderWebPages, type PublishWeb } from "../web/web-pages.ts";
import { pinBaseline, peekBaseline, saveSuccessful } from "../weekly/baseline.ts";
import { deliverOnce, isUndelivered, type DeliveryOutcome } from "../delivery/deliver-once.ts";
import type { RunStamp } from "../delivery/delivery-log.ts";
import { planRecipients, type PlannedRecipient, type RecipientRules, type Refusal } from "./recipients.ts";

export interface SummaryRunInput {
  readonly programme: Programme;
  readonly problems: readonly Problem[];
  readonly status: StatusPicture;
  readonly from: Mailbox;
  readonly rules: RecipientRules;
  readonly store: StateStore;
  /** Not used by a dry run. */
  readonly transport: MailTransport;
  /** The moment of the run: the Date header and the records. */
  readonly now: Date;
  readonly reportLink?: string;
  /** Send again the messages in doubt (and past the failure limit); never one recorded as sent. */
  readonly force?: boolean;
  /** Compose and list only: nothing sent, nothing recorded. */
  readonly dryRun?: boolean;
  /**
   * Writes or stores the week's web pages and says where each is, so the
   * e-mails can link to them ("Öppna i webbläsaren"). Called once, and only
   * when a message is about to go out: a repeated trigger stores nothing.
   * When it fails the messages go without the link and the run says why.
   */
  readonly publishWeb?: PublishWeb;
}

export type Outcome = DeliveryOutcome | { readonly status: "dry-run" };

export interface RecipientResult {
  readonly to: Mailbox;
  readonly overview: boolean;
  readonly blocks: readonly string[];
  readonly subject: string;
  readonly outcome: Outcome;
}

export interface SummaryRun {
  readonly slot: string;
  readonly asOf: string;
  readonly transport: string;
  readonly dryRun: boolean;
  readonly force: boolean;
  /** The slot of the summary compared with; absent for the first summary. */
  readonly since?: string;
  readonly results: readonly RecipientResult[];
  readonly refused: readonly Refusal[];
  /** Whether this run's snapshot became the baseline for the next slot (only when every message certainly went out). */
  readonly snapshotSaved: boolean;
  /**
   * The web pages, when this run published them: where each can be opened
   * (absent when they were written where no reader can open them), or why
   * they could not be written. Absent when none were published.
   */
  readonly web?: { readonly pages?: WebPages; readonly error?: string };
}

/** Sends the slot's summaries that have not gone out yet, one per recipient, and reports each. */
export async function sendSummaries(input: SummaryRunInput): Promise<SummaryRun> {
  const { programme, status, store, dryRun = false, force = false } = input;
  const slot = status.isoWeek;
  const plan = planRecipients(programme, input.rules);
  const baseline = dryRun ? await peekBaseline(store, slot) : await pinBaseline(store, slot);
  // Digesting every activity is the run's largest cost: a dry run without a baseline has no use for the snapshot.
  const snapshot = baseline || !dryRun ? takeSnapshot(slot, programme, status) : undefined;
  const facts: SummaryFacts = {
    slot,
    programme,
    problems: input.problems,
    status,
    ...(baseline && snapshot ? { changes: changesBetween(baseline, snapshot) } : {}),
    ...(input.reportLink ? { reportLink: input.reportLink } : {}),
  };
  let web: SummaryRun["web"];
  let published: Promise<WebPages | undefined> | undefined;
  const publishWeb = input.publishWeb;
  const webPagesOnce = (): Promise<WebPages | undefined> =>
    (published ??= publishWeb
      ? publishWeb(renderWebPages(facts)).then(
          (pages) => {
            web = pages ? { pages } : {};
            return pages;
          },
          (error: unknown) => {
            web = { error: error instanceof Error ? error.message : String(error) };
            return undefined;
          },
        )
      : Promise.resolve(undefined));
  const stamp: RunStamp = { run: randomUUID(), at: input.now.toISOString() };

  const results: RecipientResult[] = [];
  for (const recipient of plan.recipients) {
    // Built once per recipient; rendered only for a message that goes out, with the web link once the pages are known.
    const content = buildSummaryContent(facts, recipient.audience);
    const result = {
      to: recipient.mailbox,
      overview: recipient.audience.overview,
      blocks: recipient.audience.blocks,
      subject: content.subject,
    };
    if (dryRun) {
      results.push({ ...result, outcome: { status: "dry-run" } });
      continue;
    }
    const message = async (attempt: number, forced: boolean): Promise<OutgoingMessage> => {
      const webPages = await webPagesOnce();
      const linked = renderSummary(webPages ? withWebLink(content, webPages, recipient.audience) : content);
      return {
        id: `${slot}_${recipient.mailbox.address}`,
        from: input.from,
        to: recipient.mailbox,
        ...linked,
        date: input.now,
        messageId: messageIdFor(slot, recipient, input.from, forced ? attempt : undefined),
      };
    };
    const outcome = await deliverOnce({
      store: input.store,
      slot,
      address: recipient.mailbox.address,
      stamp,
      transport: input.transport,
      message: (attempt) => message(attempt, force),
      force,
    });
    results.push({ ...result, outcome });
  }

  // A message in doubt counts too: the run is not a success until someone has looked at it.
  const failed = results.some((r) => isUndelivered(r.outcome));
  const snapshotSaved = snapshot && !dryRun && !failed ? await saveSuccessful(store, snapshot) : false;
  return {
    slot,
    asOf: status.asOf,
    transport: input.transport.name,
    dryRun,
    force,
    ...(baseline ? { since: baseline.slot } : {}),
    results,
    refused: plan.refused,
    snapshotSaved,
    ...(web ? { web } : {}),
  };
}

/** The same Message-ID for the same slot and recipient, so a duplicate that slips through can be recognised; a forced resend gets its own. */
function messageIdFor(slot: string, recipient: PlannedRecipient, from: Mailbox, forcedAttempt: number | undefined): string {
  const who = createHash("sha256").update(recipient.mailbox.address).digest("hex").slice(0, 16);
  return `<lagesbild.${slot}.${who}${forcedAttempt ? `.${forcedAttempt}` : ""}@${domainOf(from.address)}>`;
}
