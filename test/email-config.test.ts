import { describe, expect, it } from "vitest";
import { DEFAULT_FROM, loadMailConfig } from "../src/config/mail.ts";
import { ConfigError } from "../src/shared/errors.ts";

const smtpEnv = {
  LAGESBILD_MAIL_FROM: "lägesbild <Lagesbild@Tillvaxtverket.se>",
  LAGESBILD_MAIL_ALLOWED_DOMAINS: "tillvaxtverket.se, @Kommun.se",
  LAGESBILD_SMTP_HOST: "smtp.tillvaxtverket.se",
  LAGESBILD_SMTP_USER: "lagesbild",
  LAGESBILD_SMTP_PASSWORD: " lösen med mellanslag ",
};

function problemsOf(env: Record<string, string>, transport: "outbox" | "smtp" | "gmail"): readonly string[] {
  try {
    loadMailConfig(env, transport);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("the mail configuration from the environment", () => {
  it("needs nothing for the outbox, which then takes every address", () => {
    expect(loadMailConfig({}, "outbox")).toEqual({ from: DEFAULT_FROM, extraRecipients: [], gmail: { userId: "me" } });
  });

  it("reads a complete SMTP configuration, with STARTTLS on port 587 by default", () => {
    expect(loadMailConfig(smtpEnv, "smtp")).toEqual({
      from: { name: "lägesbild", address: "lagesbild@tillvaxtverket.se" },
      allowedDomains: ["tillvaxtverket.se", "kommun.se"],
      extraRecipients: [],
      smtp: {
        host: "smtp.tillvaxtverket.se",
        port: 587,
        security: "starttls",
        auth: { user: "lagesbild", pass: " lösen med mellanslag " },
      },
      gmail: { userId: "me" },
    });
  });

  it.each([
    [{ LAGESBILD_SMTP_SECURITY: "tls" }, { port: 465, security: "tls" }],
    [
      { LAGESBILD_SMTP_SECURITY: "starttls", LAGESBILD_SMTP_PORT: "2525" },
      { port: 2525, security: "starttls" },
    ],
    [{ LAGESBILD_SMTP_CA_FILE: "/etc/ssl/intern-ca.pem" }, { caFile: "/etc/ssl/intern-ca.pem" }],
  ])("reads %j", (extra, expected) => {
    expect(loadMailConfig({ ...smtpEnv, ...extra }, "smtp").smtp).toMatchObject(expected);
  });

  it("takes extra overview recipients from the configuration, in lower case and once each", () => {
    const config = loadMailConfig(
      { LAGESBILD_MAIL_EXTRA_RECIPIENTS: "Chef@Tillvaxtverket.se; chef@tillvaxtverket.se, b@kommun.se" },
      "outbox",
    );
    expect(config.extraRecipients).toEqual(["chef@tillvaxtverket.se", "b@kommun.se"]);
  });

  it.each([
    ["smtp", ["LAGESBILD_MAIL_FROM", "LAGESBILD_MAIL_ALLOWED_DOMAINS", "LAGESBILD_SMTP_HOST"]],
    ["gmail", ["LAGESBILD_MAIL_FROM", "LAGESBILD_MAIL_ALLOWED_DOMAINS"]],
  ] as const)("names every variable %s cannot do without", (transport, variables) => {
    const problems = problemsOf({}, transport);
    expect(problems.map((p) => p.split(":")[0])).toEqual(variables);
    expect(problems.every((p) => p.includes("saknas"))).toBe(true);
  });

  it("names every wrong variable at once, each with its value", () => {
    const problems = problemsOf(
      {
        ...smtpEnv,
        LAGESBILD_MAIL_FROM: "två@a.se, adresser@b.se",
        LAGESBILD_MAIL_ALLOWED_DOMAINS: "tillvaxtverket.se, inte_en_domän",
        LAGESBILD_MAIL_EXTRA_RECIPIENTS: "ok@tillvaxtverket.se, <evil@x.se>",
        LAGESBILD_SMTP_PORT: "70000",
        LAGESBILD_SMTP_SECURITY: "ssl",
        LAGESBILD_SMTP_PASSWORD: "",
      },
      "smtp",
    );
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "LAGESBILD_MAIL_FROM",
      "LAGESBILD_MAIL_ALLOWED_DOMAINS",
      "LAGESBILD_MAIL_EXTRA_RECIPIENTS",
      "LAGESBILD_SMTP_PORT",
      "LAGESBILD_SMTP_SECURITY",
      "LAGESBILD_SMTP_USER",
    ]);
    expect(problems.join("\n")).toContain("”70000”");
    expect(problems.join("\n")).toContain("”inte_en_domän”");
    expect(problems.join("\n")).toContain("”<evil@x.se>”");
  });

  it("refuses a sender with a line break, so no header can be smuggled in", () => {
    expect(problemsOf({ ...smtpEnv, LAGESBILD_MAIL_FROM: "x <a@tillvaxtverket.se>\r\nBcc: evil@x.se" }, "smtp")[0]).toMatch(
      /^LAGESBILD_MAIL_FROM: /u,
    );
  });

  it("says it all in one error message", () => {
    expect(() => loadMailConfig({}, "smtp")).toThrow(/E-postinställningarna är felaktiga:\n {2}- LAGESBILD_MAIL_FROM/u);
  });
});
