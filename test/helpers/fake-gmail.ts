/**
 * A local HTTP server that answers `users.messages.send` of the Gmail v1 REST
 * API, for the real `@googleapis/gmail` client pointed at it with `rootUrl`.
 * It keeps every request and can be told to fail the next ones.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface GmailRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

export interface FakeGmail {
  readonly rootUrl: string;
  readonly requests: GmailRequest[];
  /** HTTP status codes for the next sends, used up in order (then 200). */
  readonly failNext: number[];
  close(): Promise<void>;
}

const SEND = /^\/gmail\/v1\/users\/([^/]+)\/messages\/send$/u;

export async function startFakeGmail(): Promise<FakeGmail> {
  const requests: GmailRequest[] = [];
  const failNext: number[] = [];
  let sent = 0;
  const server = createServer(async (req, res) => {
    const text = await bodyOf(req);
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text for the assertion to show
    }
    requests.push({
      method: req.method ?? "",
      path,
      authorization: req.headers.authorization,
      contentType: req.headers["content-type"],
      body,
    });
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(json));
    };
    if (req.method !== "POST" || !SEND.test(path)) return reply(404, { error: { code: 404, message: "Not found", status: "NOT_FOUND" } });
    const status = failNext.shift();
    if (status) return reply(status, { error: { code: status, message: "Backend Error", status: "UNAVAILABLE" } });
    sent += 1;
    reply(200, { id: `msg-${sent}`, threadId: `thread-${sent}`, labelIds: ["SENT"] });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    rootUrl: `http://127.0.0.1:${port}/`,
    requests,
    failNext,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
