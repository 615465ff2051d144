/**
 * A guard in front of the functions framework's Express app. The framework
 * parses every body itself, up to 1 GB, before a function runs, and answers
 * a body it cannot parse with Express's HTML error page (a stack trace
 * outside production). It offers no hook for either, so the guard wraps the
 * request listener of the server it creates: a body over MAX_BODY_BYTES is
 * refused with 413 before it is read, one of unknown length with 411, and
 * whatever the parsers refuse gets a JSON answer in Swedish.
 */
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { Logger } from "../app/log.ts";
import { SAY } from "../app/messages.ts";

/** The largest body a function reads: its parameters are two short values, and a Pub/Sub envelope a few hundred bytes. */
export const MAX_BODY_BYTES = 100_000;

/** Express calls this instead of its own final handler when given one: an error from a body parser, or no route. */
type Done = (error?: unknown) => void;
type ExpressApp = (req: IncomingMessage, res: ServerResponse, done: Done) => void;

let guarded = false;

/** Wraps the Express app of every HTTP server created from now on (the framework creates one, after the function registered); other servers are left alone. */
export function guardRequests(log: Logger): void {
  if (guarded) return;
  guarded = true;
  const create = http.createServer;
  http.createServer = ((...args: unknown[]) => {
    const last = args.length - 1;
    if (isExpressApp(args[last])) args[last] = guardListener(args[last], log);
    return (create as (...a: unknown[]) => http.Server).apply(http, args);
  }) as typeof http.createServer;
}

function isExpressApp(listener: unknown): listener is ExpressApp {
  return (
    typeof listener === "function" &&
    typeof (listener as { handle?: unknown }).handle === "function" &&
    typeof (listener as { use?: unknown }).use === "function"
  );
}

/** The app behind a check of the body's declared length, with a JSON answer for whatever the app's parsers refuse. */
export function guardListener(app: ExpressApp, log: Logger, maxBytes = MAX_BODY_BYTES): RequestListener {
  return (req, res) => {
    const declared = req.headers["content-length"];
    if (declared === undefined && req.headers["transfer-encoding"] !== undefined) {
      refuse(res, 411, "length-required", SAY.bodyLength);
      return;
    }
    if (declared !== undefined && Number(declared) > maxBytes) {
      log.warning("request body too large", { bytes: Number(declared), max: maxBytes });
      refuse(res, 413, "body-too-large", SAY.bodyTooLarge(maxBytes));
      return;
    }
    app(req, res, (error) => {
      if (error === undefined) return refuse(res, 404, "not-found", SAY.notFound);
      const { status, type } = error as { status?: unknown; type?: unknown };
      if (type === "entity.parse.failed") return refuse(res, 400, "bad-request", SAY.body);
      if (type === "entity.too.large") return refuse(res, 413, "body-too-large", SAY.bodyTooLarge(maxBytes));
      if (typeof status === "number" && status >= 400 && status < 500) return refuse(res, status, "bad-request", SAY.unreadableBody);
      log.error("unexpected error", { error: error instanceof Error ? error : new Error(String(error)) });
      refuse(res, 500, "internal", SAY.internal);
    });
  };
}

/** Answers and closes the connection, so a body not read does not hold it open. */
function refuse(res: ServerResponse, status: number, error: string, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", connection: "close" });
  res.end(JSON.stringify({ error, message }));
}
