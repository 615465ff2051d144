/** `summary` (CloudEvent from Pub/Sub, published by Cloud Scheduler): the weekly lägesbild, once per recipient and week, its web pages stored next to the reports. */
import { cloudEvent, type CloudEvent } from "@google-cloud/functions-framework";
import { buildReportStore } from "../src/app/adapters/build-report-store.ts";
import { buildSource } from "../src/app/adapters/build-source.ts";
import { buildStateStore } from "../src/app/adapters/build-state-store.ts";
import { buildTransport } from "../src/app/adapters/build-transport.ts";
import { createPorts } from "../src/app/ports.ts";
import { guardRequests } from "../src/runtime/request-guard.ts";
import { sendWeekly } from "../src/app/weekly.ts";
import { handleScheduled } from "../src/runtime/event-reply.ts";
import { weeklyReply } from "../src/runtime/replies.ts";
import { now, todayInSweden } from "./clock.ts";

const ports = createPorts(process.env, { source: buildSource, reports: buildReportStore, state: buildStateStore, mail: buildTransport });
guardRequests(ports.log);

cloudEvent("summary", (event: CloudEvent<unknown>) =>
  handleScheduled(ports.log, event, async (params) =>
    weeklyReply(await sendWeekly(ports, { asOf: params.asOf ?? todayInSweden(), now: now() })),
  ),
);
