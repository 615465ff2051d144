import { applyFieldMask } from "./field-mask.ts";
import type { Route } from "./router.ts";
import type { SpreadsheetStore } from "./spreadsheets.ts";

export const DRIVE_GET = "drive.files.get";

/** The modifiedTime of a spreadsheet that was given none: the day the Delrapport 1 example was saved. */
export const DEFAULT_MODIFIED_TIME = "2024-09-18T00:00:00.000Z";

/**
 * Drive v3 `files.get` of a spreadsheet's metadata, as the real API answers
 * it: only the `fields` asked for (without them Drive's default kind, id,
 * name and mimeType), and a 404 with Drive's own error for a file the caller
 * cannot see, which is how Drive answers a file not shared with it too.
 */
export function driveV3GetRoute(spreadsheets: SpreadsheetStore): Route {
  return {
    method: "GET",
    path: /^\/drive\/v3\/files\/([^/]+)$/,
    endpoint: DRIVE_GET,
    handle: (request) => {
      const id = request.params[0] ?? "";
      const spreadsheet = spreadsheets.get(id);
      if (!spreadsheet) return { status: 404, body: driveNotFound(id) };
      const resource = {
        kind: "drive#file",
        id,
        name: spreadsheet.title,
        mimeType: "application/vnd.google-apps.spreadsheet",
        modifiedTime: spreadsheet.modifiedTime ?? DEFAULT_MODIFIED_TIME,
      };
      const fields = request.query.get("fields");
      return {
        status: 200,
        body: fields ? applyFieldMask(resource, fields) : { kind: resource.kind, id, name: resource.name, mimeType: resource.mimeType },
      };
    },
  };
}

function driveNotFound(id: string) {
  const message = `File not found: ${id}.`;
  return {
    error: {
      code: 404,
      message,
      errors: [{ message, domain: "global", reason: "notFound", location: "fileId", locationType: "parameter" }],
    },
  };
}
