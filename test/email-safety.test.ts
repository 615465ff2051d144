import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSummary } from "../src/email/compose.ts";
import { LIMITS } from "../src/email/safe-text.ts";
import { outboxTransport } from "../src/sinks/mail/outbox-transport.ts";
import { fileStateStore } from "../src/state/file-state-store.ts";
import { sendSummaries } from "../src/summary/send-summaries.ts";
import { problem } from "../src/validation/problem.ts";
import { DOMAIN, block, deliverable, fixtureProblems, fixtureProgramme, fixtureStatus, recipient } from "./helpers/summary-fixture.ts";

const LONG = "Å".repeat(5000);
const INJECT = "\r\nBcc: evil@attacker.example\r\nX-Injected: ja\r\n\r\n";
const SCRIPT = "<script>alert('x')</script>";

const hostile = fixtureProgramme({
  blocks: [
    block({
      id: "bostader",
      name: `Bostäder${INJECT}${SCRIPT}${LONG}`,
      owner: `Arbetsgrupp${INJECT}`,
      ownerEmail: `bostader@${DOMAIN}`,
      workbook: "bostader.xlsx",
    }),
  ],
  recipients: [recipient(`Anna${INJECT}${SCRIPT}`, `anna@${DOMAIN}`)],
  deliverables: [deliverable({ id: "L1", title: `${SCRIPT}${INJECT}${LONG}`, due: "2024-09-01", owner: "bostader" })],
});
const hostileProblems = [
  ...fixtureProblems(),
  problem(
    "value-required",
    { workbook: "bostader.xlsx", sheet: "Aktiviteter", row: 9, column: "C", header: `<img src=x onerror=alert(1)>${INJECT}` },
    { header: `<img src=x onerror=alert(1)>${INJECT}${LONG}` },
  ),
];

function firstTo(mail: ParsedMail): string {
  return (mail.to as AddressObject | undefined)?.value[0]?.address ?? "";
}

/** Header names the composer writes; anything else would have been smuggled in. */
const HEADERS = [
  "auto-submitted",
  "x-auto-response-suppress",
  "from",
  "to",
  "subject",
  "message-id",
  "date",
  "mime-version",
  "content-type",
];

describe("sheet text with <script>, CR/LF and very long strings", () => {
  let dir: string;
  let mails: ParsedMail[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lagesbild-hostile-"));
    const status = fixtureStatus(hostile);
    await sendSummaries({
      programme: hostile,
      problems: hostileProblems,
      status,
      from: { name: "lägesbild", address: `lagesbild@${DOMAIN}` },
      rules: { allowedDomains: [DOMAIN], extraRecipients: [] },
      store: fileStateStore(join(dir, "state")),
      transport: outboxTransport(join(dir, "outbox")),
      now: new Date("2024-09-18T05:00:00Z"),
    });
    const files = await readdir(join(dir, "outbox"));
    mails = await Promise.all(files.map(async (f) => simpleParser(await readFile(join(dir, "outbox", f)))));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("still gives one message to each of the two recipients", () => {
    expect(mails.map((m) => (m.to as AddressObject).value.map((a) => a.address)).sort()).toEqual([
      [`anna@${DOMAIN}`],
      [`bostader@${DOMAIN}`],
    ]);
  });

  it("smuggles no header in and no recipient", () => {
    for (const mail of mails) {
      expect(mail.headerLines.map((h) => h.key).sort()).toEqual([...HEADERS].sort());
      expect(mail.bcc).toBeUndefined();
      expect((mail.to as AddressObject).value).toHaveLength(1);
      expect((mail.to as AddressObject).value[0]!.name).not.toMatch(/[\r\n]/u);
    }
  });

  it("keeps the subject on one line, cut with a marker", () => {
    const owner = mails.find((m) => firstTo(m).startsWith("bostader"))!;
    expect(owner.subject).not.toMatch(/[\r\n]/u);
    expect(Array.from(owner.subject ?? "").length).toBeLessThanOrEqual(LIMITS.subject);
    expect(owner.subject).toMatch(/^Lägesbild vecka 38, 2024 – Bostäder Bcc: evil@attacker\.example X-Injected: ja <script>.*…$/u);
  });

  it("escapes the HTML: no script, no image, the text shown as text", () => {
    for (const mail of mails) {
      const html = String(mail.html);
      expect(html).not.toMatch(/<script|<img|javascript:/iu);
      expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }
    const owner = mails.find((m) => firstTo(m).startsWith("bostader"))!;
    expect(String(owner.html)).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("cuts every overlong field with the marker and keeps the plain text to its lines", () => {
    for (const mail of mails) {
      const lines = (mail.text ?? "").split("\n");
      expect(lines.some((l) => l.includes("ÅÅÅ…"))).toBe(true);
      expect(lines.every((l) => !/^(Bcc|X-Injected):/u.test(l))).toBe(true);
      expect(lines.every((l) => !new RegExp(`Å{${LIMITS.message}}`, "u").test(l))).toBe(true);
      expect(Math.max(...lines.map((l) => Array.from(l).length))).toBeLessThanOrEqual(LIMITS.line + 2);
    }
  });
});

describe("the HTML part", () => {
  const programme = fixtureProgramme();
  const status = fixtureStatus(programme);
  const { html, text } = composeSummary(
    { slot: status.isoWeek, programme, problems: fixtureProblems(), status },
    { overview: true, blocks: ["bostader"] },
  );

  it("is a table layout with inline styles only, and nothing external", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(html).not.toMatch(/<style|<script|<img|<link|<iframe|<form|\ssrc=|\sclass=|url\(/iu);
    const tables = html.match(/<table\b[^>]*>/gu) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    expect(tables.every((t) => t.includes('role="presentation"') && t.includes('cellpadding="0"'))).toBe(true);
    const styled = html.match(/<(td|th|p|h1|h2|a|body)\b[^>]*>/gu) ?? [];
    expect(styled.every((tag) => tag.includes(' style="'))).toBe(true);
  });

  it("links only to the cell, over https, and to its own sections", () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/gu)].map((m) => m[1]!);
    expect(hrefs.filter((h) => !h.startsWith("#"))).toEqual([
      "https://docs.google.com/spreadsheets/d/abc123/edit#gid=42&amp;range=B3",
      "https://docs.google.com/spreadsheets/d/abc123/edit#gid=42&amp;range=B3",
    ]);
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/gu)].map((m) => m[1]));
    const anchors = hrefs.filter((h) => h.startsWith("#"));
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(ids).toContain(anchor.slice(1));
  });

  it("has a plain-text twin written as text: no tags, the same rows, links spelled out", () => {
    expect(text).not.toMatch(/<[a-z/!]/iu);
    for (const label of ["Bostäder", "Energi", "Bostadsanalys", "Energikartläggning", "Aktiviteter, rad 3, kolumn B (Datum)"]) {
      expect(text).toContain(label);
      expect(html).toContain(label);
    }
    expect(text).toContain("Öppna cellen: https://docs.google.com/spreadsheets/d/abc123/edit#gid=42&range=B3");
    expect(text).toMatch(/^Byggstenar och tvärgående områden\n-+\n/mu);
  });
});
