import { createHash } from "node:crypto";
import type { DriveStore } from "./drive-v3.ts";
import type { FakeReply, FakeRequest, Route } from "./router.ts";
import { googleError } from "./sheets-v4.ts";
import type { SpreadsheetStore } from "./spreadsheets.ts";

export const DRIVE_CREATE_FILE = "drive.files.create(metadata)";
export const DRIVE_LIST = "drive.files.list";
export const DRIVE_ABOUT = "drive.about.get";
export const DRIVE_PERMISSIONS_LIST = "drive.permissions.list";
export const DRIVE_PERMISSIONS_CREATE = "drive.permissions.create";

const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";

export interface FakePermission {
  readonly emailAddress: string;
  readonly role: string;
  readonly emailMessage?: string;
  readonly notified: boolean;
}

export interface FakeDriveEntry {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly parents: readonly string[];
  readonly appProperties: Readonly<Record<string, string>>;
  readonly permissions: FakePermission[];
}

/** Files made with a metadata-only `files.create` (a new Google spreadsheet), who the caller is, and who each file is shared with. */
export class DriveFiles {
  readonly entries: FakeDriveEntry[] = [];
  /** The signed-in account `about.get` names. */
  account = "samordnare@example.se";

  byId(id: string): FakeDriveEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }
}

/** Drive v3 `files.create` (metadata only), `files.list` with an appProperties query, `about.get` and `permissions`. */
export function driveV3FileRoutes(files: DriveFiles, folders: DriveStore, spreadsheets: SpreadsheetStore): Route[] {
  return [
    {
      method: "GET",
      path: /^\/drive\/v3\/about$/,
      endpoint: DRIVE_ABOUT,
      handle: () => ({ status: 200, body: { user: { emailAddress: files.account, kind: "drive#user" } } }),
    },
    { method: "POST", path: /^\/drive\/v3\/files$/, endpoint: DRIVE_CREATE_FILE, handle: (r) => create(files, folders, spreadsheets, r) },
    {
      method: "GET",
      path: /^\/drive\/v3\/files$/,
      endpoint: DRIVE_LIST,
      key: (r) => r.query.get("q") ?? "",
      handle: (r) => list(files, r),
    },
    {
      method: "GET",
      path: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      endpoint: DRIVE_PERMISSIONS_LIST,
      handle: ({ params }) => {
        const entry = files.byId(params[0]!);
        if (!entry) return notFound(params[0]!);
        return {
          status: 200,
          body: {
            permissions: entry.permissions.map((p) => ({
              kind: "drive#permission",
              type: "user",
              emailAddress: p.emailAddress,
              role: p.role,
            })),
          },
        };
      },
    },
    {
      method: "POST",
      path: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      endpoint: DRIVE_PERMISSIONS_CREATE,
      key: ({ body }) => emailIn(body),
      handle: ({ params, query, body }) => {
        const entry = files.byId(params[0]!);
        if (!entry) return notFound(params[0]!);
        const p = JSON.parse(body.toString("utf8")) as { type?: string; role?: string; emailAddress?: string };
        if (p.type !== "user" || !p.emailAddress || !["reader", "commenter", "writer"].includes(p.role ?? "")) {
          return { status: 400, body: googleError(400, "The permission type, role or emailAddress is missing or invalid.") };
        }
        const message = query.get("emailMessage");
        entry.permissions.push({
          emailAddress: p.emailAddress,
          role: p.role!,
          ...(message ? { emailMessage: message } : {}),
          notified: query.get("sendNotificationEmail") !== "false",
        });
        return { status: 200, body: { kind: "drive#permission", id: `perm-${entry.permissions.length}` } };
      },
    },
  ];
}

function create(files: DriveFiles, folders: DriveStore, spreadsheets: SpreadsheetStore, request: FakeRequest): FakeReply {
  const meta = JSON.parse(request.body.toString("utf8") || "{}") as {
    name?: string;
    mimeType?: string;
    parents?: string[];
    appProperties?: Record<string, string>;
  };
  if (meta.mimeType !== SPREADSHEET_MIME)
    return { status: 400, body: googleError(400, "fake-google: only new Google spreadsheets are made without an upload") };
  const parents = meta.parents ?? [];
  const missing = parents.find((p) => !folders.hasFolder(p));
  if (missing !== undefined) return notFound(missing);
  const id = `1${createHash("sha256").update(`made:${files.entries.length}:${meta.name}`).digest("base64url").slice(0, 43)}`;
  files.entries.push({
    id,
    name: meta.name ?? "Namnlöst kalkylark",
    mimeType: SPREADSHEET_MIME,
    parents,
    appProperties: meta.appProperties ?? {},
    permissions: [{ emailAddress: files.account, role: "owner", notified: false }],
  });
  // A new spreadsheet has one empty sheet, id 0, named in the account's language.
  spreadsheets.put({ id, title: meta.name ?? "Namnlöst kalkylark", sheets: [{ title: "Blad1", sheetId: 0, values: [] }] });
  const resource = {
    kind: "drive#file",
    id,
    name: meta.name,
    mimeType: SPREADSHEET_MIME,
    webViewLink: `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`,
  };
  return { status: 200, body: resource };
}

/** Only what lägesbild asks: `appProperties has { key='k' and value='v' }`, `'id' in parents` and `trashed = false`, joined by `and`. */
function list(files: DriveFiles, request: FakeRequest): FakeReply {
  const q = request.query.get("q") ?? "";
  const clauses = q.split(/ and (?![^{]*\})/);
  const tests: ((e: FakeDriveEntry) => boolean)[] = [];
  for (const clause of clauses) {
    const prop = /^appProperties has \{ key='((?:[^'\\]|\\.)*)' and value='((?:[^'\\]|\\.)*)' \}$/.exec(clause.trim());
    const parent = /^'((?:[^'\\]|\\.)*)' in parents$/.exec(clause.trim());
    if (prop) tests.push((e) => e.appProperties[unquote(prop[1]!)] === unquote(prop[2]!));
    else if (parent) tests.push((e) => e.parents.includes(unquote(parent[1]!)));
    else if (clause.trim() !== "trashed = false")
      return { status: 400, body: googleError(400, `Invalid Value: fake-google does not understand the query clause "${clause}"`) };
  }
  const found = files.entries.filter((e) => tests.every((t) => t(e)));
  return {
    status: 200,
    body: { kind: "drive#fileList", files: found.map((e) => ({ id: e.id, name: e.name, appProperties: e.appProperties })) },
  };
}

function emailIn(body: Buffer): string {
  try {
    return String((JSON.parse(body.toString("utf8")) as { emailAddress?: unknown }).emailAddress ?? "");
  } catch {
    return "";
  }
}

function unquote(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

function notFound(id: string): FakeReply {
  return { status: 404, body: googleError(404, `File not found: ${id}.`) };
}
