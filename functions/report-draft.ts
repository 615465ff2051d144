/** `reportDraft` (CloudEvent from Pub/Sub, monthly): the current draft delrapport to the managers, once per month. */
import { cloudEvent, type CloudEvent } from "@google-cloud/functions-framework";
import { buildSource } from "../src/runtime/build-source.ts";
import { buildReportStore } from "../src/runtime/build-report-store.ts";
import { buildStateStore } from "../src/runtime/build-state-store.ts";
import { buildTransport } from "../src/runtime/build-transport.ts";
import { handleScheduled } from "../src/runtime/event-reply.ts";
import { runReportDraft } from "../src/runtime/run-report-draft.ts";
import { createRuntime } from "../src/runtime/runtime.ts";
import { now, todayInSweden } from "./clock.ts";

const runtime = createRuntime(process.env, { source: buildSource, reports: buildReportStore, state: buildStateStore, mail: buildTransport });

cloudEvent("reportDraft", (event: CloudEvent<unknown>) =>
  handleScheduled(runtime.log, event, (params) =>
    runReportDraft(runtime, { asOf: params.asOf ?? todayInSweden(), now: now(), firstWeekdayOnly: params.firstWeekdayOnly }),
  ),
);
