/**
 * The e-mail configuration, read once from the environment and checked with
 * zod: every wrong or missing variable is named in one error.
 */
import addressparser from "nodemailer/lib/addressparser";
import { z } from "zod";
import { ConfigError } from "../shared/errors.ts";
import { canonicalAddress, canonicalDomain, type Mailbox } from "../email/address.ts";
import { LIMITS, field } from "../email/safe-text.ts";

export const TRANSPORTS = ["outbox", "smtp", "gmail"] as const;
export type TransportName = (typeof TRANSPORTS)[number];

export interface SmtpConfig {
  readonly host: string;
  readonly port: number;
  /** `starttls`: plain connect, then STARTTLS is required; `tls`: TLS from the first byte (port 465). */
  readonly security: "starttls" | "tls";
  readonly auth?: { readonly user: string; readonly pass: string };
  /** A PEM file with the certificate authority to trust besides the system's, for an internal relay. */
  readonly caFile?: string;
}

export interface MailConfig {
  readonly from: Mailbox;
  /** Lower-case domains recipients must be in; `undefined` only for the outbox when none are configured. */
  readonly allowedDomains?: readonly string[];
  /** Addresses from the configuration that get the overview, besides the sheet Mottagare. */
  readonly extraRecipients: readonly string[];
  readonly smtp?: SmtpConfig;
  readonly gmail: { readonly userId: string };
}

/** The sender when nothing is configured: only the outbox may use it. */
export const DEFAULT_FROM: Mailbox = { name: "lägesbild", address: "lagesbild@lagesbild.invalid" };

const shown = (text: string) => `”${field(text, LIMITS.value)}”`;
/** Unset and empty are the same: an empty variable in a deployment is as good as none. */
const text = () =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));
const list = (value: string) => value.split(/[,;\s]+/u).filter(Boolean);

const from = text().transform((value, ctx): Mailbox | undefined => {
  if (value === undefined) return undefined;
  const parsed = addressparser(value, { flatten: true });
  const address = parsed.length === 1 && parsed[0] ? canonicalAddress(parsed[0].address) : undefined;
  if (!address || /[\r\n]/u.test(value)) {
    ctx.addIssue({
      code: "custom",
      message: `${shown(value)} är ingen giltig avsändare; skriv t.ex. lägesbild <lagesbild@tillvaxtverket.se>.`,
    });
    return z.NEVER;
  }
  const name = field(parsed[0]?.name ?? "", LIMITS.name);
  return name ? { name, address } : { address };
});

const domains = text().transform((value, ctx) => {
  if (value === undefined) return undefined;
  const result = list(value).map((part) => {
    const domain = canonicalDomain(part.replace(/^@/u, ""));
    if (!domain) ctx.addIssue({ code: "custom", message: `${shown(part)} är inget domännamn.` });
    return domain ?? "";
  });
  return [...new Set(result)];
});

const addresses = text().transform((value, ctx) => {
  const result = list(value ?? "").map((part) => {
    const address = canonicalAddress(part);
    if (!address) ctx.addIssue({ code: "custom", message: `${shown(part)} är ingen giltig e-postadress.` });
    return address ?? "";
  });
  return [...new Set(result)];
});

const port = text().transform((value, ctx) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/u.test(value) || n < 1 || n > 65_535) {
    ctx.addIssue({ code: "custom", message: `${shown(value)} är inget portnummer (1–65535).` });
    return z.NEVER;
  }
  return n;
});

const security = text().pipe(z.enum(["starttls", "tls"], { error: "ska vara starttls eller tls." }).optional());

const envSchema = z.object({
  LAGESBILD_MAIL_FROM: from,
  LAGESBILD_MAIL_ALLOWED_DOMAINS: domains,
  LAGESBILD_MAIL_EXTRA_RECIPIENTS: addresses,
  LAGESBILD_SMTP_HOST: text(),
  LAGESBILD_SMTP_PORT: port,
  LAGESBILD_SMTP_SECURITY: security,
  LAGESBILD_SMTP_USER: text(),
  // A password is taken as it is, spaces and all.
  LAGESBILD_SMTP_PASSWORD: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  LAGESBILD_SMTP_CA_FILE: text(),
  LAGESBILD_GMAIL_USER: text(),
});
type Variable = keyof z.infer<typeof envSchema>;

/** What each transport cannot do without; checked on the raw environment, so it adds to any other problem. */
function missingFor(transport: TransportName, env: Readonly<Record<string, string | undefined>>): string[] {
  const set = (variable: Variable) => Boolean(env[variable]?.trim());
  const problems: string[] = [];
  const need = (variable: Variable, why: string) => {
    if (!set(variable)) problems.push(`${variable}: saknas; ${why}`);
  };
  if (transport !== "outbox") {
    need("LAGESBILD_MAIL_FROM", `avsändaren behövs för --transport ${transport}.`);
    need(
      "LAGESBILD_MAIL_ALLOWED_DOMAINS",
      `ange de domäner som får ta emot e-post (t.ex. tillvaxtverket.se) för --transport ${transport}.`,
    );
  }
  if (transport === "smtp") {
    need("LAGESBILD_SMTP_HOST", "ange SMTP-serverns namn.");
    if (set("LAGESBILD_SMTP_USER") !== Boolean(env["LAGESBILD_SMTP_PASSWORD"])) {
      problems.push("LAGESBILD_SMTP_USER: anges tillsammans med LAGESBILD_SMTP_PASSWORD, båda eller ingen av dem.");
    }
  }
  return problems;
}

/**
 * Reads the mail configuration for a transport from an environment (pass
 * `process.env` at the edge, a plain object in tests). Throws
 * `ConfigError` naming every problem at once.
 */
export function loadMailConfig(env: Readonly<Record<string, string | undefined>>, transport: TransportName = "outbox"): MailConfig {
  const parsed = envSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)),
    ...missingFor(transport, env),
  ];
  if (!parsed.success || problems.length) throw new ConfigError(problems, "E-postinställningarna är felaktiga:");
  const v = parsed.data;
  const smtpSecurity = v.LAGESBILD_SMTP_SECURITY ?? "starttls";
  return {
    from: v.LAGESBILD_MAIL_FROM ?? DEFAULT_FROM,
    ...(v.LAGESBILD_MAIL_ALLOWED_DOMAINS ? { allowedDomains: v.LAGESBILD_MAIL_ALLOWED_DOMAINS } : {}),
    extraRecipients: v.LAGESBILD_MAIL_EXTRA_RECIPIENTS,
    ...(transport === "smtp" && v.LAGESBILD_SMTP_HOST
      ? {
          smtp: {
            host: v.LAGESBILD_SMTP_HOST,
            port: v.LAGESBILD_SMTP_PORT ?? (smtpSecurity === "tls" ? 465 : 587),
            security: smtpSecurity,
            ...(v.LAGESBILD_SMTP_USER && v.LAGESBILD_SMTP_PASSWORD
              ? { auth: { user: v.LAGESBILD_SMTP_USER, pass: v.LAGESBILD_SMTP_PASSWORD } }
              : {}),
            ...(v.LAGESBILD_SMTP_CA_FILE ? { caFile: v.LAGESBILD_SMTP_CA_FILE } : {}),
          },
        }
      : {}),
    gmail: { userId: v.LAGESBILD_GMAIL_USER ?? "me" },
  };
}
