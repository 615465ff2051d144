import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.ts";

const MANAGERS = ["annelie.granljung@tillvaxtverket.example", "kristina.zetterstrom@tillvaxtverket.example"];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lagesbild-send-"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function report(env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const argv = ["report", "examples/delrapport-1", "--report", "1", "--out", join(dir, "utkast.docx"), "--as-of", "2024-10-01", "--send"];
  const code = await runCli([...argv, "--outbox", join(dir, "outbox"), "--state", join(dir, "state")], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
  });
  return { code, stdout, stderr };
}

async function outbox(): Promise<ParsedMail[]> {
  const files = (await readdir(join(dir, "outbox")).catch(() => [])).filter((f) => f.endsWith(".eml")).sort();
  return Promise.all(files.map(async (f) => simpleParser(await readFile(join(dir, "outbox", f)))));
}

describe("lagesbild report … --send", () => {
  it("sends the written report to the managers with Rapportutkast = ja, attached, once per month", async () => {
    const first = await report();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Rapportutkast 2024-10: Delrapport 1, bifogat.");
    expect(first.stdout).toContain("Summa: 2 skickade, 0 redan skickade");
    const mails = await outbox();
    expect(mails.map((m) => m.to && "value" in m.to && m.to.value[0]?.address).sort()).toEqual(MANAGERS);
    const written = await readFile(join(dir, "utkast.docx"));
    expect(mails.map((m) => m.attachments.map((a) => [a.filename, a.content.equals(written)]))).toEqual([
      [["utkast.docx", true]],
      [["utkast.docx", true]],
    ]);

    const again = await report();
    expect(again.stdout).toContain("Summa: 0 skickade, 2 redan skickade");
    expect(await outbox()).toHaveLength(2);
  });

  it("links to the file instead when it is larger than LAGESBILD_DRAFT_ATTACH_MAX_BYTES", async () => {
    const { code, stdout } = await report({ LAGESBILD_DRAFT_ATTACH_MAX_BYTES: "0" });
    expect(code).toBe(0);
    const link = pathToFileURL(join(dir, "utkast.docx")).href;
    expect(stdout).toContain(`Delrapport 1, som länk (${link}).`);
    const [mail] = await outbox();
    expect(mail?.attachments).toEqual([]);
    expect(mail?.text).toContain(`Öppna det här:\n${link}`);
  });

  it("refuses a limit that is not a number of bytes, before anything is sent", async () => {
    const { code, stderr } = await report({ LAGESBILD_DRAFT_ATTACH_MAX_BYTES: "5 MB" });
    expect(code).toBe(2);
    expect(stderr).toContain("LAGESBILD_DRAFT_ATTACH_MAX_BYTES ska vara ett antal byte från 0 till 20000000.");
    expect(await outbox()).toEqual([]);
  });
});
