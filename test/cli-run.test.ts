import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { openZipParts } from "../src/sources/xlsx/ooxml/zip-parts.ts";
import { cli } from "./helpers/cli.ts";

describe("lagesbild run: the main job on the example workbooks", () => {
  it("writes the delrapport, sends the lägesbild to the outbox, and sends nothing twice on a rerun", async () => {
    const out = await mkdtemp(join(tmpdir(), "lagesbild-run-"));
    const first = await cli("run", "examples/delrapport-1", "--as-of", "2024-09-18", "--out-dir", out);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Delrapport 1: ${join(out, "delrapport-1.docx")}`);

    const docx = await openZipParts(await readFile(join(out, "delrapport-1.docx")), 1e8);
    const document = await docx.text("word/document.xml");
    docx.close();
    expect(document).toContain("Nyindustrialiseringen och samhällsomvandlingen i Norrbotten och Västerbotten");

    const messages = (await readdir(join(out, "outbox"))).filter((f) => f.endsWith(".eml"));
    expect(messages).toHaveLength(12);
    const overview = await simpleParser(await readFile(join(out, "outbox", messages.find((m) => m.includes("annelie")) ?? "")));
    expect(overview.subject).toBe("Lägesbild vecka 38, 2024");
    // The report by its file name: the path on the machine that ran the job means nothing to the reader.
    expect(overview.text).toContain("\n- delrapport-1.docx\n");
    expect(overview.text).not.toContain(out);

    // The week's web pages beside the outbox; no address for them is configured, so the e-mail does not link them.
    expect(await readdir(join(out, "web"))).toContain("lagesbild-2024-W38.html");
    expect(first.stdout).toContain(`Webbsidorna ligger i ${join(out, "web")}`);
    expect(overview.text).not.toContain("Öppna i webbläsaren");

    const again = await cli("run", "examples/delrapport-1", "--as-of", "2024-09-18", "--out-dir", out);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("0 skickade, 12 redan skickade");
    expect((await readdir(join(out, "outbox"))).filter((f) => f.endsWith(".eml"))).toHaveLength(12);
    // Two whole runs (report and twelve messages each): time enough on a busy machine.
  }, 180_000);

  it("refuses a report that does not exist with exit code 2", async () => {
    const out = await mkdtemp(join(tmpdir(), "lagesbild-run-"));
    const { code, stderr } = await cli("run", "examples/delrapport-1", "--as-of", "2024-09-18", "--report", "9", "--out-dir", out);
    expect(code).toBe(2);
    expect(stderr).toContain("Delrapport 9 finns inte");
  });
});

describe("an unexpected failure inside a command", () => {
  it("is reported in Swedish with exit code 70, not thrown", async () => {
    const { runCli } = await import("../src/cli/main.ts");
    let stderr = "";
    const code = await runCli(["validate", "examples/delrapport-1"], {
      stdout: () => {
        throw new Error("disken är full");
      },
      stderr: (t) => {
        stderr += t;
      },
      env: {},
    });
    expect(code).toBe(70);
    expect(stderr).toContain("lagesbild stötte på ett oväntat fel och avbröt: disken är full");
  });
});
