import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadMailConfig } from "../src/config/mail.ts";
import type { Programme } from "../src/domain/model.ts";
import type { MailTransport } from "../src/sinks/mail/mail-transport.ts";
import { outboxTransport } from "../src/sinks/mail/outbox-transport.ts";
import { smtpTransport } from "../src/sinks/mail/smtp-transport.ts";
import { fileStateStore } from "../src/state/file-state-store.ts";
import type { StateStore } from "../src/state/state-store.ts";
import { deliveryKey } from "../src/delivery/delivery-log.ts";
import { sendSummaries, type SummaryRun, type SummaryRunInput } from "../src/summary/send-summaries.ts";
import { activity } from "./helpers/programme.ts";
import { SMTP_PASSWORD, SMTP_USER, startSmtpServer, type TestSmtpServer } from "./helpers/smtp-server.ts";
import { DOMAIN, fixtureProblems, fixtureProgramme, fixtureStatus, recipient } from "./helpers/summary-fixture.ts";

const EVERYONE = [`anna@${DOMAIN}`, `kristina@${DOMAIN}`, `bostader@${DOMAIN}`, `energi@${DOMAIN}`];

let dir: string;
let store: StateStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-summary-"));
  store = fileStateStore(join(dir, "state"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function run(
  transport: MailTransport,
  options: Partial<SummaryRunInput> & { asOf?: string; programme?: Programme } = {},
): Promise<SummaryRun> {
  const programme = options.programme ?? fixtureProgramme();
  return sendSummaries({
    programme,
    problems: fixtureProblems(),
    status: fixtureStatus(programme, options.asOf ?? "2024-09-18"),
    from: { name: "lägesbild", address: `lagesbild@${DOMAIN}` },
    rules: { allowedDomains: [DOMAIN], extraRecipients: [] },
    store,
    transport,
    now: new Date("2024-09-18T05:00:00Z"),
    ...options,
  });
}

const outbox = () => outboxTransport(join(dir, "outbox"));
const outboxFiles = async () => (await readdir(join(dir, "outbox")).catch(() => [])).sort();
const statuses = (r: SummaryRun) => Object.fromEntries(r.results.map((x) => [x.to.address, x.outcome.status]));
const recipientsOf = async () =>
  Promise.all(
    (await outboxFiles()).map(
      async (f) => ((await simpleParser(await readFile(join(dir, "outbox", f)))).to as AddressObject).value[0]!.address,
    ),
  );

describe("a summary slot is delivered once", () => {
  it("sends one message per recipient when the same trigger comes twice", async () => {
    const first = await run(outbox());
    const second = await run(outbox());
    expect(statuses(first)).toEqual(Object.fromEntries(EVERYONE.map((a) => [a, "sent"])));
    expect(statuses(second)).toEqual(Object.fromEntries(EVERYONE.map((a) => [a, "already-sent"])));
    expect((await recipientsOf()).sort()).toEqual([...EVERYONE].sort());
  });

  it("sends one message per recipient when two triggers run at the same time", async () => {
    const runs = await Promise.all([run(outbox()), run(outbox()), run(outbox())]);
    const sent = runs.flatMap((r) => r.results.filter((x) => x.outcome.status === "sent").map((x) => x.to.address));
    expect(sent.sort()).toEqual([...EVERYONE].sort());
    expect((await outboxFiles()).every((f) => !/-\d\.eml$/u.test(f))).toBe(true);
    expect(await outboxFiles()).toHaveLength(EVERYONE.length);
  });

  it("sends a new slot again to everyone", async () => {
    await run(outbox());
    const nextWeek = await run(outbox(), { asOf: "2024-09-25" });
    expect(nextWeek.slot).toBe("2024-W39");
    expect(nextWeek.results.every((r) => r.outcome.status === "sent")).toBe(true);
    expect(await outboxFiles()).toHaveLength(EVERYONE.length * 2);
  });

  it("resends with --force only the message in doubt, as a new attempt with its own Message-ID, never one already sent", async () => {
    await store.createOnce(
      deliveryKey("2024-W38", `energi@${DOMAIN}`, 1),
      JSON.stringify({ state: "sending", run: "crashed", at: "2024-09-18T04:00:00.000Z", attempt: 1 }),
    );
    await run(outbox());
    const forced = await run(outbox(), { force: true });
    expect(statuses(forced)).toEqual({ ...Object.fromEntries(EVERYONE.map((a) => [a, "already-sent"])), [`energi@${DOMAIN}`]: "sent" });
    expect(forced.results.find((r) => r.to.address === `energi@${DOMAIN}`)?.outcome).toMatchObject({ attempt: 2 });
    const files = await outboxFiles();
    expect(files).toHaveLength(EVERYONE.length);
    const ids = await Promise.all(files.map(async (f) => (await simpleParser(await readFile(join(dir, "outbox", f)))).messageId));
    expect(new Set(ids).size).toBe(files.length);
    expect(ids.filter((id) => id?.endsWith(`.2@${DOMAIN}>`))).toHaveLength(1);
    expect(statuses(await run(outbox(), { force: true }))).toEqual(Object.fromEntries(EVERYONE.map((a) => [a, "already-sent"])));
  });

  it("keeps two addresses that differ only in ' and _ apart: each gets its message once", async () => {
    const programme = fixtureProgramme({
      recipients: [recipient("Sean O'Brien", `o'brien@${DOMAIN}`), recipient("Siobhan O_Brien", `o_brien@${DOMAIN}`)],
      blocks: [],
    });
    const first = await run(outbox(), { programme });
    expect(statuses(first)).toEqual({ [`o'brien@${DOMAIN}`]: "sent", [`o_brien@${DOMAIN}`]: "sent" });
    expect((await recipientsOf()).sort()).toEqual([`o'brien@${DOMAIN}`, `o_brien@${DOMAIN}`]);
    expect(statuses(await run(outbox(), { programme }))).toEqual({
      [`o'brien@${DOMAIN}`]: "already-sent",
      [`o_brien@${DOMAIN}`]: "already-sent",
    });
    expect(deliveryKey("2024-W38", `o'brien@${DOMAIN}`, 1)).not.toBe(deliveryKey("2024-W38", `o_brien@${DOMAIN}`, 1));
    // Keys of plain addresses stay what they were, so records written before this change still count.
    expect(deliveryKey("2024-W38", `Anna@${DOMAIN}`, 1)).toBe(`summary/2024-W38/anna@${DOMAIN}/1`);
  });

  it("composes and lists with --dry-run, sending and recording nothing", async () => {
    const dry = await run(outbox(), { dryRun: true });
    expect(dry.results.map((r) => [r.to.address, r.outcome.status])).toEqual(EVERYONE.map((a) => [a, "dry-run"]));
    expect(dry.results.find((r) => r.to.address === `bostader@${DOMAIN}`)?.subject).toBe(
      "Lägesbild vecka 38, 2024 – Bostäder: 1 fel att rätta",
    );
    expect(await outboxFiles()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
    expect(statuses(await run(outbox()))).toEqual(Object.fromEntries(EVERYONE.map((a) => [a, "sent"])));
  });

  it("does not resend a message whose run died between claiming and recording it (at most once)", async () => {
    await store.createOnce(
      deliveryKey("2024-W38", `energi@${DOMAIN}`, 1),
      JSON.stringify({ state: "sending", run: "crashed", at: "2024-09-18T04:00:00.000Z", attempt: 1 }),
    );
    const result = await run(outbox());
    expect(result.results.find((r) => r.to.address === `energi@${DOMAIN}`)?.outcome).toEqual({
      status: "in-doubt",
      since: "2024-09-18T04:00:00.000Z",
    });
    expect((await recipientsOf()).sort()).toEqual(EVERYONE.filter((a) => !a.startsWith("energi")).sort());
  });
});

describe("recipients", () => {
  it("come only from the sheets and the configuration, in the allowed domains; the rest is refused and reported", async () => {
    const programme = fixtureProgramme({
      recipients: [
        recipient("Anna Samordnare", `anna@${DOMAIN}`),
        recipient("Privat", "anna.privat@gmail.example"),
        recipient("Under", `x@sub.${DOMAIN}`),
      ],
    });
    const result = await run(outbox(), {
      programme,
      rules: { allowedDomains: [DOMAIN], extraRecipients: ["extern@konsult.example", `chef@${DOMAIN}`] },
    });
    expect(result.refused).toEqual([
      { address: "anna.privat@gmail.example", source: "Mottagare", reason: "outside-allowed-domains" },
      { address: `x@sub.${DOMAIN}`, source: "Mottagare", reason: "outside-allowed-domains" },
      { address: "extern@konsult.example", source: "inställningar", reason: "outside-allowed-domains" },
    ]);
    expect((await recipientsOf()).sort()).toEqual([`anna@${DOMAIN}`, `bostader@${DOMAIN}`, `chef@${DOMAIN}`, `energi@${DOMAIN}`]);
  });

  it("gives an owner of two blocks, who is also a manager, one message covering all of it", async () => {
    const base = fixtureProgramme();
    const programme = fixtureProgramme({ blocks: base.blocks.map((b) => ({ ...b, ownerEmail: `ANNA@${DOMAIN}` })) });
    const result = await run(outbox(), { programme });
    expect(result.results.map((r) => [r.to.address, r.overview, r.blocks])).toEqual([
      [`anna@${DOMAIN}`, true, ["bostader", "energi"]],
      [`kristina@${DOMAIN}`, true, []],
    ]);
    const mail = await simpleParser(await readFile(join(dir, "outbox", `2024-W38_anna@${DOMAIN}.eml`)));
    expect(mail.text).toContain("Att rätta i bostader.xlsx");
    expect(mail.text).toContain("Att rätta i energi.xlsx");
  });
});

describe("a transport that fails for one recipient", () => {
  let server: TestSmtpServer;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => server.close());

  async function smtp(): Promise<MailTransport> {
    const config = loadMailConfig(
      {
        LAGESBILD_MAIL_FROM: `lägesbild <lagesbild@${DOMAIN}>`,
        LAGESBILD_MAIL_ALLOWED_DOMAINS: DOMAIN,
        LAGESBILD_SMTP_HOST: "127.0.0.1",
        LAGESBILD_SMTP_PORT: String(server.port),
        LAGESBILD_SMTP_USER: SMTP_USER,
        LAGESBILD_SMTP_PASSWORD: SMTP_PASSWORD,
        LAGESBILD_SMTP_CA_FILE: server.certificateFile,
      },
      "smtp",
    );
    return smtpTransport(config.smtp!);
  }

  it("still sends the others, reports the failure, and the next run sends only the missing one", async () => {
    server.received.length = 0;
    server.refuse.add(`energi@${DOMAIN}`);
    const transport = await smtp();
    const first = await run(transport);
    expect(statuses(first)).toEqual({
      [`anna@${DOMAIN}`]: "sent",
      [`kristina@${DOMAIN}`]: "sent",
      [`bostader@${DOMAIN}`]: "sent",
      [`energi@${DOMAIN}`]: "failed",
    });
    const failure = first.results.find((r) => r.to.address === `energi@${DOMAIN}`)!.outcome;
    expect(failure.status === "failed" && failure.error).toMatch(/550/u);
    expect(first.snapshotSaved).toBe(false);
    expect(server.received.map((m) => m.to[0])).toEqual([`anna@${DOMAIN}`, `kristina@${DOMAIN}`, `bostader@${DOMAIN}`]);

    server.refuse.clear();
    const second = await run(transport);
    await transport.close();
    expect(statuses(second)).toEqual({
      [`anna@${DOMAIN}`]: "already-sent",
      [`kristina@${DOMAIN}`]: "already-sent",
      [`bostader@${DOMAIN}`]: "already-sent",
      [`energi@${DOMAIN}`]: "sent",
    });
    expect(second.results.find((r) => r.to.address === `energi@${DOMAIN}`)!.outcome).toMatchObject({ attempt: 2 });
    expect(second.snapshotSaved).toBe(true);
    expect(server.received.map((m) => m.to[0])).toEqual([`anna@${DOMAIN}`, `kristina@${DOMAIN}`, `bostader@${DOMAIN}`, `energi@${DOMAIN}`]);
  });

  it("holds a message the server took and never answered as in doubt: not failed, not sent again by a rerun, only by --force", async () => {
    server.received.length = 0;
    server.dropAfterData.add(`energi@${DOMAIN}`);
    const transport = await smtp();
    try {
      const first = await run(transport);
      expect(statuses(first)).toEqual({
        [`anna@${DOMAIN}`]: "sent",
        [`kristina@${DOMAIN}`]: "sent",
        [`bostader@${DOMAIN}`]: "sent",
        [`energi@${DOMAIN}`]: "in-doubt",
      });
      expect(first.snapshotSaved).toBe(false);
      expect(server.received.map((m) => m.to[0])).toEqual([
        `anna@${DOMAIN}`,
        `kristina@${DOMAIN}`,
        `bostader@${DOMAIN}`,
        `energi@${DOMAIN}`,
      ]);

      server.dropAfterData.clear();
      const rerun = await run(transport);
      expect(statuses(rerun)[`energi@${DOMAIN}`]).toBe("in-doubt");
      expect(rerun.snapshotSaved).toBe(false);
      expect(server.received).toHaveLength(4);

      const forced = await run(transport, { force: true });
      expect(statuses(forced)).toEqual({
        [`anna@${DOMAIN}`]: "already-sent",
        [`kristina@${DOMAIN}`]: "already-sent",
        [`bostader@${DOMAIN}`]: "already-sent",
        [`energi@${DOMAIN}`]: "sent",
      });
      expect(forced.snapshotSaved).toBe(true);
      expect(server.received.map((m) => m.to[0])).toEqual([
        `anna@${DOMAIN}`,
        `kristina@${DOMAIN}`,
        `bostader@${DOMAIN}`,
        `energi@${DOMAIN}`,
        `energi@${DOMAIN}`,
      ]);
    } finally {
      server.dropAfterData.clear();
      await transport.close();
    }
  });
});

describe("what changed since the previous summary", () => {
  const later = (p: Programme): Programme => ({
    ...p,
    activities: [...p.activities, activity({ id: "BO-9", owner: "bostader", title: "Nytt bostadsforum", date: "2024-09-20" })],
  });

  it("compares with the snapshot of the last successful run", async () => {
    const first = await run(outbox());
    expect(first.since).toBeUndefined();
    const second = await run(outbox(), { asOf: "2024-09-25", programme: later(fixtureProgramme()) });
    expect(second.since).toBe("2024-W38");
    const mail = await simpleParser(await readFile(join(dir, "outbox", `2024-W39_bostader@${DOMAIN}.eml`)));
    expect(mail.text).toContain("Sedan förra lägesbilden (vecka 38, 18 september 2024)");
    expect(mail.text).toContain("Ny aktivitet — Beskrivning: BO-9 Nytt bostadsforum (genomförd)");
  });

  it("keeps the comparison of a slot fixed, so a late rerun or a resend says the same as the first run", async () => {
    await run(outbox());
    const energiDown: MailTransport = {
      name: "outbox",
      send: async (m) => (m.to.address.startsWith("energi") ? Promise.reject(new Error("nere")) : outbox().send(m)),
      close: async () => undefined,
    };
    const week39 = await run(energiDown, { asOf: "2024-09-25", programme: later(fixtureProgramme()) });
    expect([week39.since, week39.snapshotSaved]).toEqual(["2024-W38", false]);
    const week40 = await run(outbox(), { asOf: "2024-10-02", programme: later(fixtureProgramme()) });
    expect([week40.since, week40.snapshotSaved]).toEqual(["2024-W38", true]);

    const lateRerun = await run(outbox(), { asOf: "2024-09-25", programme: later(fixtureProgramme()) });
    expect(lateRerun.since).toBe("2024-W38");
    expect(statuses(lateRerun)[`energi@${DOMAIN}`]).toBe("sent");
    const forced = await run(outbox(), { asOf: "2024-10-02", programme: later(fixtureProgramme()), force: true });
    expect(forced.since).toBe("2024-W38");
  });
});
