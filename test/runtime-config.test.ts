import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/app/config.ts";
import { CONFIG_PARTS, RUNTIME_VARIABLES, type ConfigPart } from "../src/app/variables.ts";
import { ConfigError } from "../src/shared/errors.ts";

const CENTRAL = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";
const base = { LAGESBILD_CENTRAL_SPREADSHEET: CENTRAL };
const ALL = CONFIG_PARTS;

function problemsOf(env: Record<string, string>, parts: readonly ConfigPart[] = ALL): readonly string[] {
  try {
    loadConfig(env, parts);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("the functions' configuration", () => {
  it("has working defaults for a local run: outbox, local folders, Google Sheets", () => {
    const config = loadConfig(base, ALL);
    expect(config.source).toMatchObject({ kind: "gsheets", google: { centralSpreadsheetId: CENTRAL } });
    expect(config.reports).toEqual({ kind: "local", dir: "out/rapporter" });
    expect(config.state).toEqual({ kind: "local", dir: "out/state" });
    expect(config.mail).toMatchObject({ transport: "outbox", outboxDir: "out/outbox", draftAttachMaxBytes: 5_000_000 });
  });

  it.each([
    ["LAGESBILD_REPORT_STORE", "drive:1FolderIdFromTheAddressBar", "reports", { kind: "drive", folderId: "1FolderIdFromTheAddressBar" }],
    [
      "LAGESBILD_REPORT_STORE",
      "gs://lagesbild-reports/delrapporter/2024",
      "reports",
      { kind: "gcs", bucket: "lagesbild-reports", prefix: "delrapporter/2024" },
    ],
    ["LAGESBILD_REPORT_STORE", "gs://lagesbild-reports", "reports", { kind: "gcs", bucket: "lagesbild-reports", prefix: "" }],
    ["LAGESBILD_REPORT_STORE", "  /srv/rapporter ", "reports", { kind: "local", dir: "/srv/rapporter" }],
    ["LAGESBILD_STATE", "gs://lagesbild-state/state", "state", { kind: "gcs", bucket: "lagesbild-state", prefix: "state" }],
    ["LAGESBILD_SOURCE", "examples/delrapport-1", "source", { kind: "folder", dir: "examples/delrapport-1" }],
  ] as const)("reads %s=%s", (name, value, part, expected) => {
    expect(loadConfig({ ...base, [name]: value }, ALL)[part]).toEqual(expected);
  });

  it.each([
    ["no folder for a function: the pages go to the report store", {}, {}, {}],
    ["the command line's pages beside the outbox", {}, { webBesideOutbox: true, outboxDir: "/tmp/ut/outbox" }, { dir: "/tmp/ut/web" }],
    [
      "LAGESBILD_WEB_DIR over the place beside the outbox",
      { LAGESBILD_WEB_DIR: "/srv/www" },
      { webBesideOutbox: true },
      { dir: "/srv/www" },
    ],
    ["--web over LAGESBILD_WEB_DIR", { LAGESBILD_WEB_DIR: "/srv/www" }, { webDir: "sidor" }, { dir: "sidor" }],
    [
      "the published address from LAGESBILD_WEB_BASE_URL",
      { LAGESBILD_WEB_BASE_URL: " https://intranat.example/lagesbild " },
      {},
      { baseUrl: "https://intranat.example/lagesbild" },
    ],
  ] as const)("places the web pages: %s", (_, env, flags, expected) => {
    expect(loadConfig({ ...base, ...env }, ["mail"], flags).mail?.web).toEqual(expected);
  });

  it("takes the central spreadsheet from gsheets:<address> in LAGESBILD_SOURCE", () => {
    const config = loadConfig({ LAGESBILD_SOURCE: `gsheets:https://docs.google.com/spreadsheets/d/${CENTRAL}/edit#gid=0` }, ["source"]);
    expect(config.source).toMatchObject({ google: { centralSpreadsheetId: CENTRAL } });
  });

  it("names every wrong variable at once, in Swedish", () => {
    const problems = problemsOf({
      LAGESBILD_REPORT_STORE: "drive:",
      LAGESBILD_STATE: "drive:1FolderIdFromTheAddressBar",
      LAGESBILD_MAIL_TRANSPORT: "fax",
      LAGESBILD_DRAFT_ATTACH_MAX_BYTES: "5 MB",
      LAGESBILD_REPORT_LINK: "ftp://x",
      LAGESBILD_WEB_BASE_URL: "intranat/lagesbild",
    });
    expect(problems).toEqual([
      "LAGESBILD_REPORT_STORE ska vara drive:<mappens id>, gs://<bucket>/<prefix> eller en mapp.",
      "LAGESBILD_STATE ska vara gs://<bucket>/<prefix> eller en mapp.",
      "LAGESBILD_MAIL_TRANSPORT ska vara outbox, smtp, gmail.",
      "LAGESBILD_DRAFT_ATTACH_MAX_BYTES ska vara ett antal byte från 0 till 20000000.",
      "LAGESBILD_REPORT_LINK ska vara en https-adress.",
      "LAGESBILD_WEB_BASE_URL ska vara en adress som börjar med http:// eller https://.",
    ]);
  });

  it("adds the Google and mail settings' own problems to the list", () => {
    const problems = problemsOf({ LAGESBILD_MAIL_TRANSPORT: "smtp", LAGESBILD_SMTP_USER: "lagesbild" });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("LAGESBILD_CENTRAL_SPREADSHEET saknas"),
        expect.stringContaining("LAGESBILD_SMTP_HOST: saknas"),
        expect.stringContaining("LAGESBILD_MAIL_FROM: saknas"),
        expect.stringContaining("LAGESBILD_SMTP_USER: anges tillsammans med LAGESBILD_SMTP_PASSWORD"),
      ]),
    );
  });

  it("checks only the parts a function uses: validate starts without the SMTP password that only the mail functions get", () => {
    const env = {
      ...base,
      LAGESBILD_MAIL_TRANSPORT: "smtp",
      LAGESBILD_MAIL_FROM: "lagesbild@tillvaxtverket.se",
      LAGESBILD_MAIL_ALLOWED_DOMAINS: "tillvaxtverket.se",
      LAGESBILD_SMTP_HOST: "smtp.example.se",
      LAGESBILD_SMTP_USER: "lagesbild",
    };
    expect(problemsOf(env, ["source"])).toEqual([]);
    expect(problemsOf(env, ["source", "state", "mail"])).toEqual([
      "LAGESBILD_SMTP_USER: anges tillsammans med LAGESBILD_SMTP_PASSWORD, båda eller ingen av dem.",
    ]);
    expect(loadConfig(env, ["source"]).mail).toBeUndefined();
  });

  it("reads exactly the documented variables", () => {
    const read = new Set<string>();
    const env = new Proxy({ ...base, LAGESBILD_MAIL_TRANSPORT: "smtp", LAGESBILD_SMTP_HOST: "smtp.example.se" } as Record<string, string>, {
      get(target, name) {
        if (typeof name === "string") read.add(name);
        return target[name as string];
      },
    });
    try {
      loadConfig(env, ALL);
    } catch {
      // missing sender and domains: still every variable was looked at
    }
    const lagesbild = [...read].filter((n) => n.startsWith("LAGESBILD_")).sort();
    expect(lagesbild).toEqual(RUNTIME_VARIABLES.map((v) => v.name).sort());
  });
});
