/**
 * The Swedish advice for a refused Google call that is the same whichever API
 * refused it (Sheets, Drive, Cloud Storage): an API not enabled, a login
 * without the scope, a Workspace policy. Each API adds its own sentence on
 * sharing or roles.
 */
import type { Denial } from "./google-error.ts";

export interface DenialContext {
  /** The API's name as the console shows it, e.g. `Google Sheets API`. */
  readonly api: string;
  /** The API's service name, e.g. `sheets.googleapis.com`, for the enable command. */
  readonly service: string;
  /** The OAuth scope lägesbild asks for with this API. */
  readonly scope: string;
  /** The account that was refused (the function's service account), when known. */
  readonly account?: string;
}

/** The advice for a refusal that is not about sharing or roles; `undefined` for those. */
export function commonDenialAdvice(denial: Denial, c: DenialContext): string | undefined {
  switch (denial.kind) {
    case "api-disabled": {
      const link = denial.activationUrl ?? `https://console.cloud.google.com/apis/library/${denial.service ?? c.service}`;
      return `${c.api} är inte aktiverat i Google Cloud-projektet, eller aktiverades nyss och har inte slagit igenom än. Aktivera det (${link} eller gcloud services enable ${denial.service ?? c.service}), vänta några minuter och försök igen`;
    }
    case "scope-insufficient":
      return `inloggningen saknar behörigheten (scope) ${c.scope}. Lokalt: gcloud auth application-default login --scopes=https://www.googleapis.com/auth/cloud-platform,${c.scope}. I Cloud Run ber lägesbild själv om rätt scope; kontrollera att funktionen kör med sitt eget tjänstekonto`;
    case "workspace-policy":
      return `en policy i organisationens Google Workspace hindrar ${c.account ?? "tjänstekontot"} från att nå filen (till exempel delning utanför organisationen). Be Workspace-administratören tillåta delning med tjänstekontot`;
    case "storage-quota":
    case "permission-denied":
      return undefined;
  }
}

/** Google's own words, kept in the detail so nothing it said is lost. */
export function googleSaid(message: string | undefined): string {
  return message ? ` (Google: ”${message}”)` : "";
}
