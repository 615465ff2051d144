import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CallLog } from "./call-log.ts";
import { cloudStorageRoutes, ObjectStore } from "./cloud-storage.ts";
import { DriveStore, driveV3Routes } from "./drive-v3.ts";
import { DriveFiles, driveV3FileRoutes } from "./drive-v3-files.ts";
import { driveV3GetRoute } from "./drive-v3-get.ts";
import { FaultPlan, type Fault } from "./faults.ts";
import { metadataRoutes, tokenInfoRoute } from "./metadata.ts";
import { findRoute, type FakeReply, type FakeRequest, type Route } from "./router.ts";
import { googleError, sheetsV4Routes } from "./sheets-v4.ts";
import { sheetsV4WriteRoutes } from "./sheets-v4-write.ts";
import { ReadQuota } from "./quota.ts";
import { SpreadsheetStore } from "./spreadsheets.ts";

export const FAKE_ACCESS_TOKEN = "fake-google-access-token";

/** What the fake's tokeninfo says the token carries: every scope lägesbild asks for. */
export const FAKE_TOKEN_SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.readonly",
  "https://www.googleapis.com/auth/drive.metadata.readonly",
  "https://www.googleapis.com/auth/drive.file",
  "https://www.googleapis.com/auth/devstorage.read_write",
] as const;

export interface FakeGoogle {
  /** Give this to the client as `rootUrl`. */
  readonly rootUrl: string;
  readonly spreadsheets: SpreadsheetStore;
  /** Cloud Storage buckets and objects. */
  readonly objects: ObjectStore;
  /** Drive folders and the files created in them. */
  readonly drive: DriveStore;
  /** New spreadsheets made through Drive, their marks and who they are shared with. */
  readonly driveFiles: DriveFiles;
  readonly faults: FaultPlan;
  readonly calls: CallLog;
  /** Sheets' per-minute read quota; off until a test enforces it. */
  readonly quota: ReadQuota;
  close(): Promise<void>;
}

export interface FakeGoogleOptions {
  /** The bearer token every call must carry; `null` accepts calls without one. */
  readonly accessToken?: string | null;
}

/**
 * A local HTTP server that answers like the Google REST APIs lägesbild uses
 * (Sheets v4, Drive v3 uploads and files.get, the Cloud Storage JSON API, and the metadata
 * server's access tokens for Application Default Credentials), counts every
 * call per endpoint and key, and meets calls with injected faults: 429 with
 * Retry-After, 5xx, slow answers, truncated JSON, dropped connections.
 */
export async function startFakeGoogle(options: FakeGoogleOptions = {}): Promise<FakeGoogle> {
  const token = options.accessToken === undefined ? FAKE_ACCESS_TOKEN : options.accessToken;
  const spreadsheets = new SpreadsheetStore();
  const faults = new FaultPlan();
  const calls = new CallLog();
  const objects = new ObjectStore();
  const drive = new DriveStore();
  const driveFiles = new DriveFiles();
  const quota = new ReadQuota();
  const routes: Route[] = [
    ...sheetsV4Routes(spreadsheets),
    ...sheetsV4WriteRoutes(spreadsheets),
    ...driveV3FileRoutes(driveFiles, drive, spreadsheets),
    driveV3GetRoute(spreadsheets),
    ...cloudStorageRoutes(objects),
    ...driveV3Routes(drive),
    ...metadataRoutes(token ?? FAKE_ACCESS_TOKEN),
    tokenInfoRoute(token ?? FAKE_ACCESS_TOKEN, FAKE_TOKEN_SCOPES),
  ];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: googleError(500, `fake-google: ${String(error)}`) });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const body = await readBody(req);
    const found = findRoute(routes, req.method ?? "GET", url.pathname);
    if (!found) return send(res, { status: 404, body: googleError(404, `fake-google: no route for ${req.method} ${url.pathname}`) });
    const request: FakeRequest = { method: req.method ?? "GET", params: found.params, query: url.searchParams, headers: req.headers, body };
    const key = found.route.key?.(request) ?? found.params[0] ?? "";
    const finished = calls.record({
      endpoint: found.route.endpoint,
      key,
      method: request.method,
      query: url.searchParams,
      headers: req.headers,
    });
    res.on("close", finished);

    if (token !== null && !found.route.public && req.headers.authorization !== `Bearer ${token}`) {
      return send(res, { status: 401, body: googleError(401, "Request is missing required authentication credential.") });
    }
    if (found.route.quota) {
      const refused = quota.check(String(req.headers.authorization ?? ""));
      if (refused) return send(res, refused);
    }
    const f = faults.take(found.route.endpoint, key);
    if (f?.kind === "status") return send(res, statusReply(f));
    if (f?.kind === "reply") return send(res, { status: f.status, body: f.body, ...(f.headers ? { headers: f.headers } : {}) });
    if (f?.kind === "slow") await pause(f.ms, res);
    if (gone(res)) return;
    const reply = await found.route.handle(request);
    if (f?.kind === "truncate" || f?.kind === "drop") return sendBroken(res, reply, f.kind);
    send(res, reply);
  }

  // Google keeps idle connections open for minutes; Node's 5 s default races a
  // client's reuse of the socket (ECONNRESET on an upload, which is never retried).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    spreadsheets,
    objects,
    drive,
    driveFiles,
    faults,
    calls,
    quota,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function statusReply(f: Extract<Fault, { kind: "status" }>): FakeReply {
  const message =
    f.status === 429
      ? "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'."
      : "Internal error encountered.";
  return {
    status: f.status,
    body: googleError(f.status, message, f.reason),
    ...(f.retryAfter ? { headers: { "retry-after": f.retryAfter } } : {}),
  };
}

/** The client hung up (e.g. its timeout fired while the answer was slow). */
function gone(res: ServerResponse): boolean {
  return res.destroyed || !res.socket || res.socket.destroyed;
}

function send(res: ServerResponse, reply: FakeReply): void {
  if (gone(res)) return;
  const raw = Buffer.isBuffer(reply.body);
  const bytes = raw ? (reply.body as Buffer) : Buffer.from(JSON.stringify(reply.body));
  const type = raw ? "application/octet-stream" : "application/json; charset=UTF-8";
  res.writeHead(reply.status, { "content-type": type, "content-length": bytes.length, ...reply.headers });
  res.end(bytes);
}

/** A 200 whose JSON stops half-way: complete at the HTTP level (`truncate`) or cut off with the connection (`drop`). */
function sendBroken(res: ServerResponse, reply: FakeReply, how: "truncate" | "drop"): void {
  const bytes = Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(JSON.stringify(reply.body));
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  const length = how === "truncate" ? half.length : bytes.length;
  res.writeHead(reply.status, { "content-type": "application/json; charset=UTF-8", "content-length": length });
  if (how === "truncate") return void res.end(half);
  res.write(half, () => res.destroy());
}

function pause(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.on("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
