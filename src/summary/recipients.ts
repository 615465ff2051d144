/**
 * Who gets this week's summary: the sheet Mottagare (Veckosammanfattning = ja)
 * and the configuration get the overview; each active block's owner (sheet
 * Byggstenar, E-post) gets their block. Nobody else, and only addresses in the
 * allowed domains: the rest is refused and reported.
 */
import type { Programme } from "../domain/model.ts";
import { canonicalAddress, inAllowedDomain, type Mailbox } from "../email/address.ts";
import { LIMITS, field } from "../email/safe-text.ts";
import type { Audience } from "../email/scope.ts";
import { BLOCK_STATUS } from "../../sheets-schema/vocabulary.ts";

export interface PlannedRecipient {
  readonly mailbox: Mailbox;
  readonly audience: Audience;
}

export type RecipientSource = "Mottagare" | "Byggstenar" | "inställningar";

export interface Refusal {
  /** The address as written, on one line and cut. */
  readonly address: string;
  readonly source: RecipientSource;
  readonly reason: "outside-allowed-domains" | "invalid-address";
}

export interface RecipientPlan {
  readonly recipients: readonly PlannedRecipient[];
  readonly refused: readonly Refusal[];
}

export interface RecipientRules {
  /** `undefined`: no restriction (the outbox without configuration). */
  readonly allowedDomains?: readonly string[];
  readonly extraRecipients: readonly string[];
}

interface Draft {
  name?: string;
  overview: boolean;
  configured: boolean;
  blocks: string[];
}

/** One entry per address, in the order first met: Mottagare, then the configuration, then the blocks. */
export function planRecipients(programme: Programme, rules: RecipientRules): RecipientPlan {
  const drafts = new Map<string, Draft>();
  const refused: Refusal[] = [];
  const accept = (raw: string, source: RecipientSource): Draft | undefined => {
    const address = canonicalAddress(raw);
    const shown = field(raw, LIMITS.value);
    if (!address) {
      refused.push({ address: shown, source, reason: "invalid-address" });
      return undefined;
    }
    if (rules.allowedDomains && !inAllowedDomain(address, rules.allowedDomains)) {
      refused.push({ address: shown, source, reason: "outside-allowed-domains" });
      return undefined;
    }
    const draft = drafts.get(address) ?? { overview: false, configured: false, blocks: [] };
    drafts.set(address, draft);
    return draft;
  };

  for (const r of programme.recipients.filter((r) => r.weeklySummary)) {
    const draft = accept(r.email, "Mottagare");
    if (!draft) continue;
    draft.overview = true;
    draft.name ??= r.name;
  }
  for (const address of rules.extraRecipients) {
    const draft = accept(address, "inställningar");
    if (!draft) continue;
    if (!draft.overview) draft.configured = true;
    draft.overview = true;
  }
  for (const b of [...programme.blocks].sort((x, y) => x.order - y.order)) {
    if (b.status !== BLOCK_STATUS.active || !b.ownerEmail) continue;
    const draft = accept(b.ownerEmail, "Byggstenar");
    if (!draft) continue;
    if (!draft.blocks.includes(b.id)) draft.blocks.push(b.id);
    if (b.owner) draft.name ??= b.owner;
  }

  const recipients = [...drafts].map(([address, d]): PlannedRecipient => {
    const name = d.name ? field(d.name, LIMITS.name) : undefined;
    return {
      mailbox: name ? { name, address } : { address },
      audience: { ...(name ? { name } : {}), overview: d.overview, configured: d.configured, blocks: d.blocks },
    };
  });
  return { recipients, refused };
}
