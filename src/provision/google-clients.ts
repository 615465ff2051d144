import { drive } from "@googleapis/drive";
import { sheets } from "@googleapis/sheets";
import { GoogleAuth, type OAuth2Client } from "google-auth-library";
import type { GoogleClients } from "./google-spreadsheet-admin.ts";

/** Setting up needs to write spreadsheets and to see, share and mark the files it made — nothing else in the coordinator's Drive. */
export const SET_UP_SCOPES = ["https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/drive.file"] as const;

/** The login command that gives Application Default Credentials these scopes on a workstation. */
export const SET_UP_LOGIN = `gcloud auth application-default login --scopes=openid,https://www.googleapis.com/auth/userinfo.email,${SET_UP_SCOPES.join(",")}`;

/**
 * The Sheets and Drive clients as the coordinator: Application Default
 * Credentials (their own `gcloud auth application-default login`), never a
 * function's service account. Tests pass their own auth and a local rootUrl.
 */
export function setUpClients(options: { readonly rootUrl?: string; readonly auth?: GoogleAuth | OAuth2Client } = {}): GoogleClients {
  const auth = options.auth ?? new GoogleAuth({ scopes: [...SET_UP_SCOPES] });
  const common = { auth, retry: false, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) } as const;
  return { sheets: sheets({ version: "v4", ...common }), drive: drive({ version: "v3", ...common }) };
}
