/**
 * The reading peers, each timed in a fresh process (bundled by bench/run.ts):
 *   node read-peers.mjs scan|sheetjs <source-dir>
 * `scan` is the bare floor of reading: yauzl inflates every XML part of every
 * workbook and saxes parses it with no handlers. `sheetjs` reads each workbook
 * with SheetJS (the `xlsx` package), as another library would. Prints one JSON
 * line: the milliseconds, the bytes of XML scanned, the peak RSS.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import * as XLSX from "xlsx";
import yauzl from "yauzl";

const [peer = "scan", dir = "."] = process.argv.slice(2);
const files = (await readdir(dir)).filter((f) => f.endsWith(".xlsx")).map((f) => join(dir, f));

async function scan(path: string): Promise<number> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on("error", reject);
    zip.on("end", () => resolve());
    zip.on("entry", (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith(".xml")) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const parser = new SaxesParser();
        stream.setEncoding("utf8");
        stream.on("data", (chunk: string) => {
          bytes += chunk.length;
          parser.write(chunk);
        });
        stream.on("error", reject);
        stream.on("end", () => {
          parser.close();
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return bytes;
}

const started = performance.now();
let bytes = 0;
if (peer === "scan") for (const f of files) bytes += await scan(f);
else for (const f of files) bytes += Object.keys(XLSX.readFile(f, { dense: true }).Sheets).length;
const ms = Math.round(performance.now() - started);
console.log(JSON.stringify({ ms, bytes, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
