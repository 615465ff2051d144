/** `summary` (CloudEvent from Pub/Sub, published by Cloud Scheduler): the weekly lägesbild, once per recipient and week. */
import { cloudEvent, type CloudEvent } from "@google-cloud/functions-framework";
import { buildSource } from "../src/runtime/build-source.ts";
import { buildStateStore } from "../src/runtime/build-state-store.ts";
import { buildTransport } from "../src/runtime/build-transport.ts";
import { handleScheduled } from "../src/runtime/event-reply.ts";
import { runSummary } from "../src/runtime/run-summary.ts";
import { createRuntime } from "../src/runtime/runtime.ts";
import { now, todayInSweden } from "./clock.ts";

const runtime = createRuntime(process.env, { source: buildSource, state: buildStateStore, mail: buildTransport });

cloudEvent("summary", (event: CloudEvent<unknown>) => handleScheduled(runtime.log, event, (params) => runSummary(runtime, { asOf: params.asOf ?? todayInSweden(), now: now() })));
