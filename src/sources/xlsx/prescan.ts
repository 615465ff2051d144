import yauzl from "yauzl";
import type { Coded, ParamsOf, ProblemCode } from "../../validation/messages.ts";
import { formatBytes, type ReadLimits } from "./limits.ts";

export type Prescan = { readonly ok: true; readonly hasMacros: boolean } | ({ readonly ok: false } & Coded);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An encrypted .xlsx is an OLE container with this stream name (UTF-16LE).
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/**
 * Looks at a file before any parser does: what kind of file it is, and what
 * its zip directory declares. Nothing is inflated here, so a zip bomb is
 * refused before it can grow.
 */
export async function prescan(bytes: Buffer, limits: ReadLimits): Promise<Prescan> {
  if (bytes.length > limits.maxFileBytes) {
    return fail("file-too-large", { value: formatBytes(bytes.length), limit: formatBytes(limits.maxFileBytes) });
  }
  if (startsWith(bytes, OLE)) return fail(bytes.includes(ENCRYPTED_PACKAGE) ? "file-encrypted" : "file-xls");
  if (!startsWith(bytes, ZIP)) return fail("file-not-xlsx", { detail: describeNonZip(bytes) });

  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    return fail("file-damaged", { detail: zipErrorText(error) });
  }
  if (zip.entryCount > limits.maxZipEntries) {
    zip.close();
    return fail("file-suspicious", { detail: `${zip.entryCount} delar i filen` });
  }
  return scanEntries(zip, limits);
}

function scanEntries(zip: yauzl.ZipFile, limits: ReadLimits): Promise<Prescan> {
  return new Promise((resolve) => {
    let total = 0;
    let hasWorkbook = false;
    let hasMacros = false;
    const done = (result: Prescan) => {
      zip.close();
      resolve(result);
    };
    zip.on("entry", (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (entry.fileName === "xl/workbook.xml") hasWorkbook = true;
      if (entry.fileName === "xl/vbaProject.bin") hasMacros = true;
      const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : Infinity;
      if (total > limits.maxUncompressedBytes) {
        return done(fail("file-suspicious", { detail: `över ${formatBytes(limits.maxUncompressedBytes)} uppackat` }));
      }
      if (entry.uncompressedSize > limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
        return done(fail("file-suspicious", { detail: `${entry.fileName} packas upp ${Math.round(ratio)} gånger` }));
      }
      zip.readEntry();
    });
    zip.on("end", () =>
      done(hasWorkbook ? { ok: true, hasMacros } : fail("file-not-xlsx", { detail: "zip-filen innehåller ingen arbetsbok" })),
    );
    zip.on("error", (error: unknown) => done(fail("file-damaged", { detail: zipErrorText(error) })));
    zip.readEntry();
  });
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function describeNonZip(bytes: Buffer): string {
  if (bytes.length === 0) return "filen är tom";
  const head = bytes.subarray(0, 512).toString("utf8");
  if (/^\s*</.test(head)) return "den ser ut som en webbsida eller XML-fil";
  if (!/[\u0000-\u0008]/.test(head) && /[;,\t]/.test(head)) return "den ser ut som en textfil (CSV) med nytt namn";
  return "okänt filformat";
}

function zipErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory/i.test(message)) return "filen verkar avkortad";
  return "zip-strukturen är trasig";
}

function fail<C extends ProblemCode>(
  code: C,
  ...[params]: Record<never, never> extends ParamsOf<C> ? [ParamsOf<C>?] : [ParamsOf<C>]
): Prescan {
  // The signature checks the values against the code; the union of every code's pair cannot follow a generic code.
  return (params ? { ok: false, code, params } : { ok: false, code }) as Prescan;
}
