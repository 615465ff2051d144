import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildMime } from "../src/sinks/mail/mime.ts";
import type { OutgoingMessage } from "../src/sinks/mail/mail-transport.ts";
import { outboxTransport } from "../src/sinks/mail/outbox-transport.ts";

const message: OutgoingMessage = {
  id: "2024-W38_bostader@tillvaxtverket.example",
  from: { name: "lägesbild", address: "lagesbild@tillvaxtverket.example" },
  to: { name: "Arbetsgrupp Bostäder", address: "bostader@tillvaxtverket.example" },
  subject: "Lägesbild vecka 38, 2024 – Bostäder",
  text: "Hej Arbetsgrupp Bostäder!\n\nAtt rätta i bostader.xlsx: två varningar.\n",
  html: '<!DOCTYPE html><html lang="sv"><body><p>Hej Arbetsgrupp Bostäder!</p></body></html>\n',
  date: new Date("2024-09-18T05:00:00Z"),
  messageId: "<lagesbild.2024-W38.outbox@tillvaxtverket.example>",
};

describe("the outbox transport", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "lagesbild-outbox-"));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("writes the composed message as an .eml file that a mail parser reads back", async () => {
    const outbox = join(dir, "out", "outbox");
    const delivered = await outboxTransport(outbox).send(message);
    expect(delivered.where).toBe(join(outbox, "2024-W38_bostader@tillvaxtverket.example.eml"));
    const bytes = await readFile(delivered.where);
    expect(bytes.equals(await buildMime(message))).toBe(true);
    const parsed = await simpleParser(bytes);
    expect(parsed.subject).toBe(message.subject);
    expect((parsed.to as AddressObject).value).toEqual([{ name: "Arbetsgrupp Bostäder", address: "bostader@tillvaxtverket.example" }]);
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
  });

  it("never overwrites: a deliberate resend becomes a second file", async () => {
    const outbox = outboxTransport(dir);
    const first = await outbox.send(message);
    const second = await outbox.send({ ...message, subject: "Lägesbild vecka 38, 2024 – Bostäder (igen)" });
    expect(second.where).not.toBe(first.where);
    expect((await readdir(dir)).sort()).toEqual([
      "2024-W38_bostader@tillvaxtverket.example-2.eml",
      "2024-W38_bostader@tillvaxtverket.example.eml",
    ]);
    expect((await simpleParser(await readFile(first.where))).subject).toBe(message.subject);
  });

  it("keeps a hostile id inside the folder", async () => {
    const delivered = await outboxTransport(dir).send({ ...message, id: "../../etc/passwd\r\n" });
    expect(await readdir(dir)).toEqual([delivered.where.slice(dir.length + 1)]);
  });
});
