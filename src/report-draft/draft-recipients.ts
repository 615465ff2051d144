/**
 * Who gets the monthly draft: the managers on the sheet Mottagare with
 * Rapportutkast = ja, in the allowed domains; everyone else is refused and
 * reported, as for the weekly summary.
 */
import type { Programme } from "../domain/model.ts";
import { canonicalAddress, inAllowedDomain, type Mailbox } from "../email/address.ts";
import { LIMITS, field } from "../email/safe-text.ts";
import type { Refusal } from "../summary/recipients.ts";

export interface DraftRecipientPlan {
  readonly recipients: readonly Mailbox[];
  readonly refused: readonly Refusal[];
}

export function planDraftRecipients(programme: Programme, allowedDomains: readonly string[] | undefined): DraftRecipientPlan {
  const recipients = new Map<string, Mailbox>();
  const refused: Refusal[] = [];
  for (const r of programme.recipients.filter((x) => x.reportDraft)) {
    const address = canonicalAddress(r.email);
    if (!address) {
      refused.push({ address: field(r.email, LIMITS.value), source: "Mottagare", reason: "invalid-address" });
      continue;
    }
    if (allowedDomains && !inAllowedDomain(address, allowedDomains)) {
      refused.push({ address: field(r.email, LIMITS.value), source: "Mottagare", reason: "outside-allowed-domains" });
      continue;
    }
    const name = field(r.name, LIMITS.name);
    if (!recipients.has(address)) recipients.set(address, name ? { name, address } : { address });
  }
  return { recipients: [...recipients.values()], refused };
}
