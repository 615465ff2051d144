import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rewriteZipParts } from "../src/report/rewrite-zip-parts.ts";

const files = {
  "word/document.xml": strToU8(`<w:document>${"<w:p>Västerbotten</w:p>".repeat(2000)}</w:document>`),
  "word/charts/chart1.xml": strToU8('<c:chartSpace><c:lang val="en-US"/></c:chartSpace>'),
  "word/media/image1.png": new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
};
const upperCased = (_: string, bytes: Uint8Array) => strToU8(strFromU8(bytes).toUpperCase());
const isChart = (name: string) => name.startsWith("word/charts/");

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "zip-parts-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** What Info-ZIP's `unzip -t` says of the zip: it checks every part's checksum and the directory's offsets. */
async function tested(zip: Uint8Array): Promise<string> {
  const path = join(scratch, "tested.zip");
  await writeFile(path, zip);
  return execFileSync("unzip", ["-t", path], { encoding: "utf8" });
}

function streamed(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(bytes, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

describe("rewriting some parts of a zip", () => {
  it("rewrites the parts asked for and copies the others' compressed bytes as they were", async () => {
    const zip = zipSync({ ...files, "word/media/image1.png": [files["word/media/image1.png"], { level: 0 }] }, { level: 6 });
    const rewritten = rewriteZipParts(zip, isChart, upperCased);
    const parts = unzipSync(rewritten);
    expect(strFromU8(parts["word/charts/chart1.xml"] ?? new Uint8Array())).toBe('<C:CHARTSPACE><C:LANG VAL="EN-US"/></C:CHARTSPACE>');
    expect(parts["word/document.xml"]).toEqual(files["word/document.xml"]);
    expect(parts["word/media/image1.png"]).toEqual(files["word/media/image1.png"]);
    // The document's local header and data come first, before the chart's local header (30 bytes before its name).
    const documentBytes = Buffer.from(zip).subarray(0, Buffer.from(zip).indexOf("word/charts/") - 30);
    expect(Buffer.from(rewritten).indexOf(documentBytes)).toBe(0);
    expect(await tested(rewritten)).toMatch(/No errors detected/);
  });

  it("gives the same bytes back when no part is rewritten, from a Buffer that shares its memory", () => {
    const zip = zipSync(files, { level: 6 });
    const shared = Buffer.concat([Buffer.alloc(7), zip]).subarray(7);
    expect(Buffer.from(rewriteZipParts(shared, () => false, upperCased)).equals(Buffer.from(zip))).toBe(true);
    expect(unzipSync(rewriteZipParts(shared, isChart, upperCased))["word/document.xml"]).toEqual(files["word/document.xml"]);
  });

  it("reads and writes whole a zip it does not splice (sizes after the data)", async () => {
    const zip = streamed();
    const rewritten = rewriteZipParts(zip, isChart, upperCased);
    const parts = unzipSync(rewritten);
    expect(strFromU8(parts["word/charts/chart1.xml"] ?? new Uint8Array())).toContain("C:LANG");
    expect(parts["word/document.xml"]).toEqual(files["word/document.xml"]);
    expect(await tested(rewritten)).toMatch(/No errors detected/);
  });
});
