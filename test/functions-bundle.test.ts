import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildFunctions,
  FRAMEWORK,
  FUNCTIONS,
  measureFunctionBundles,
  TARGETS,
  type BuiltFunction,
  type BundleMeasure,
} from "../scripts/build-functions.ts";
import type { Lockfile } from "../scripts/bundle-lockfile.ts";
import { hunksOf } from "./helpers/carried-patch.ts";
import { postPubSub, reportOneIsDraft, startHarness, type Harness } from "./helpers/functions-harness.ts";

/** The framework's runner as each bundle installs it from its own lockfile. */
const RUNNER = join("node_modules", "@google-cloud", "functions-framework", "build", "src", "main.js");
const DOCX_PATCH = "patches/docx+9.15.2.patch";
const LAYOUT = "node_modules/docx/dist/layout.mjs";

let outdir: string;
let built: BuiltFunction[];
let measures: BundleMeasure[];
beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "lagesbild-bundles-"));
  built = await buildFunctions(outdir);
  measures = await measureFunctionBundles(outdir, 1);
}, 120_000);
afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

const names = FUNCTIONS.map((f) => f.name);

describe("the function bundles", () => {
  it.each(names)(
    "%s has a minimal package.json: ESM, its entry point, Node 22, and only the framework (and report pdf-lib) to install",
    async (name) => {
      const manifest = JSON.parse(await readFile(join(outdir, name, "package.json"), "utf8")) as Record<string, unknown>;
      const framework = JSON.parse(await readFile(join("node_modules", FRAMEWORK, "package.json"), "utf8")) as { version: string };
      expect(manifest).toMatchObject({
        type: "module",
        main: "index.mjs",
        engines: { node: "22" },
        dependencies: { [FRAMEWORK]: framework.version },
      });
      // The report alone installs pdf-lib, at our lockfile's version, for the PDF it makes in the LibreOffice image.
      const pdfLib = JSON.parse(await readFile(join("node_modules", "pdf-lib", "package.json"), "utf8")) as { version: string };
      expect(manifest["dependencies"]).toEqual(
        name === "report" ? { [FRAMEWORK]: framework.version, "pdf-lib": pdfLib.version } : { [FRAMEWORK]: framework.version },
      );
      expect(Object.keys(manifest).sort()).toEqual(["dependencies", "engines", "main", "name", "private", "type", "version"]);
      await expect(readFile(join(outdir, name, "templates", "delrapport.yaml"), "utf8")).resolves.toContain("rubrik");
    },
  );

  it.each(names)("%s has a lockfile that pins the framework's tree exactly as the project installed it", async (name) => {
    const lock = JSON.parse(await readFile(join(outdir, name, "package-lock.json"), "utf8")) as Lockfile;
    const project = JSON.parse(await readFile("package-lock.json", "utf8")) as Lockfile;
    const manifest = JSON.parse(await readFile(join(outdir, name, "package.json"), "utf8")) as { name: string; dependencies: object };
    expect(lock).toMatchObject({ name: manifest.name, lockfileVersion: 3 });
    expect(lock.packages[""]).toEqual({ name: manifest.name, version: "0.1.0", dependencies: manifest.dependencies });
    const paths = Object.keys(lock.packages).filter((p) => p !== "");
    // The framework, what it serves with, and what they need; nothing the bundle carries itself.
    for (const needed of [FRAMEWORK, "express", "body-parser", "cloudevents"]) expect(paths).toContain(`node_modules/${needed}`);
    expect(paths.includes("node_modules/pdf-lib")).toBe(name === "report");
    for (const bundled of ["docx", "zod", "luxon", "@googleapis/sheets", "vitest"]) expect(paths).not.toContain(`node_modules/${bundled}`);
    for (const path of paths) {
      const entry = lock.packages[path]!;
      // Every package at the version, address and checksum the tests ran with.
      expect({ path, version: entry.version, resolved: entry["resolved"], integrity: entry["integrity"] }).toEqual({
        path,
        version: project.packages[path]?.version,
        resolved: project.packages[path]?.["resolved"],
        integrity: project.packages[path]?.["integrity"],
      });
      expect(entry["integrity"]).toMatch(/^sha512-/);
      expect(entry["dev"]).toBeUndefined();
    }
  });

  it.each(names)("%s stays within the size target and starts without the Google clients, docx or the SMTP client", (name) => {
    const measure = measures.find((m) => m.name === name)!;
    expect(measure.bytes).toBeLessThanOrEqual(TARGETS.bytes);
    expect(measure.importMs).toBeGreaterThan(0);
    const { loadedAtStart, packages } = built.find((b) => b.name === name)!;
    expect(loadedAtStart.filter((p) => /^(docx|exceljs|googleapis|@googleapis\/.*|google-auth-library|gaxios|yaml)$/.test(p))).toEqual([]);
    expect(packages).not.toContain("googleapis");
    expect(packages).not.toContain("exceljs");
    expect(packages).toContain("@googleapis/sheets");
  });

  it.each([
    ["report", ["docx", "@googleapis/drive"], ["@googleapis/gmail"]],
    // Drive for every source in Google Sheets: when each spreadsheet last changed.
    ["validate", ["@googleapis/drive"], ["docx", "@googleapis/gmail"]],
    // Drive: the week's web pages are stored next to the reports.
    ["summary", ["@googleapis/gmail", "@googleapis/drive"], ["docx"]],
    ["reportDraft", ["docx", "@googleapis/drive", "@googleapis/gmail"], []],
  ])("%s holds the adapters it can use and no others", (name, present, absent) => {
    const { packages } = built.find((b) => b.name === name)!;
    for (const p of present) expect(packages).toContain(p);
    for (const p of absent) expect(packages).not.toContain(p);
  });

  it.each(["report", "reportDraft"])("%s lays out the report's pages with docx's layout as patched (patches/)", async (name) => {
    const { inputs } = built.find((b) => b.name === name)!;
    expect(inputs).toContain(LAYOUT);
    const bundled = await readFile(LAYOUT, "utf8");
    for (const { after } of hunksOf(DOCX_PATCH, LAYOUT)) expect(bundled).toContain(after);
  });
});

describe("each bundle served by the framework's own runner, as Cloud Run starts it", () => {
  let harness: Harness;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    harness = await startHarness({ edit: reportOneIsDraft, env: { LAGESBILD_DRAFT_ATTACH_MAX_BYTES: "1000" } });
    // As Cloud Build does: `npm ci` from each bundle's own lockfile (from the npm cache when it has the packages);
    // bundles whose lockfiles differ only in their name share one install.
    const installs = new Map<string, string>();
    for (const name of names) {
      const key = JSON.stringify(await lockedPackages(name));
      const installed = installs.get(key);
      if (installed) {
        await symlink(installed, join(outdir, name, "node_modules"), "dir");
        continue;
      }
      await run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], join(outdir, name));
      installs.set(key, join(outdir, name, "node_modules"));
    }
    // The framework alone, and the report's with pdf-lib.
    expect(installs.size).toBe(2);
  }, 180_000);
  afterAll(async () => {
    for (const child of children) child.kill();
    await harness?.close();
  });

  async function start(name: string): Promise<string> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [join(outdir, name, RUNNER), `--target=${name}`, `--source=${join(outdir, name)}`, `--port=${port}`],
      {
        env: { PATH: process.env["PATH"], ...harness.env },
        stdio: "ignore",
      },
    );
    children.push(child);
    const url = `http://127.0.0.1:${port}/`;
    await until(() => fetch(url, { method: "OPTIONS" }));
    return url;
  }

  it.each([
    ["validate", (url: string) => fetch(url), 200],
    ["report", (url: string) => fetch(`${url}?report=1&asOf=2024-09-18`), 200],
    ["summary", (url: string) => postPubSub(url, { asOf: "2024-09-18" }, "bundle-1"), 204],
    ["reportDraft", (url: string) => postPubSub(url, { asOf: "2024-09-02" }, "bundle-2"), 204],
  ])("%s answers from its bundle, loading its adapters on demand", async (name, call, status) => {
    const before = { mails: harness.smtp.received.length, files: harness.fake.drive.files.length };
    const response = await call(await start(name));
    expect(response.status).toBe(status);
    if (name === "report" || name === "reportDraft") expect(harness.fake.drive.files.length).toBe(before.files + 1);
    if (name === "summary" || name === "reportDraft") expect(harness.smtp.received.length).toBeGreaterThan(before.mails);
  });

  it("runs the framework its lockfile installed, at the version the tests ran with", async () => {
    const installed = JSON.parse(await readFile(join(outdir, "validate", "node_modules", FRAMEWORK, "package.json"), "utf8")) as {
      version: string;
    };
    const express = JSON.parse(await readFile(join(outdir, "validate", "node_modules", "express", "package.json"), "utf8")) as {
      version: string;
    };
    const lock = JSON.parse(await readFile(join(outdir, "validate", "package-lock.json"), "utf8")) as Lockfile;
    expect(installed.version).toBe(lock.packages[`node_modules/${FRAMEWORK}`]?.version);
    expect(express.version).toBe(lock.packages["node_modules/express"]?.version);
  });

  it("validate's bundle answers a malformed or oversized body with JSON in Swedish, as the sources do", async () => {
    const url = await start("validate");
    const post = (body: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const malformed = await post('{"report": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: "bad-request", message: "Anropets innehåll är inte giltig JSON." });
    const large = await post(JSON.stringify({ padding: "x".repeat(120_000) }));
    expect(large.status).toBe(413);
    expect(((await large.json()) as { error: string }).error).toBe("body-too-large");
  });

  it("summary's bundle acknowledges a message with broken base64 and sends nothing", async () => {
    const url = await start("summary");
    const before = harness.smtp.received.length;
    const data = Buffer.from('{"asOf": "2024-09-18"}').toString("base64");
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "ce-specversion": "1.0",
        "ce-type": "google.cloud.pubsub.topic.v1.messagePublished",
        "ce-source": "//pubsub",
        "ce-id": "b64",
      },
      body: JSON.stringify({ message: { data: `${data.slice(0, 8)}!${data.slice(8)}`, messageId: "b64" } }),
    });
    expect(response.status).toBe(204);
    expect(harness.smtp.received.length).toBe(before);
  });

  it("refuses to start with a configuration that names no central spreadsheet, and logs why as CRITICAL", async () => {
    const run = spawn(
      process.execPath,
      [join(outdir, "validate", RUNNER), "--target=validate", `--source=${join(outdir, "validate")}`, `--port=${await freePort()}`],
      {
        env: { PATH: process.env["PATH"], LAGESBILD_SOURCE: "gsheets" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    run.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => run.on("exit", resolve));
    expect(code).not.toBe(0);
    const entry = stdout.split("\n").find((l) => l.includes('"CRITICAL"'));
    expect(JSON.parse(entry ?? "{}")).toMatchObject({
      severity: "CRITICAL",
      message: "invalid configuration",
      problems: [expect.stringContaining("LAGESBILD_CENTRAL_SPREADSHEET saknas")],
    });
  });
});

async function lockedPackages(name: string): Promise<unknown> {
  const lock = JSON.parse(await readFile(join(outdir, name, "package-lock.json"), "utf8")) as Lockfile;
  const { "": _root, ...packages } = lock.packages;
  return packages;
}

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function until(call: () => Promise<Response>, timeoutMs = 20_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
