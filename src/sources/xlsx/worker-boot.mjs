// Runs the TypeScript worker straight from the sources (tests, development).
// Bundled builds start the bundled worker instead and never load this file.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
