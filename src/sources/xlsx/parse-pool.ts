import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { BlockStage, CentralStage } from "../../validation/validate-source.ts";
import type { RawSheet } from "../raw-workbook.ts";
import type { ReadLimits } from "./limits.ts";
import type { BlockTyping, ParseReply, ParseRequest } from "./parse-protocol.ts";
import type { ParsedFile } from "./raw-workbook-of.ts";

export type ParseOutcome =
  | { readonly ok: true; readonly dateSystem: 1900 | 1904; readonly sheets: RawSheet[]; readonly modified?: string }
  | { readonly ok: true; readonly stage: BlockStage }
  | { readonly ok: true; readonly central: CentralStage }
  | { readonly ok: false; readonly reason: "damaged" | "suspicious" | "rows" | "memory" | "time"; readonly detail: string };

/**
 * A worker's young generation: three semi-spaces' worth (V8 keeps two and a large-object space of one), so 8 MB
 * semi-spaces. A parse keeps most of what it allocates until the workbook is typed, so larger ones only copy more
 * per collection; the main thread keeps V8's own (16 MB on Node 20), where the layout's short-lived objects die young
 * (README, Benchmark).
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/** How the worker types what it parses: as a block's workbook, as the central one, or not at all (raw sheets). */
export type Typing = { readonly block: BlockTyping } | { readonly central: ParsedFile };

interface Job {
  readonly bytes: Uint8Array;
  readonly typing?: Typing | undefined;
  readonly resolve: (outcome: ParseOutcome) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker?: Worker;
  job?: Job & { id: number; timer: NodeJS.Timeout };
}

/**
 * A few worker threads that parse workbooks one at a time each. A worker that
 * runs out of memory or time is terminated and replaced; the process lives on.
 */
export class ParsePool {
  readonly #limits: ReadLimits;
  readonly #slots: Slot[];
  readonly #queue: Job[] = [];
  #nextId = 1;

  constructor(limits: ReadLimits, size = Math.min(2, availableParallelism())) {
    this.#limits = limits;
    this.#slots = Array.from({ length: Math.max(1, size) }, () => ({}));
  }

  /** How many workbooks it parses at once. */
  get size(): number {
    return this.#slots.length;
  }

  /** Parses a workbook; with `typing`, types it too (as a block's or as the central workbook) and gives its typed rows instead of raw sheets. */
  parse(bytes: Uint8Array, typing?: Typing): Promise<ParseOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ bytes, typing, resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.worker?.terminate()));
    for (const slot of this.#slots) delete slot.worker;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.job) continue;
      const job = this.#queue.shift();
      if (!job) return;
      this.#run(slot, job);
    }
  }

  #run(slot: Slot, job: Job): void {
    const worker = slot.worker ?? this.#spawn(slot);
    const id = this.#nextId++;
    const timer = setTimeout(() => this.#fail(slot, { ok: false, reason: "time", detail: "tid" }), this.#limits.timeoutMs);
    slot.job = { ...job, id, timer };
    const copy = new Uint8Array(job.bytes).buffer;
    const request: ParseRequest = {
      id,
      bytes: copy,
      maxInflatedBytes: this.#limits.maxUncompressedBytes,
      maxRows: this.#limits.maxRows,
      ...job.typing,
    };
    worker.postMessage(request, [copy]);
  }

  #spawn(slot: Slot): Worker {
    const { url, workerData } = workerEntry();
    const worker = new Worker(url, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.#limits.workerHeapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    worker.on("message", (reply: ParseReply) => {
      if (!slot.job || slot.job.id !== reply.id) return;
      this.#finish(slot, outcomeOf(reply));
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.#fail(slot, { ok: false, reason: memory ? "memory" : "damaged", detail: memory ? "minne" : error.message });
    });
    worker.on("exit", () => {
      if (slot.worker !== worker) return;
      delete slot.worker;
      if (slot.job) this.#finish(slot, { ok: false, reason: "damaged", detail: "läsningen avbröts" });
    });
    slot.worker = worker;
    return worker;
  }

  #fail(slot: Slot, outcome: ParseOutcome): void {
    const worker = slot.worker;
    delete slot.worker;
    this.#finish(slot, outcome);
    void worker?.terminate();
  }

  #finish(slot: Slot, outcome: ParseOutcome | Error): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(job.timer);
    delete slot.job;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
    this.#dispatch();
  }
}

function outcomeOf(reply: ParseReply): ParseOutcome | Error {
  if (!reply.ok) {
    const { reason, detail } = reply;
    return reason === "internal" ? new Error(`lägesbild failed while typing a workbook: ${detail}`) : { ok: false, reason, detail };
  }
  if ("stage" in reply) return { ok: true, stage: reply.stage };
  if ("central" in reply) return { ok: true, central: reply.central };
  return { ok: true, dateSystem: reply.dateSystem, sheets: reply.sheets, ...(reply.modified ? { modified: reply.modified } : {}) };
}

/** Where the worker's code is: beside the bundle when built, the TypeScript source (through tsx) otherwise. */
function workerEntry(): { url: URL; workerData?: { entry: string } } {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    return { url: new URL("./worker-boot.mjs", here), workerData: { entry: new URL("./parse-worker.ts", here).href } };
  }
  return { url: new URL("./xlsx-parse-worker.mjs", here) };
}
