import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockWorkbook, centralWorkbook, columnsOf } from "../sheets-schema/index.ts";
import { GUIDE_PICTURES, makeGuidePictures } from "../scripts/guide-pictures.ts";
import { runCli } from "../src/cli/main.ts";
import { THRESHOLDS } from "../src/indicators/thresholds.ts";
import { INDICATOR_STATUSES } from "../src/indicators/types.ts";

const GUIDE = "docs/guide";
const read = (file: string) => readFile(join(GUIDE, file), "utf8");
const guides = async () => (await readdir(GUIDE)).filter((f) => f.endsWith(".md"));

describe("the Swedish guides", () => {
  it("show only pictures the picture script makes, and every one it makes is shown", async () => {
    const shown = new Set<string>();
    for (const file of await guides()) {
      for (const m of (await read(file)).matchAll(/!\[[^\]]+\]\(bilder\/([^)]+)\)/g)) shown.add(m[1]!);
    }
    expect([...shown].sort()).toEqual([...GUIDE_PICTURES].sort());
    const committed = await readdir(join(GUIDE, "bilder"));
    for (const picture of GUIDE_PICTURES) expect(committed).toContain(picture);
  });

  it("quote only column headers the workbooks have", async () => {
    const headers = new Set(
      [...Object.values(blockWorkbook), ...Object.values(centralWorkbook)].flatMap((s) => columnsOf(s).map((c) => c.meta.header)),
    );
    const quoted = [...(await read("arbetsgrupp.md")).matchAll(/”([^”]+)”/g)].map((m) => m[1]!).filter((q) => !/\d/.test(q));
    expect(quoted.length).toBeGreaterThan(8);
    for (const header of quoted) expect(headers, header).toContain(header);
  });

  it("explain every indicator status, with the thresholds the code uses", async () => {
    const chef = await read("chef.md");
    const rows = [...chef.matchAll(/^\| (uppnått|i fas|risk|efter|saknar data) \| (.+) \|$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(rows.map(([status]) => status)).toEqual([...INDICATOR_STATUSES]);
    const explained = Object.fromEntries(rows);
    expect(explained["i fas"]).toContain(`högst ${THRESHOLDS.onTrackGap * 100} procentenheter`);
    expect(explained["risk"]).toContain(`mellan ${THRESHOLDS.onTrackGap * 100} och ${THRESHOLDS.atRiskGap * 100} procentenheter`);
    expect(explained["efter"]).toContain(`mer än ${THRESHOLDS.atRiskGap * 100} procentenheter`);
    expect(chef).toContain(`äldre än ${THRESHOLDS.staleAfterDays} dagar`);
  });

  it("give only commands and options the command line has", async () => {
    const commands = [...(await read("samordnare.md")).matchAll(/npx lagesbild ([a-z]+)([^`\n#]*)/g)];
    expect(commands.length).toBeGreaterThan(6);
    for (const [, name, rest] of commands) {
      let help = "";
      const code = await runCli([name!, "--help"], { stdout: (t) => void (help += t), stderr: (t) => void (help += t), env: {} });
      expect(code, `lagesbild ${name}`).toBe(0);
      for (const option of rest!.match(/--[a-z-]+/g) ?? []) expect(help, `lagesbild ${name} ${option}`).toContain(option);
    }
  });

  it("have pictures that the script can make anew from the example", async () => {
    const dir = await mkdtemp(join(tmpdir(), "guide-"));
    const made = await makeGuidePictures(dir);
    expect(made.map((p) => p.slice(dir.length + 1)).sort()).toEqual([...GUIDE_PICTURES].sort());
    for (const picture of made) {
      const bytes = await readFile(picture);
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
      expect(bytes.length).toBeGreaterThan(10_000);
    }
  }, 300_000);
});
