/**
 * The README's "what may import what", checked on every source file, so the
 * picture stays true: the pure core never reaches the use cases, the edges or
 * an adapter (only the adapters' port types), and the functions are thin.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

/** The folders that compute and compose, without a clock, a network or a disk of their own. */
const CORE = [
  "src/domain",
  "src/validation",
  "src/indicators",
  "src/report",
  "src/email",
  "src/web",
  "src/weekly",
  "src/delivery",
  "src/summary",
  "src/report-draft",
  "src/pipeline",
];
const LEAVES = ["src/shared", "src/text", "src/collections"];
/** What the core may know of the adapters: their ports. */
const PORTS = new Set([
  "src/sources/workbook-source.ts",
  "src/sources/raw-workbook.ts",
  "src/sinks/mail/mail-transport.ts",
  "src/sinks/report-store/report-store.ts",
  "src/state/state-store.ts",
]);
const ADAPTERS = ["src/sources", "src/sinks", "src/state"];
const EDGES = ["src/cli", "src/runtime", "functions"];

interface Import {
  readonly from: string;
  readonly to: string;
}

const within = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);
const inAny = (file: string, folders: readonly string[]) => folders.some((f) => within(file, f));

/** Why an import breaks the rules, or undefined when it keeps them. */
function breach({ from, to }: Import): string | undefined {
  if (
    inAny(from, LEAVES) &&
    !inAny(
      to,
      LEAVES.filter((l) => within(from, l)),
    )
  )
    return "shared/, text/ and collections/ import nothing of the others";
  if (within(from, "src/domain") && !within(to, "src/domain") && !within(to, "sheets-schema")) return "domain/ imports only the schema";
  if (within(from, "sheets-schema") && !within(to, "sheets-schema")) return "the schema imports nothing of src/";
  if (within(to, "src/app") && !inAny(from, [...EDGES, "src/app"])) return "only cli/, runtime/ and functions/ import app/";
  if (
    inAny(to, EDGES) &&
    !inAny(
      from,
      EDGES.filter((e) => within(to, e)),
    ) &&
    !(within(from, "functions") && within(to, "src/runtime"))
  )
    return "the edges are imported by no one but themselves (functions/ may use runtime/)";
  if (inAny(from, CORE) && inAny(to, ["src/config", "src/provision"])) return "the core takes its settings as arguments";
  if (inAny(from, CORE) && inAny(to, ADAPTERS) && !PORTS.has(to)) return "the core reaches adapters only through their ports";
  if (within(from, "functions") && !inAny(to, ["functions", "src/app", "src/runtime"]))
    return "functions/ call app/ and reply through runtime/";
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)"(\.{1,2}\/[^"]+)"/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(SPECIFIER)].map((m) => ({ from: file, to: normalize(join(dirname(file), m[1] ?? "")) }));
}

describe("what may import what (README, Architecture)", () => {
  const files = [...sourceFiles("src"), ...sourceFiles("functions"), ...sourceFiles("sheets-schema")];

  it("reads the imports of every source file", () => {
    const all = files.flatMap(importsOf);
    expect(files.length).toBeGreaterThan(200);
    expect(all).toContainEqual({ from: "functions/clock.ts", to: "src/app/today.ts" });
    expect(all).toContainEqual({ from: "src/report/render-report.ts", to: "src/shared/errors.ts" });
  });

  it("holds for every import", () => {
    const broken = files.flatMap(importsOf).flatMap((i) => {
      const why = breach(i);
      return why ? [`${i.from} → ${i.to}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each([
    ["src/indicators/types.ts", "src/app/config.ts"],
    ["src/email/render-html.ts", "src/sinks/mail/smtp-transport.ts"],
    ["src/report/document.ts", "src/cli/io.ts"],
    ["src/summary/send-summaries.ts", "src/config/mail.ts"],
    ["src/shared/retry.ts", "src/indicators/calendar.ts"],
    ["src/domain/model.ts", "src/validation/problem.ts"],
    ["functions/summary.ts", "src/summary/send-summaries.ts"],
    ["src/sinks/mail/gmail-transport.ts", "src/app/ports.ts"],
    ["src/app/weekly.ts", "src/cli/io.ts"],
  ])("would notice %s importing %s", (from, to) => {
    expect(breach({ from, to })).toBeDefined();
  });

  it.each([
    ["src/delivery/deliver-once.ts", "src/sinks/mail/mail-transport.ts"],
    ["src/validation/read-sheet.ts", "src/sources/raw-workbook.ts"],
    ["functions/report.ts", "src/runtime/http-reply.ts"],
    ["src/cli/commands/run.ts", "src/app/weekly.ts"],
    ["src/app/report.ts", "src/report/render-report.ts"],
  ])("lets %s import %s", (from, to) => {
    expect(breach({ from, to })).toBeUndefined();
  });
});
