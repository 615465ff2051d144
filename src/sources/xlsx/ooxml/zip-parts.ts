import type { Readable } from "node:stream";
import yauzl from "yauzl";

/** The parts (files) of an .xlsx zip, readable by name; inflation is bounded by `maxInflatedBytes` in total. */
export interface ZipParts {
  has(name: string): boolean;
  /** A small part as text (workbook, relationships, styles). */
  text(name: string): Promise<string>;
  /** A part as a stream of UTF-8 text chunks (sheets, shared strings). */
  chunks(name: string): AsyncIterable<string>;
  close(): void;
}

export class InflateLimitError extends Error {
  override readonly name = "InflateLimitError";
}

export async function openZipParts(bytes: Buffer, maxInflatedBytes: number): Promise<ZipParts> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  const entries = await listEntries(zip);
  let inflated = 0;
  const open = async (name: string): Promise<Readable> => {
    const entry = entries.get(normalise(name));
    if (!entry) throw new Error(`missing part ${name}`);
    return zip.openReadStreamPromise(entry);
  };
  const chunks = async function* (name: string): AsyncIterable<string> {
    const stream = await open(name);
    const decoder = new TextDecoder("utf-8");
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        // Counted as inflated, whatever the zip directory declared: a lying zip bomb stops here.
        if (inflated > maxInflatedBytes) throw new InflateLimitError(`more than ${maxInflatedBytes} bytes inflated`);
        yield decoder.decode(chunk, { stream: true });
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } finally {
      stream.destroy();
    }
  };
  return {
    has: (name) => entries.has(normalise(name)),
    text: async (name) => {
      let text = "";
      for await (const chunk of chunks(name)) text += chunk;
      return text;
    },
    chunks,
    close: () => zip.close(),
  };
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(normalise(entry.fileName), entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

/** Part names compare without a leading slash and case-insensitively, as OPC says. */
export function normalise(name: string): string {
  return name.replace(/^\/+/, "").replace(/\\/g, "/").toLowerCase();
}
