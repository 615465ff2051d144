/**
 * The pictures of the Swedish guides (docs/guide/bilder), made from the
 * example by the product itself: the main job writes the report and the
 * e-mails, LibreOffice renders a workbook and the report, Chromium renders the
 * e-mail at a phone's width. Run by `npm run guide:pictures`; a test runs it
 * into a temporary folder, so it cannot silently stop working.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { simpleParser } from "mailparser";
import { runCli } from "../src/cli/main.ts";

const run = promisify(execFile);

export const GUIDE_PICTURES = [
  "arbetsbok-aktiviteter.png",
  "lagesbild-epost.png",
  "rapport-forsta-sidan.png",
  "rapport-uppfoljning.png",
] as const;

const EXAMPLE = "examples/delrapport-1";
const AS_OF = "2024-09-18";
const FOLLOW_UP_HEADING = "Uppföljning av mål och effekter";

export async function makeGuidePictures(outDir: string): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), "guide-pictures-"));
  try {
    await mkdir(outDir, { recursive: true });
    const out = join(work, "out");
    // As managers get it where the web pages are published: with "Öppna i webbläsaren".
    const env = { ...process.env, LAGESBILD_WEB_BASE_URL: "https://intranat.example/lagesbild/" };
    const quiet = { stdout: () => undefined, stderr: () => undefined, env };
    const code = await runCli(["run", EXAMPLE, "--as-of", AS_OF, "--out-dir", out], quiet);
    if (code !== 0) throw new Error(`lagesbild run on the example exited with ${code}`);

    const soffice = (...args: string[]) =>
      run("soffice", [`-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`, "--headless", "--norestore", ...args], {
        timeout: 180_000,
      });

    // A block workbook as staff see it: the top of its first sheet, Aktiviteter, printed.
    await soffice("--convert-to", "pdf", "--outdir", work, resolve(EXAMPLE, "bostader.xlsx"));
    const sheets = join(work, "bostader.pdf");
    const activities = await pageWhere(sheets, (text) => /^\s*Id\s+Datum\s+Slutdatum\s+Typ/m.test(text));
    await pageImage(sheets, activities, join(outDir, "arbetsbok-aktiviteter.png"), { width: 1000, height: 420 });

    // The report: its title page and the first page of the follow-up chapter.
    const docx = (await readdir(out)).find((f) => f.endsWith(".docx"));
    if (!docx) throw new Error("the main job wrote no report");
    await soffice("--convert-to", "pdf", "--outdir", work, join(out, docx));
    const pdf = join(work, docx.replace(/\.docx$/, ".pdf"));
    await pageImage(pdf, 1, join(outDir, "rapport-forsta-sidan.png"));
    const chapter = new RegExp(`^\\s*\\d*\\s*${FOLLOW_UP_HEADING}\\s*$`, "m");
    await pageImage(pdf, await pageWhere(pdf, (text, i) => i > 2 && chapter.test(text)), join(outDir, "rapport-uppfoljning.png"));

    // The overview e-mail to a manager, at a phone's width.
    const html = await overviewHtml(join(out, "outbox"));
    const page = join(work, "lagesbild.html");
    await writeFile(page, html, "utf8");
    await screenshot(page, join(outDir, "lagesbild-epost.png"), work);
    return GUIDE_PICTURES.map((p) => join(outDir, p));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One page as PNG, or the top left `crop` pixels of it. */
async function pageImage(pdf: string, page: number, to: string, crop?: { width: number; height: number }): Promise<void> {
  const prefix = to.replace(/\.png$/, "");
  const area = crop ? ["-x", "0", "-y", "0", "-W", String(crop.width), "-H", String(crop.height), "-r", "110"] : ["-r", "60"];
  await run("pdftoppm", ["-png", ...area, "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
}

/** The number of the first page whose text matches. */
async function pageWhere(pdf: string, matches: (text: string, index: number) => boolean): Promise<number> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  const found = stdout.split("\f").findIndex(matches);
  if (found === -1) throw new Error(`no page of ${pdf} has what the picture should show`);
  return found + 1;
}

async function overviewHtml(outbox: string): Promise<string> {
  for (const file of (await readdir(outbox)).filter((f) => f.endsWith(".eml")).sort()) {
    const mail = await simpleParser(await readFile(join(outbox, file)));
    if (/^Lägesbild vecka \d+, \d+$/.test(mail.subject ?? "") && typeof mail.html === "string") return mail.html;
  }
  throw new Error("no overview e-mail in the outbox");
}

async function screenshot(page: string, to: string, work: string): Promise<void> {
  const shot = join(work, "shot.png");
  await run(
    "chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--hide-scrollbars",
      `--user-data-dir=${join(work, "chromium")}`,
      "--window-size=375,1400",
      `--screenshot=${shot}`,
      pathToFileURL(page).href,
    ],
    { timeout: 120_000 },
  );
  await rename(shot, to);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const written = await makeGuidePictures(resolve("docs/guide/bilder"));
  for (const file of written) process.stdout.write(`${file}\n`);
}
