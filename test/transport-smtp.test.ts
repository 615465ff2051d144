import { simpleParser, type AddressObject } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMailConfig } from "../src/config/mail.ts";
import { buildMime } from "../src/sinks/mail/mime.ts";
import { TransportError, type OutgoingMessage } from "../src/sinks/mail/mail-transport.ts";
import { smtpTransport } from "../src/sinks/mail/smtp-transport.ts";
import { SMTP_PASSWORD, SMTP_USER, startSmtpServer, type TestSmtpServer } from "./helpers/smtp-server.ts";

const message: OutgoingMessage = {
  id: "2024-W38_asa.oberg@kommun.example",
  from: { name: "lägesbild", address: "lagesbild@tillvaxtverket.example" },
  to: { name: "Åsa Öberg", address: "asa.oberg@kommun.example" },
  subject: "Lägesbild vecka 38, 2024 – Bostäder och Tillstånd och förenkling",
  text: "Hej Åsa Öberg!\n\nÄndrade ärenden: två.\n",
  html: '<!DOCTYPE html><html lang="sv"><body><p>Hej Åsa Öberg!</p><p>Ändrade ärenden: två.</p></body></html>\n',
  date: new Date("2024-09-18T05:00:00Z"),
  messageId: "<lagesbild.2024-W38.test@tillvaxtverket.example>",
};

function env(server: TestSmtpServer, overrides: Record<string, string | undefined> = {}) {
  return {
    LAGESBILD_MAIL_FROM: "lägesbild <lagesbild@tillvaxtverket.example>",
    LAGESBILD_MAIL_ALLOWED_DOMAINS: "kommun.example",
    LAGESBILD_SMTP_HOST: "127.0.0.1",
    LAGESBILD_SMTP_PORT: String(server.port),
    LAGESBILD_SMTP_USER: SMTP_USER,
    LAGESBILD_SMTP_PASSWORD: SMTP_PASSWORD,
    LAGESBILD_SMTP_CA_FILE: server.certificateFile,
    ...overrides,
  };
}

async function transportFor(server: TestSmtpServer, overrides: Record<string, string | undefined> = {}) {
  const config = loadMailConfig(env(server, overrides), "smtp");
  if (!config.smtp) throw new Error("no smtp config");
  return smtpTransport(config.smtp);
}

describe("the SMTP transport, against a real SMTP server", () => {
  let server: TestSmtpServer;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => server.close());

  it("upgrades with STARTTLS, authenticates, and delivers the composed message intact", async () => {
    const transport = await transportFor(server);
    const before = server.received.length;
    const delivered = await transport.send(message);
    await transport.close();

    expect(server.received).toHaveLength(before + 1);
    const got = server.received.at(-1)!;
    expect(got.secure).toBe(true);
    expect(got.user).toBe(SMTP_USER);
    expect(got.from).toBe("lagesbild@tillvaxtverket.example");
    expect(got.to).toEqual(["asa.oberg@kommun.example"]);
    expect(got.raw.toString("utf8").replace(/\r\n$/u, "")).toBe((await buildMime(message)).toString("utf8").replace(/\r\n$/u, ""));
    expect(delivered.where).toContain(`127.0.0.1:${server.port}`);

    const parsed = await simpleParser(got.raw);
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.from?.value).toEqual([{ name: "lägesbild", address: "lagesbild@tillvaxtverket.example" }]);
    expect((parsed.to as AddressObject).value).toEqual([{ name: "Åsa Öberg", address: "asa.oberg@kommun.example" }]);
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
    expect(parsed.messageId).toBe(message.messageId);
    expect(parsed.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
  });

  it.each([
    ["a wrong password", { LAGESBILD_SMTP_PASSWORD: "fel" }, /tog inte emot/],
    ["a certificate nobody trusts", { LAGESBILD_SMTP_CA_FILE: undefined }, /certificate/i],
  ])("fails with a TransportError on %s and delivers nothing", async (_, overrides, reason) => {
    const transport = await transportFor(server, overrides);
    const before = server.received.length;
    const error = await transport.send(message).catch((e: unknown) => e);
    await transport.close();
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toMatch(reason);
    expect(server.received).toHaveLength(before);
  });

  it("reports a refused recipient with the server's answer", async () => {
    server.refuse.add("asa.oberg@kommun.example");
    try {
      const transport = await transportFor(server);
      const error = await transport.send(message).catch((e: unknown) => e);
      await transport.close();
      expect(error).toBeInstanceOf(TransportError);
      expect((error as Error).message).toMatch(/550/);
      expect((error as TransportError).inDoubt).toBe(false);
    } finally {
      server.refuse.clear();
    }
  });

  it("reports a message in doubt when the server took its data and cut the connection before answering", async () => {
    server.dropAfterData.add("asa.oberg@kommun.example");
    const before = server.received.length;
    try {
      const transport = await transportFor(server);
      const error = await transport.send(message).catch((e: unknown) => e);
      await transport.close();
      expect(error).toBeInstanceOf(TransportError);
      expect((error as TransportError).inDoubt).toBe(true);
      expect((error as Error).message).toContain("svarade aldrig");
      // The server did keep it: sending it again would have been a duplicate.
      expect(server.received.length).toBe(before + 1);
    } finally {
      server.dropAfterData.clear();
    }
  });

  it("reports a clear failure, not doubt, when nothing could be sent", async () => {
    const closed = await startSmtpServer();
    const port = closed.port;
    await closed.close();
    const transport = await transportFor({ ...server, port });
    const error = await transport.send(message).catch((e: unknown) => e);
    await transport.close();
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).inDoubt).toBe(false);
  });
});

describe("the SMTP transport, against a server that does not offer STARTTLS", () => {
  it("refuses to send the message in the clear, even where the server would take it", async () => {
    const server = await startSmtpServer({ withoutStartTls: true });
    try {
      const transport = await transportFor(server, { LAGESBILD_SMTP_USER: undefined, LAGESBILD_SMTP_PASSWORD: undefined });
      const error = await transport.send(message).catch((e: unknown) => e);
      await transport.close();
      expect(error).toBeInstanceOf(TransportError);
      expect(server.received).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
