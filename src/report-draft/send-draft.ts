/**
 * The monthly draft: one message per manager and month, attached when small
 * enough, else stored once and linked. The once-per-slot guarantee is the
 * one the weekly summary uses too (src/delivery: claim, send, record), kept
 * under its own namespace in the same state store. The clock, the stores and the transport
 * come in from the edge.
 */
import { createHash, randomUUID } from "node:crypto";
import { domainOf, type Mailbox } from "../email/address.ts";
import type { MailTransport, OutgoingMessage } from "../sinks/mail/mail-transport.ts";
import type { ReportFile, StoredReport } from "../sinks/report-store/report-store.ts";
import type { StateStore } from "../state/state-store.ts";
import { deliverOnce, type DeliveryOutcome } from "../delivery/deliver-once.ts";
import type { RunStamp } from "../delivery/delivery-log.ts";
import type { Refusal } from "../summary/recipients.ts";
import { composeDraft, type DraftFacts } from "./compose-draft.ts";
import { planDraftRecipients } from "./draft-recipients.ts";
import { namespacedStore } from "../delivery/namespaced-store.ts";
import type { Programme, Report } from "../domain/model.ts";

export const DRAFT_NAMESPACE = "report-draft";

export interface DraftRunInput {
  readonly programme: Programme;
  readonly report: Report;
  readonly asOf: string;
  /** The month, e.g. `2024-09`. */
  readonly slot: string;
  readonly document: ReportFile;
  readonly counts: { readonly errors: number; readonly warnings: number; readonly missing: number };
  readonly from: Mailbox;
  readonly allowedDomains?: readonly string[];
  readonly store: StateStore;
  readonly transport: MailTransport;
  /** The draft goes as a link above this size. */
  readonly attachMaxBytes: number;
  /** Stores the draft where a link can reach it; called at most once per run, and only if a linked message is sent. */
  readonly storeForLink: (file: ReportFile) => Promise<StoredReport>;
  readonly now: Date;
}

export interface DraftResult {
  readonly to: Mailbox;
  readonly outcome: DeliveryOutcome;
}

export interface DraftRun {
  readonly slot: string;
  readonly report: { readonly number: number; readonly title: string };
  readonly delivery: "attached" | "link";
  readonly link?: string;
  readonly results: readonly DraftResult[];
  readonly refused: readonly Refusal[];
}

/** Sends the month's draft to every manager who has not had it yet, and reports each. */
export async function sendReportDraft(input: DraftRunInput): Promise<DraftRun> {
  const { report, slot, document } = input;
  const store = namespacedStore(input.store, DRAFT_NAMESPACE);
  const plan = planDraftRecipients(input.programme, input.allowedDomains);
  const delivery = document.content.length > input.attachMaxBytes ? "link" : "attached";
  let stored: Promise<StoredReport> | undefined;
  const link = async () => (await (stored ??= input.storeForLink(document))).link;
  const stamp: RunStamp = { run: randomUUID(), at: input.now.toISOString() };

  const results: DraftResult[] = [];
  for (const to of plan.recipients) {
    const message = async (): Promise<OutgoingMessage> => {
      const facts: DraftFacts = {
        title: report.title,
        asOf: input.asOf,
        fileName: document.fileName,
        bytes: document.content.length,
        ...input.counts,
        ...(delivery === "link" ? { link: await link() } : {}),
      };
      return {
        id: `utkast-${slot}_${to.address}`,
        from: input.from,
        to,
        ...composeDraft(facts, to.name),
        date: input.now,
        messageId: `<lagesbild.utkast.${slot}.${createHash("sha256").update(to.address).digest("hex").slice(0, 16)}@${domainOf(input.from.address)}>`,
        ...(delivery === "attached"
          ? { attachments: [{ filename: document.fileName, content: document.content, contentType: document.contentType }] }
          : {}),
      };
    };
    results.push({ to, outcome: await deliverOnce({ store, slot, address: to.address, stamp, transport: input.transport, message }) });
  }
  const linked = stored ? (await stored).link : undefined;
  return {
    slot,
    report: { number: report.number, title: report.title },
    delivery,
    ...(linked ? { link: linked } : {}),
    results,
    refused: plan.refused,
  };
}
