/**
 * E-mail addresses that may reach a header: plain ASCII mailboxes in the
 * dot-atom form, nothing that could carry a line break, a comma, a quote or a
 * second address. Deliberately stricter than RFC 5322.
 */

export interface Mailbox {
  /** Display name: one line, already cut to its limit. */
  readonly name?: string;
  /** Lower-cased `local@domain`. */
  readonly address: string;
}

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const MAILBOX = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`, "u");

/** The address in canonical (lower-case) form, or `undefined` when it is not a plain, safe mailbox. */
export function canonicalAddress(text: string): string | undefined {
  const address = text.trim();
  if (address.length > 254 || !MAILBOX.test(address)) return undefined;
  const at = address.lastIndexOf("@");
  if (at > 64) return undefined;
  return address.toLowerCase();
}

/** The domain of a canonical address. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/** A canonical domain name (`tillvaxtverket.se`), or `undefined` when the text is not one. */
export function canonicalDomain(text: string): string | undefined {
  const domain = text.trim().toLowerCase();
  return new RegExp(`^${LABEL}(?:\\.${LABEL})+$`, "u").test(domain) && domain.length <= 253 ? domain : undefined;
}

/** Whether the address's domain is one of the allowed domains (exact match; subdomains must be listed themselves). */
export function inAllowedDomain(address: string, allowed: readonly string[]): boolean {
  return allowed.includes(domainOf(address));
}
