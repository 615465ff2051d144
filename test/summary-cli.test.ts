import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.ts";
import type { CliIo } from "../src/cli/io.ts";
import { fileStateStore } from "../src/state/file-state-store.ts";
import { LAST_SUCCESSFUL_KEY } from "../src/weekly/baseline.ts";
import { deliveryKey } from "../src/delivery/delivery-log.ts";

function capture(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("lagesbild summary examples/delrapport-1 --as-of 2024-09-18", () => {
  let dir: string;
  let outbox: string;
  let state: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lagesbild-cli-summary-"));
    outbox = join(dir, "outbox");
    state = join(dir, "state");
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  const args = () => ["summary", "examples/delrapport-1", "--as-of", "2024-09-18", "--outbox", outbox, "--state", state];

  it("writes one .eml per recipient to the outbox and prints where", async () => {
    const run = capture();
    expect(await runCli(args(), run.io)).toBe(0);
    const files = (await readdir(outbox)).sort();
    expect(files).toHaveLength(12);
    for (const f of files) expect(run.stdout()).toContain(join(outbox, f));
    expect(run.stdout()).toContain("Summa: 12 skickade, 0 redan skickade, 0 misslyckade, 0 oklara, 0 vägrade.");
    expect(run.stdout()).toContain(`Meddelandena ligger i ${outbox}`);
    expect(run.stderr()).toContain("LAGESBILD_MAIL_ALLOWED_DOMAINS är inte satt");

    const mail = await simpleParser(await readFile(join(outbox, "2024-W38_kristina.zetterstrom@tillvaxtverket.example.eml")));
    expect(mail.subject).toBe("Lägesbild vecka 38, 2024");
    expect((mail.to as AddressObject).value).toEqual([
      { name: "Kristina Zetterström", address: "kristina.zetterstrom@tillvaxtverket.example" },
    ]);
    expect(mail.text).toContain("Vecka 38: 16–22 september 2024. Läget den 18 september 2024.");
    expect(mail.html).toContain("<h1");

    // The web pages go beside the outbox; with no published address for them the e-mail does not link them.
    const web = join(dir, "web");
    expect(await readdir(web)).toContain("lagesbild-2024-W38.html");
    expect(run.stdout()).toContain(`Webbsidorna ligger i ${web}`);
    expect(mail.text).not.toContain("Öppna i webbläsaren");
    expect(mail.html).not.toContain("Öppna i webbläsaren");
  });

  it("sends nothing twice when run again for the same week", async () => {
    const run = capture();
    expect(await runCli(args(), run.io)).toBe(0);
    expect(run.stdout()).toContain("Summa: 0 skickade, 12 redan skickade");
    expect(await readdir(outbox)).toHaveLength(12);
  });

  it("exits 1 with a message in doubt, keeps the last successful snapshot, and --force sends only that one", async () => {
    const store = fileStateStore(state);
    const doubtful = "kristina.zetterstrom@tillvaxtverket.example";
    await store.createOnce(
      deliveryKey("2024-W39", doubtful, 1),
      JSON.stringify({ state: "sending", run: "dog", at: "2024-09-25T05:00:00.000Z", attempt: 1 }),
    );
    const week39 = ["summary", "examples/delrapport-1", "--as-of", "2024-09-25", "--outbox", outbox, "--state", state];
    const run = capture();
    expect(await runCli(week39, run.io)).toBe(1);
    expect(run.stdout()).toContain("Summa: 11 skickade, 0 redan skickade, 0 misslyckade, 1 oklara, 0 vägrade.");
    expect(run.stdout()).toContain("--force skickar dem igen (bara de oklara)");
    expect(JSON.parse((await store.get(LAST_SUCCESSFUL_KEY)) ?? "{}").slot).toBe("2024-W38");

    const forced = capture();
    expect(await runCli([...week39, "--force"], forced.io)).toBe(0);
    expect(forced.stdout()).toContain("Summa: 1 skickade, 11 redan skickade, 0 misslyckade, 0 oklara, 0 vägrade.");
    expect(JSON.parse((await store.get(LAST_SUCCESSFUL_KEY)) ?? "{}").slot).toBe("2024-W39");
  });

  it("refuses every recipient outside the allowed domains, and says so with exit code 1", async () => {
    const run = capture({ LAGESBILD_MAIL_ALLOWED_DOMAINS: "annan.example" });
    const code = await runCli([...args(), "--dry-run"], run.io);
    expect(code).toBe(1);
    expect(run.stdout()).toContain("Vägrade mottagare (får inget):");
    expect(run.stdout()).toContain("annelie.granljung@tillvaxtverket.example (bladet Mottagare): domänen finns inte bland de tillåtna");
    expect(run.stdout()).toContain("Summa: 0 meddelanden skulle skickas, 12 mottagare vägrade.");
  });
});

describe("lagesbild summary --web <folder> with LAGESBILD_WEB_BASE_URL", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lagesbild-cli-web-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  const base = "https://intranat.example/lagesbild/";
  const args = (...extra: string[]) => [
    "summary",
    "examples/delrapport-1",
    "--as-of",
    "2024-09-18",
    "--outbox",
    join(dir, "outbox"),
    "--state",
    join(dir, "state"),
    "--web",
    join(dir, "sidor"),
    ...extra,
  ];

  it("writes nothing on a dry run", async () => {
    const run = capture({ LAGESBILD_WEB_BASE_URL: base });
    expect(await runCli(args("--dry-run"), run.io)).toBe(0);
    await expect(readdir(join(dir, "sidor"))).rejects.toThrow();
  });

  it("writes the overview and a page per block there, and each e-mail links its reader's page at the published address", async () => {
    const run = capture({ LAGESBILD_WEB_BASE_URL: base });
    expect(await runCli(args(), run.io)).toBe(0);
    const pages = await readdir(join(dir, "sidor"));
    expect(pages).toContain("lagesbild-2024-W38.html");
    expect(run.stdout()).toContain(`Lägesbilden som webbsida: ${base}lagesbild-2024-W38.html`);

    const linked = new Map<string, string>();
    for (const file of await readdir(join(dir, "outbox"))) {
      const mail = await simpleParser(await readFile(join(dir, "outbox", file)));
      const href = /Öppna i webbläsaren: (\S+)/.exec(mail.text ?? "")?.[1];
      expect(href, file).toBeDefined();
      expect(mail.html).toContain(`href="${href}"`);
      linked.set((mail.to as AddressObject).value[0]!.address!, href!);
    }
    // Every link is a page that was written, under the published address.
    for (const href of linked.values()) {
      expect(href.startsWith(base)).toBe(true);
      expect(pages).toContain(href.slice(base.length));
    }
    expect(linked.get("kristina.zetterstrom@tillvaxtverket.example")).toBe(`${base}lagesbild-2024-W38.html`);
    // A block's owner gets the page of their own block.
    expect(linked.get("energi@tillvaxtverket.example")).toBe(`${base}lagesbild-2024-W38-energi.html`);
    expect(await readFile(join(dir, "sidor", "lagesbild-2024-W38-energi.html"), "utf8")).toContain("<h1>Lägesbild för Energi, vecka 38");
  });
});

describe("lagesbild summary, used wrongly", () => {
  it.each([
    [["--transport", "fax"], "--transport ska vara outbox, smtp, gmail, inte ”fax”."],
    [["--as-of", "18/9"], "--as-of ska vara ett datum som 2024-09-18"],
    [["--transport", "smtp"], "LAGESBILD_SMTP_HOST: saknas"],
  ])("stops with exit code 2 and a Swedish message for %j", async (extra, message) => {
    const run = capture();
    expect(await runCli(["summary", "examples/delrapport-1", ...extra], run.io)).toBe(2);
    expect(run.stderr()).toContain(message);
  });
});
