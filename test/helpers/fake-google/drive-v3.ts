import { createHash } from "node:crypto";
import { applyFieldMask } from "./field-mask.ts";
import type { FakeReply, FakeRequest, Route } from "./router.ts";
import { googleError } from "./sheets-v4.ts";

export const DRIVE_CREATE = "drive.files.create";

export interface FakeDriveFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly parents: readonly string[];
  readonly data: Buffer;
}

/** How a folder is shared with the service account: Contributor (`writer`) or Viewer (`reader`). */
export type FolderRole = "writer" | "reader";

/** The Drive folders the fake knows (shared with the service account) and the files created in them. */
export class DriveStore {
  private readonly folders = new Map<string, FolderRole>();
  readonly files: FakeDriveFile[] = [];

  /** Folders shared with the account as Contributor. */
  addFolder(...ids: string[]): this {
    for (const id of ids) this.folders.set(id, "writer");
    return this;
  }

  /** Shares a folder (anew) with the account in this role; a Viewer sees it but may not create in it, as in Drive. */
  share(id: string, role: FolderRole): this {
    this.folders.set(id, role);
    return this;
  }

  hasFolder(id: string): boolean {
    return this.folders.has(id);
  }

  mayCreateIn(id: string): boolean {
    return this.folders.get(id) === "writer";
  }

  /** Files in a folder, in the order they were created. */
  inFolder(id: string): FakeDriveFile[] {
    return this.files.filter((f) => f.parents.includes(id));
  }
}

/** `files.create` with a multipart upload (metadata and content in one request), as `@googleapis/drive` sends it. */
export function driveV3Routes(store: DriveStore): Route[] {
  return [
    {
      method: "POST",
      path: /^\/upload\/drive\/v3\/files$/,
      endpoint: DRIVE_CREATE,
      key: (request) => parentOf(request) ?? "",
      handle: (request) => create(store, request),
    },
  ];
}

function create(store: DriveStore, request: FakeRequest): FakeReply {
  if (request.query.get("uploadType") !== "multipart")
    return { status: 400, body: googleError(400, "fake-google: only uploadType=multipart is supported") };
  const parts = multipartParts(request);
  if (!parts || parts.length !== 2)
    return { status: 400, body: googleError(400, "fake-google: expected a multipart/related body with metadata and media") };
  const [meta, media] = parts as [Part, Part];
  let metadata: { name?: unknown; mimeType?: unknown; parents?: unknown };
  try {
    metadata = JSON.parse(meta.content.toString("utf8")) as typeof metadata;
  } catch {
    return { status: 400, body: googleError(400, "fake-google: the metadata part is not JSON") };
  }
  const parents = Array.isArray(metadata.parents) ? metadata.parents.map(String) : [];
  const missing = parents.find((p) => !store.hasFolder(p));
  if (missing !== undefined) return { status: 404, body: googleError(404, `File not found: ${missing}.`) };
  if (!parents.every((p) => store.mayCreateIn(p))) {
    const message = "The user does not have sufficient permissions for this file.";
    return {
      status: 403,
      body: { error: { code: 403, message, errors: [{ message, domain: "global", reason: "insufficientFilePermissions" }] } },
    };
  }
  const id = `1${createHash("sha256")
    .update(`${store.files.length}:${String(metadata.name)}`)
    .digest("base64url")
    .slice(0, 32)}`;
  const file: FakeDriveFile = {
    id,
    name: typeof metadata.name === "string" ? metadata.name : "Untitled",
    mimeType: typeof metadata.mimeType === "string" ? metadata.mimeType : (media.contentType ?? "application/octet-stream"),
    parents,
    data: media.content,
  };
  store.files.push(file);
  const resource = {
    kind: "drive#file",
    id,
    name: file.name,
    mimeType: file.mimeType,
    parents,
    size: String(file.data.length),
    webViewLink: `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
  };
  const fields = request.query.get("fields");
  return {
    status: 200,
    body: fields ? applyFieldMask(resource, fields) : { kind: resource.kind, id, name: file.name, mimeType: file.mimeType },
  };
}

interface Part {
  readonly contentType?: string;
  readonly content: Buffer;
}

function parentOf(request: FakeRequest): string | undefined {
  const meta = multipartParts(request)?.[0];
  if (!meta) return undefined;
  try {
    const parents = (JSON.parse(meta.content.toString("utf8")) as { parents?: unknown }).parents;
    return Array.isArray(parents) ? String(parents[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** The parts of a `multipart/related` body: each `--boundary CRLF headers CRLF CRLF content CRLF`. */
function multipartParts(request: FakeRequest): Part[] | undefined {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(String(request.headers["content-type"] ?? ""))?.[2];
  if (!boundary) return undefined;
  const body = request.body;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) return undefined;
    const segment = body.subarray(start, next);
    const headerEnd = segment.indexOf("\r\n\r\n");
    if (headerEnd === -1) return undefined;
    const headers = segment.subarray(0, headerEnd).toString("utf8");
    let content = segment.subarray(headerEnd + 4);
    if (content.subarray(-2).toString() === "\r\n") content = content.subarray(0, -2);
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
    parts.push({ ...(contentType ? { contentType } : {}), content });
    at = next;
  }
  return parts;
}
