import { commonDenialAdvice, googleSaid } from "../../shared/denial-text.ts";
import type { Denial } from "../../shared/google-error.ts";
import { DRIVE_METADATA_READONLY_SCOPE, SHEETS_READONLY_SCOPE } from "./scopes.ts";

/**
 * Why a Google spreadsheet could not be read, in Swedish: the `detail` of a
 * `source-unavailable` problem. One place for every such text.
 */

export type ReadFailure =
  | { readonly kind: "not-a-reference"; readonly ref: string }
  | { readonly kind: "not-found"; readonly id: string }
  | {
      readonly kind: "forbidden";
      readonly id: string;
      readonly denial: Denial;
      /** Google's message, as it came. */
      readonly google?: string;
      /** The account that was refused, when known: the one to share with. */
      readonly account?: string;
    }
  | { readonly kind: "unauthenticated"; readonly id: string; readonly message: string }
  | { readonly kind: "no-credentials" }
  | { readonly kind: "rejected"; readonly id: string; readonly status: number; readonly message: string }
  | { readonly kind: "exhausted"; readonly id: string; readonly attempts: number; readonly seconds: number; readonly last: TransientCause }
  | { readonly kind: "broken"; readonly id: string; readonly message: string };

/** What went wrong on the last try of a request that is worth retrying. */
export type TransientCause =
  | { readonly kind: "status"; readonly status: number }
  | { readonly kind: "timeout"; readonly seconds: number }
  | { readonly kind: "network"; readonly message: string }
  | { readonly kind: "malformed" };

export function failureDetail(f: ReadFailure): string {
  switch (f.kind) {
    case "not-a-reference":
      return `”${f.ref}” är varken ett Google-kalkylarks id eller en adress till ett Google-kalkylark (https://docs.google.com/spreadsheets/d/…)`;
    case "not-found":
      return `Google-kalkylarket ${f.id} finns inte. Kontrollera id:t eller adressen`;
    case "forbidden":
      return `${forbiddenText(f)}${googleSaid(f.google)}`;
    case "unauthenticated":
      return `inloggningen mot Google misslyckades för kalkylarket ${f.id} (${f.message}). Kontrollera tjänstekontot (Application Default Credentials)`;
    case "no-credentials":
      return "inloggningsuppgifter för Google saknas (Application Default Credentials). Kör funktionen med ett tjänstekonto, eller lokalt: gcloud auth application-default login";
    case "rejected":
      return `Google avvisade anropet för kalkylarket ${f.id} (HTTP ${f.status}: ${f.message})`;
    case "exhausted":
      return `Google-kalkylarket ${f.id} gick inte att hämta efter ${f.attempts} försök under ${decimal(f.seconds)} s (senast: ${causeText(f.last)}). Försök igen om en stund`;
    case "broken":
      return `Google-kalkylarket ${f.id} kunde inte läsas (${f.message})`;
  }
}

/** Why Drive did not say when a spreadsheet last changed, in Swedish: the detail of a `modified-unknown` note. */
export function modifiedUnknownDetail(
  f: ReadFailure | { readonly kind: "gave-up"; readonly attempts: number; readonly last: TransientCause },
): string {
  switch (f.kind) {
    case "gave-up":
      return `Google Drive svarade inte efter ${f.attempts} försök (senast: ${causeText(f.last)})`;
    case "forbidden": {
      if (f.denial.kind === "scope-insufficient")
        return `inloggningen saknar behörigheten (scope) ${DRIVE_METADATA_READONLY_SCOPE}. Lokalt: gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform,${SHEETS_READONLY_SCOPE},${DRIVE_METADATA_READONLY_SCOPE}${googleSaid(f.google)}`;
      const common = commonDenialAdvice(f.denial, {
        api: "Google Drive API",
        service: "drive.googleapis.com",
        scope: DRIVE_METADATA_READONLY_SCOPE,
        ...(f.account ? { account: f.account } : {}),
      });
      return `${common ?? "Google Drive nekade åtkomst till filens uppgifter"}${googleSaid(f.google)}`;
    }
    case "not-found":
      // Drive answers 404 for a file the login may not see, e.g. one lägesbild did not create under the set-up's drive.file scope.
      return `Google Drive visar inte filen för den här inloggningen, som behöver behörigheten (scope) ${DRIVE_METADATA_READONLY_SCOPE}`;
    case "unauthenticated":
      return `inloggningen mot Google Drive misslyckades (${f.message})`;
    case "rejected":
      return `Google Drive avvisade anropet (HTTP ${f.status}: ${f.message})`;
    case "broken":
      return `Google Drive svarade inte som väntat (${f.message})`;
    default:
      return failureDetail(f);
  }
}

function forbiddenText(f: Extract<ReadFailure, { kind: "forbidden" }>): string {
  const who = f.account ?? "tjänstekontot";
  const common = commonDenialAdvice(f.denial, {
    api: "Google Sheets API",
    service: "sheets.googleapis.com",
    scope: SHEETS_READONLY_SCOPE,
    ...(f.account ? { account: f.account } : {}),
  });
  if (common) return `Google-kalkylarket ${f.id} kunde inte läsas: ${common}`;
  return `${who} har inte läsbehörighet till Google-kalkylarket ${f.id}. Dela kalkylarket med ${f.account ?? "tjänstekontots e-postadress"} som Läsare (läsbehörighet räcker)`;
}

function causeText(c: TransientCause): string {
  switch (c.kind) {
    case "status":
      return c.status === 429 ? "HTTP 429, för många anrop mot Googles kvot" : `HTTP ${c.status}, fel hos Google`;
    case "timeout":
      return `inget svar inom ${decimal(c.seconds)} s`;
    case "network":
      return `nätverksfel: ${c.message}`;
    case "malformed":
      return "svaret var ofullständigt";
  }
}

function decimal(n: number): string {
  return String(Math.round(n * 10) / 10).replace(".", ",");
}
