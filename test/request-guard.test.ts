import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../src/app/log.ts";
import { guardRequests } from "../src/runtime/request-guard.ts";

let server: Server;
let url: string;
beforeAll(async () => {
  guardRequests(silentLogger());
  // A server that is not the framework's Express app: a fake Google API taking a 200 kB upload, say.
  server = createServer((req, res) => {
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => res.end(String(bytes)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the request guard", () => {
  it("leaves a server that is no Express app alone, large bodies and all", async () => {
    const response = await fetch(url, { method: "POST", body: "x".repeat(200_000) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("200000");
  });
});
