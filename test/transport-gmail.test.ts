import { OAuth2Client } from "google-auth-library";
import { simpleParser, type AddressObject } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gmailTransport } from "../src/sinks/mail/gmail-transport.ts";
import { buildMime } from "../src/sinks/mail/mime.ts";
import { TransportError, type OutgoingMessage } from "../src/sinks/mail/mail-transport.ts";
import { startFakeGmail, type FakeGmail } from "./helpers/fake-gmail.ts";

const message: OutgoingMessage = {
  id: "2024-W38_kristina@tillvaxtverket.example",
  from: { name: "lägesbild", address: "lagesbild@tillvaxtverket.example" },
  to: { name: "Kristina Zetterström", address: "kristina@tillvaxtverket.example" },
  subject: "Lägesbild vecka 38, 2024",
  text: "Hej Kristina Zetterström!\n\nÅtta byggstenar i gång.\n",
  html: '<!DOCTYPE html><html lang="sv"><body><p>Hej Kristina Zetterström!</p><p>Åtta byggstenar i gång.</p></body></html>\n',
  date: new Date("2024-09-16T05:00:00Z"),
  messageId: "<lagesbild.2024-W38.gmail@tillvaxtverket.example>",
};

/** An OAuth2 client holding a token that is valid for an hour: no call to Google to refresh it. */
function authWithToken(token: string): OAuth2Client {
  const client = new OAuth2Client();
  client.setCredentials({ access_token: token, expiry_date: Date.now() + 3_600_000, token_type: "Bearer" });
  return client;
}

describe("the Gmail transport, through the real client against a local Gmail API", () => {
  let gmail: FakeGmail;
  beforeAll(async () => {
    gmail = await startFakeGmail();
  });
  afterAll(async () => gmail.close());

  it("posts users.messages.send with the composed MIME as base64url, authorised with the token", async () => {
    const transport = gmailTransport({ auth: authWithToken("test-token-1"), userId: "me", rootUrl: gmail.rootUrl });
    const delivered = await transport.send(message);

    const request = gmail.requests.at(-1)!;
    expect(request).toMatchObject({ method: "POST", path: "/gmail/v1/users/me/messages/send", authorization: "Bearer test-token-1" });
    const raw = (request.body as { raw: string }).raw;
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/u);
    const decoded = Buffer.from(raw, "base64url");
    expect(decoded.equals(await buildMime(message))).toBe(true);
    expect(delivered.where).toMatch(/^Gmail \(msg-\d+\)$/u);

    const parsed = await simpleParser(decoded);
    expect(parsed.subject).toBe(message.subject);
    expect((parsed.to as AddressObject).value).toEqual([{ name: "Kristina Zetterström", address: "kristina@tillvaxtverket.example" }]);
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
  });

  it("sends as the configured account", async () => {
    const transport = gmailTransport({ auth: authWithToken("t"), userId: "lagesbild@tillvaxtverket.example", rootUrl: gmail.rootUrl });
    await transport.send(message);
    expect(gmail.requests.at(-1)!.path).toBe("/gmail/v1/users/lagesbild%40tillvaxtverket.example/messages/send");
  });

  it.each([[500], [503], [429], [403]])("reports HTTP %i as a TransportError and does not retry the send by itself", async (status) => {
    const transport = gmailTransport({ auth: authWithToken("t"), userId: "me", rootUrl: gmail.rootUrl });
    const before = gmail.requests.length;
    gmail.failNext.push(status);
    const error = await transport.send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as Error).message).toContain(`HTTP ${status}`);
    expect(gmail.requests.length - before).toBe(1);
  });
});
