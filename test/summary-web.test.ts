/** The web version of the lägesbild: written once per run that sends, linked from each e-mail, and never in the way of the e-mail. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WebPages } from "../src/email/scope.ts";
import { outboxTransport } from "../src/sinks/mail/outbox-transport.ts";
import { localReportStore } from "../src/sinks/report-store/local-report-store.ts";
import { folderWebPages } from "../src/sinks/web/folder-web-pages.ts";
import { storedWebPages } from "../src/sinks/web/stored-web-pages.ts";
import { fileStateStore } from "../src/state/file-state-store.ts";
import type { StateStore } from "../src/state/state-store.ts";
import { formatSummaryRun } from "../src/summary/run-report.ts";
import { sendSummaries, type SummaryRun, type SummaryRunInput } from "../src/summary/send-summaries.ts";
import type { WebPage } from "../src/web/web-pages.ts";
import { DOMAIN, fixtureProblems, fixtureProgramme, fixtureStatus } from "./helpers/summary-fixture.ts";

let dir: string;
let store: StateStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-web-"));
  store = fileStateStore(join(dir, "state"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const programme = fixtureProgramme();
function run(options: Partial<SummaryRunInput> = {}): Promise<SummaryRun> {
  return sendSummaries({
    programme,
    problems: fixtureProblems(),
    status: fixtureStatus(programme),
    from: { name: "lägesbild", address: `lagesbild@${DOMAIN}` },
    rules: { allowedDomains: [DOMAIN], extraRecipients: [] },
    store,
    transport: outboxTransport(join(dir, "outbox")),
    now: new Date("2024-09-18T05:00:00Z"),
    ...options,
  });
}

async function mails(): Promise<Map<string, { text: string; html: string }>> {
  const files = await readdir(join(dir, "outbox"));
  const parsed = await Promise.all(files.map(async (f) => simpleParser(await readFile(join(dir, "outbox", f)))));
  return new Map(
    parsed.map((m) => [(m.to as { value: { address: string }[] }).value[0]!.address, { text: m.text ?? "", html: m.html || "" }]),
  );
}

describe("the web pages of a summary run", () => {
  it("are written, the overview and one per block, and each e-mail links its reader's page where the folder is published", async () => {
    const web = join(dir, "web");
    const base = "https://intra.example/lagesbild";
    const result = await run({ publishWeb: folderWebPages(web, base) });
    expect((await readdir(web)).sort()).toEqual([
      "lagesbild-2024-W38-bostader.html",
      "lagesbild-2024-W38-energi.html",
      "lagesbild-2024-W38-offentlig.html",
      "lagesbild-2024-W38.html",
    ]);
    const overview = `${base}/lagesbild-2024-W38.html`;
    expect(result.web?.pages?.overview).toBe(overview);
    const byAddress = await mails();
    expect(byAddress.get(`anna@${DOMAIN}`)!.html).toContain(`<a href="${overview}"`);
    expect(byAddress.get(`anna@${DOMAIN}`)!.text).toContain(`Öppna i webbläsaren: ${overview}`);
    expect(byAddress.get(`energi@${DOMAIN}`)!.text).toContain(`Öppna i webbläsaren: ${base}/lagesbild-2024-W38-energi.html`);
    expect(formatSummaryRun(result, programme)).toContain(`Lägesbilden som webbsida: ${overview}`);
  });

  it("are written but not linked when nobody said where the folder is published: a path on this machine means nothing to the reader", async () => {
    await run({ publishWeb: folderWebPages(join(dir, "web")) });
    expect(await readdir(join(dir, "web"))).toContain("lagesbild-2024-W38.html");
    const text = (await mails()).get(`anna@${DOMAIN}`)!.text;
    expect(text).not.toContain("Öppna i webbläsaren");
    expect(text).not.toContain(dir);
  });

  it("are published once per run that sends, and not at all by a repeated trigger or a dry run", async () => {
    const calls: number[] = [];
    const publishWeb = async (pages: readonly WebPage[]): Promise<WebPages> => {
      calls.push(pages.length);
      return { overview: "https://intra.example/a.html", blocks: {} };
    };
    await run({ publishWeb });
    await run({ publishWeb });
    await run({ publishWeb, dryRun: true, force: true });
    expect(calls).toEqual([4]);
  });

  it("never stop the e-mail: when storing fails, the messages go without the link and the run says why", async () => {
    const result = await run({ publishWeb: async () => Promise.reject(new Error("Drive svarade 403")) });
    expect(result.results.every((r) => r.outcome.status === "sent")).toBe(true);
    expect(result.web).toEqual({ error: "Drive svarade 403" });
    expect((await mails()).get(`anna@${DOMAIN}`)!.text).not.toContain("Öppna i webbläsaren");
    expect(formatSummaryRun(result, programme)).toContain(
      "Webbsidorna kunde inte sparas (Drive svarade 403); meddelandena skickades utan länk till dem.",
    );
  });

  it("stored in a local report store are linked only at the address the store is published at, under the name each was stored as", async () => {
    const reports = join(dir, "rapporter");
    await run({ publishWeb: storedWebPages(localReportStore(reports)) });
    expect(await readdir(reports)).toContain("lagesbild-2024-W38.html");
    expect((await mails()).get(`anna@${DOMAIN}`)!.text).not.toContain("Öppna i webbläsaren");

    // Another run of the same week (fresh state) stores beside the first: the link names the new file.
    await rm(join(dir, "outbox"), { recursive: true });
    const again = await run({
      publishWeb: storedWebPages(localReportStore(reports), "https://intra.example/rapporter"),
      store: fileStateStore(join(dir, "other-state")),
    });
    expect(again.web?.pages?.overview).toBe("https://intra.example/rapporter/lagesbild-2024-W38-2.html");
    expect(await readFile(join(reports, "lagesbild-2024-W38-2.html"), "utf8")).toContain('<html lang="sv"');
    expect((await mails()).get(`energi@${DOMAIN}`)!.text).toContain(
      "Öppna i webbläsaren: https://intra.example/rapporter/lagesbild-2024-W38-energi-2.html",
    );
  });
});
