import { inflateRawSync } from "node:zlib";
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

export async function openZipParts(bytes: Buffer, maxInflatedBytes: number, wholePartBytes = WHOLE_PART_BYTES): Promise<ZipParts> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  const entries = await listEntries(zip);
  let inflated = 0;
  const chunks = async function* (name: string): AsyncIterable<string> {
    const entry = entries.get(normalise(name));
    if (!entry) throw new Error(`missing part ${name}`);
    // Counted as inflated, whatever the zip directory declared (a whole part is held to what it declared): a lying zip bomb stops here.
    const count = (bytes: number) => {
      inflated += bytes;
      if (inflated > maxInflatedBytes) throw new InflateLimitError(`more than ${maxInflatedBytes} bytes inflated`);
    };
    if (entry.compressionMethod === DEFLATED && entry.uncompressedSize <= wholePartBytes) {
      yield* decoded(slices(await inflatedWhole(zip, entry, count)));
      return;
    }
    const stream = await zip.openReadStreamPromise(entry);
    try {
      yield* decoded(counted(stream as AsyncIterable<Buffer>, count));
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

const DEFLATED = 8;
/**
 * A deflated part no larger than this (as its zip entry declares) is inflated in one call rather than streamed:
 * a stream hands each 16 kB through three streams and a thread-pool round trip, which took a parse worker longer
 * than inflating the part. Larger parts still stream, so a huge sheet is never held whole.
 */
const WHOLE_PART_BYTES = 32 * 1024 * 1024;
/** Bytes of a whole part decoded and handed to the parser at a time. */
const TEXT_CHUNK_BYTES = 64 * 1024;

/** A deflated part's bytes; never more than the entry declares, as yauzl's own check would refuse. */
async function inflatedWhole(zip: yauzl.ZipFile, entry: yauzl.Entry, count: (bytes: number) => void): Promise<Buffer> {
  count(entry.uncompressedSize);
  const raw: Buffer[] = [];
  for await (const chunk of (await zip.openReadStreamPromise(entry, { decompress: false })) as AsyncIterable<Buffer>) raw.push(chunk);
  const bytes = inflateRawSync(Buffer.concat(raw), { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  if (bytes.length !== entry.uncompressedSize)
    throw new Error(`part ${entry.fileName} is ${bytes.length} bytes, not ${entry.uncompressedSize}`);
  return bytes;
}

/** A whole part in pieces the size the parser is handed at a time. */
function* slices(bytes: Buffer): Iterable<Buffer> {
  for (let at = 0; at < bytes.length; at += TEXT_CHUNK_BYTES) yield bytes.subarray(at, at + TEXT_CHUNK_BYTES);
}

async function* counted(chunks: AsyncIterable<Buffer>, count: (bytes: number) => void): AsyncIterable<Buffer> {
  for await (const chunk of chunks) {
    count(chunk.length);
    yield chunk;
  }
}

/** UTF-8 text, a character cut between two chunks whole in the next. */
async function* decoded(chunks: AsyncIterable<Buffer> | Iterable<Buffer>): AsyncIterable<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
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
