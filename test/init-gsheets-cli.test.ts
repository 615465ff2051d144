import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRIVE_CREATE_FILE, METADATA_TOKEN, metadataEnv, startFakeGoogle, type FakeGoogle } from "./helpers/fake-google/index.ts";

const run = promisify(execFile);
let fake: FakeGoogle;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  fake = await startFakeGoogle({ accessToken: "coordinator-token" });
  fake.driveFiles.account = "samordnare@tillvaxtverket.example";
  env = {
    PATH: process.env["PATH"],
    ...metadataEnv(fake.rootUrl, await mkdtemp(join(tmpdir(), "adc-"))),
    LAGESBILD_GOOGLE_ROOT_URL: fake.rootUrl,
  };
});
afterAll(() => fake.close());

/** The command line as a coordinator runs it, in its own process with its own environment. */
async function lagesbild(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/cli/bin.ts", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each test starts the command line in its own process, as a coordinator would: slow on a busy machine.
describe("lagesbild init --gsheets", { timeout: 180_000 }, () => {
  it("--dry-run prints the plan and calls Google not at all", async () => {
    const before = fake.calls.calls.length;
    const central = await lagesbild("init", "--gsheets", "--dry-run");
    const blocks = await lagesbild("init", "examples/delrapport-1", "--gsheets", "--blocks", "--dry-run");
    expect(fake.calls.calls.length).toBe(before);
    expect(central.code).toBe(0);
    expect(central.stdout).toContain("Skapa kalkylarket ”lägesbild – central”");
    expect(central.stdout).toMatch(/- Byggstenar \(10 kolumner, 4 med kontroll av värdet, rubrikraden låst\)/);
    expect(blocks.code).toBe(0);
    expect(blocks.stdout.match(/^Skapa kalkylarket/gm)).toHaveLength(11);
    expect(blocks.stdout).toContain("Dela med bostader@tillvaxtverket.example som redigerare");
    expect(blocks.stdout).toContain("Skriv adressen i den centrala arbetsboken, 'Byggstenar'!I4.");
    expect(blocks.stdout).toContain("- Listor (5 kolumner, rubrikraden låst, dolt)");
  });

  it("makes the central spreadsheet as the coordinator's own login, says which account, and makes nothing twice", async () => {
    const first = await lagesbild("init", "--gsheets");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Som samordnare@tillvaxtverket.example:");
    const id = /LAGESBILD_CENTRAL_SPREADSHEET=(\S+) /.exec(first.stdout)?.[1];
    expect(fake.spreadsheets.get(id ?? "")?.title).toBe("lägesbild – central");
    // Application Default Credentials asked for the Sheets and drive.file scopes only.
    const scopes = fake.calls.calls.filter((c) => c.endpoint === METADATA_TOKEN).map((c) => c.key);
    expect(scopes).toContain("https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/drive.file");

    const again = await lagesbild("init", "--gsheets");
    expect(again.stdout).toContain("Finns redan: ”lägesbild – central”");
    expect(fake.calls.count(DRIVE_CREATE_FILE)).toBe(1);
  });

  it("says in Swedish what Google refused and what to do, instead of crashing", async () => {
    const result = await lagesbild("init", "--gsheets", "--folder", "0ANotAFolderOfOurs");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^Google svarade 404: File not found: 0ANotAFolderOfOurs\. Mappen 0ANotAFolderOfOurs finns inte eller syns inte för ditt konto\./,
    );
  });

  it("--blocks without a central spreadsheet says what to do first", async () => {
    const lonely = await startFakeGoogle({ accessToken: "coordinator-token" });
    const result = await run(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "init", "--gsheets", "--blocks"], {
      env: { ...env, ...metadataEnv(lonely.rootUrl, await mkdtemp(join(tmpdir(), "adc-"))), LAGESBILD_GOOGLE_ROOT_URL: lonely.rootUrl },
    }).catch((e: { code: number; stderr: string }) => e);
    await lonely.close();
    expect((result as { code: number }).code).toBe(2);
    expect((result as { stderr: string }).stderr).toContain("Hittar inget centralt kalkylark");
  });
});
