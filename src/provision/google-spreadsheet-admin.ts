import type { drive_v3 } from "@googleapis/drive";
import type { sheets_v4 } from "@googleapis/sheets";
import { spreadsheetUrl } from "../sources/google/spreadsheet-ref.ts";
import { creationRequests, refreshRequests } from "./sheet-requests.ts";
import type { CellWrite, CreateOptions, MadeSpreadsheet, SpreadsheetAdmin } from "./spreadsheet-admin.ts";

const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";
/** Marks on the Drive file, so that a rerun finds what it made (drive.file lets the app see only its own files). */
const MARK_KIND = "lagesbild";
const MARK_CENTRAL = "lagesbildCentral";
const MARK_BLOCK = "lagesbildBlock";

export interface GoogleClients {
  readonly sheets: sheets_v4.Sheets;
  readonly drive: drive_v3.Drive;
}

/** The SpreadsheetAdmin port on the real Sheets v4 and Drive v3 clients. */
export function googleSpreadsheetAdmin({ sheets, drive }: GoogleClients): SpreadsheetAdmin {
  return {
    async account() {
      const about = await drive.about.get({ fields: "user(emailAddress)" });
      const email = about.data.user?.emailAddress;
      if (!email) throw new Error("Google svarade inte med kontots e-postadress (about.get).");
      return email;
    },

    async findCentral(folderId) {
      const clauses = [mark(MARK_KIND, "central"), ...(folderId ? [`'${quote(folderId)}' in parents`] : [])];
      const [first] = await list(drive, clauses);
      return first ? made(first) : undefined;
    },

    async findBlocks(centralId) {
      const files = await list(drive, [mark(MARK_KIND, "block"), mark(MARK_CENTRAL, centralId)]);
      const found = new Map<string, MadeSpreadsheet>();
      for (const f of files) {
        const block = f.appProperties?.[MARK_BLOCK];
        if (block && !found.has(block)) found.set(block, made(f));
      }
      return found;
    },

    async create(plan, options: CreateOptions) {
      const appProperties: Record<string, string> = { [MARK_KIND]: plan.kind };
      if (options.centralId) appProperties[MARK_CENTRAL] = options.centralId;
      if (options.blockId) appProperties[MARK_BLOCK] = options.blockId;
      const file = await drive.files.create({
        requestBody: {
          name: plan.title,
          mimeType: SPREADSHEET_MIME,
          appProperties,
          ...(options.folderId ? { parents: [options.folderId] } : {}),
        },
        fields: "id,webViewLink",
        supportsAllDrives: true,
      });
      const id = file.data.id;
      if (!id) throw new Error(`Google svarade utan id när ${plan.title} skapades.`);
      await sheets.spreadsheets.batchUpdate({
        spreadsheetId: id,
        requestBody: { requests: creationRequests(plan, options.coordinatorEmail) },
      });
      return { id, url: spreadsheetUrl(id) };
    },

    async refresh(id, plan) {
      const got = await sheets.spreadsheets.get({ spreadsheetId: id, fields: "sheets.properties(sheetId,title)" });
      const ids = new Map((got.data.sheets ?? []).map((s) => [s.properties?.title ?? "", s.properties?.sheetId ?? undefined]));
      const requests = refreshRequests(plan, (title) => ids.get(title) ?? undefined);
      if (requests.length > 0) await sheets.spreadsheets.batchUpdate({ spreadsheetId: id, requestBody: { requests } });
    },

    async share(id, email, message) {
      const current = await drive.permissions.list({ fileId: id, fields: "permissions(emailAddress,role)", supportsAllDrives: true });
      const has = (current.data.permissions ?? []).some(
        (p) =>
          p.emailAddress?.toLowerCase() === email.toLowerCase() &&
          (p.role === "writer" || p.role === "owner" || p.role === "organizer" || p.role === "fileOrganizer"),
      );
      if (has) return "already";
      await drive.permissions.create({
        fileId: id,
        requestBody: { type: "user", role: "writer", emailAddress: email },
        emailMessage: message,
        sendNotificationEmail: true,
        supportsAllDrives: true,
        fields: "id",
      });
      return "shared";
    },

    async writeCells(spreadsheetId, cells: readonly CellWrite[]) {
      if (cells.length === 0) return;
      await sheets.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: { valueInputOption: "RAW", data: cells.map((c) => ({ range: c.range, values: [[c.value]] })) },
      });
    },
  };
}

async function list(drive: drive_v3.Drive, clauses: readonly string[]): Promise<drive_v3.Schema$File[]> {
  const response = await drive.files.list({
    q: [...clauses, "trashed = false"].join(" and "),
    fields: "files(id,name,appProperties)",
    spaces: "drive",
    supportsAllDrives: true,
    includeItemsFromAllDrives: true,
    pageSize: 1000,
  });
  return response.data.files ?? [];
}

function mark(key: string, value: string): string {
  return `appProperties has { key='${key}' and value='${quote(value)}' }`;
}

/** A value inside a Drive query's single quotes. */
function quote(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/'/g, "\\'");
}

function made(file: drive_v3.Schema$File): MadeSpreadsheet {
  const id = file.id ?? "";
  return { id, url: spreadsheetUrl(id) };
}
