/**
 * The functions under test as they run in Cloud Run: each entry point imported
 * with its environment, served by the functions-framework's own test server
 * on a real port, with the fake Google server behind it (Sheets, Drive, Cloud
 * Storage and the metadata server that hands Application Default Credentials
 * their token) and the test SMTP server as the relay.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTestServer } from "@google-cloud/functions-framework/testing";
import { vi } from "vitest";
import { googleExample, metadataEnv, startFakeGoogle, type FakeGoogle, type SheetsByHeader } from "./fake-google/index.ts";
import { SMTP_PASSWORD, SMTP_USER, startSmtpServer, type TestSmtpServer } from "./smtp-server.ts";

export const DOMAIN = "tillvaxtverket.example";
export const DRIVE_FOLDER = "1DriveFolderForReports";
export const STATE_BUCKET = "lagesbild-state";
export const REPORT_BUCKET = "lagesbild-reports";

export interface Harness {
  readonly fake: FakeGoogle;
  readonly smtp: TestSmtpServer;
  readonly centralId: string;
  readonly dir: string;
  /** The environment the functions were given. */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Changes to the example's YAML content, per file (e.g. a report set to `utkast`). */
  readonly edit?: (file: string, content: SheetsByHeader) => SheetsByHeader;
  readonly env?: Readonly<Record<string, string>>;
}

/** An edit for HarnessOptions: Delrapport 1 still being written, so that reportDraft has a draft to send. */
export function reportOneIsDraft(file: string, content: SheetsByHeader): SheetsByHeader {
  if (file !== "central.yaml") return content;
  return { ...content, Rapporter: (content["Rapporter"] ?? []).map((r) => ({ ...r, Status: "utkast" })) };
}

/** Starts the servers and sets the environment (undone by `close`); import the function modules after this. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const [fake, smtp, dir] = await Promise.all([startFakeGoogle(), startSmtpServer(), mkdtemp(join(tmpdir(), "lagesbild-functions-"))]);
  const example = await googleExample(undefined, options.edit);
  fake.spreadsheets.put(...example.spreadsheets);
  fake.objects.createBucket(STATE_BUCKET, REPORT_BUCKET);
  fake.drive.addFolder(DRIVE_FOLDER);
  const env: Record<string, string> = {
    ...metadataEnv(fake.rootUrl, dir),
    LAGESBILD_SOURCE: "gsheets",
    LAGESBILD_CENTRAL_SPREADSHEET: example.centralId,
    LAGESBILD_GOOGLE_ROOT_URL: fake.rootUrl,
    LAGESBILD_GOOGLE_MAX_ATTEMPTS: "2",
    LAGESBILD_GOOGLE_BACKOFF_BASE_MS: "10",
    LAGESBILD_GOOGLE_BACKOFF_MAX_MS: "20",
    LAGESBILD_REPORT_STORE: `drive:${DRIVE_FOLDER}`,
    LAGESBILD_STATE: `gs://${STATE_BUCKET}/lagesbild/state`,
    LAGESBILD_MAIL_TRANSPORT: "smtp",
    LAGESBILD_MAIL_FROM: `lägesbild <lagesbild@${DOMAIN}>`,
    LAGESBILD_MAIL_ALLOWED_DOMAINS: DOMAIN,
    LAGESBILD_SMTP_HOST: "127.0.0.1",
    LAGESBILD_SMTP_PORT: String(smtp.port),
    LAGESBILD_SMTP_USER: SMTP_USER,
    LAGESBILD_SMTP_PASSWORD: SMTP_PASSWORD,
    LAGESBILD_SMTP_CA_FILE: smtp.certificateFile,
    ...options.env,
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return {
    fake,
    smtp,
    centralId: example.centralId,
    dir,
    env,
    close: async () => {
      vi.unstubAllEnvs();
      await Promise.all([fake.close(), smtp.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** The registered function behind the framework's test server, listening on a free port. */
export async function serve(name: string): Promise<Served> {
  const server: Server = getTestServer(name);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * POSTs a Pub/Sub message as Eventarc delivers it to a Cloud Run function: a
 * binary-mode CloudEvent (`ce-*` headers) whose body is the Pub/Sub push
 * envelope with the message data in base64.
 */
export async function postPubSub(url: string, data: unknown, id: string): Promise<Response> {
  const message = {
    data: data === undefined ? undefined : Buffer.from(JSON.stringify(data)).toString("base64"),
    messageId: id,
    publishTime: "2024-09-16T05:00:00.000Z",
    attributes: {},
  };
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "ce-specversion": "1.0",
      "ce-type": "google.cloud.pubsub.topic.v1.messagePublished",
      "ce-source": "//pubsub.googleapis.com/projects/lagesbild-test/topics/lagesbild-summary",
      "ce-id": id,
      "ce-time": "2024-09-16T05:00:00.000Z",
    },
    body: JSON.stringify({ message, subscription: "projects/lagesbild-test/subscriptions/eventarc-summary" }),
  });
}

/** What a function wrote to stdout as structured log entries, while `action` ran. */
export async function captureLogs<T>(action: () => Promise<T>): Promise<{ result: T; logs: Record<string, unknown>[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const result = await action();
    return {
      result,
      logs: lines
        .join("")
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    };
  } finally {
    spy.mockRestore();
  }
}
