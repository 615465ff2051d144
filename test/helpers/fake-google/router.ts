import type { IncomingHttpHeaders } from "node:http";

export interface FakeRequest {
  readonly method: string;
  /** The path's captured groups, e.g. the spreadsheet id. */
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface FakeReply {
  readonly status: number;
  /** Sent as JSON; a Buffer is sent as it is (object media). */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One REST method of one fake API: Sheets v4, Drive v3 (`files.create`),
 * Cloud Storage JSON (`objects.insert`, `objects.get`) and the metadata server.
 */
export interface Route {
  readonly method: string;
  /** Matched against the URL's path (without the query). */
  readonly path: RegExp;
  /** Name the call is counted under, e.g. `sheets.values.batchGet`. */
  readonly endpoint: string;
  /** What the call is about, for counts and faults; the first path parameter by default. */
  readonly key?: (request: FakeRequest) => string;
  /** Answered without a bearer token (the metadata server, which hands the tokens out). */
  readonly public?: boolean;
  /** Counted against Sheets' per-minute read quota when a test enforces it. */
  readonly quota?: boolean;
  handle(request: FakeRequest): FakeReply | Promise<FakeReply>;
}

export function findRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: string[] } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.path.exec(path);
    if (m) return { route, params: m.slice(1).map((p) => decodeURIComponent(p ?? "")) };
  }
  return undefined;
}
