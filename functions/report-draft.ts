/** `reportDraft` (CloudEvent from Pub/Sub, monthly): the current draft delrapport to the managers, once per month. */
import { cloudEvent, type CloudEvent } from "@google-cloud/functions-framework";
import { buildReportStore } from "../src/app/adapters/build-report-store.ts";
import { buildSource } from "../src/app/adapters/build-source.ts";
import { buildStateStore } from "../src/app/adapters/build-state-store.ts";
import { buildTransport } from "../src/app/adapters/build-transport.ts";
import { sendMonthlyDraft } from "../src/app/monthly-draft.ts";
import { createPorts } from "../src/app/ports.ts";
import { guardRequests } from "../src/runtime/request-guard.ts";
import { handleScheduled } from "../src/runtime/event-reply.ts";
import { monthlyDraftReply } from "../src/runtime/replies.ts";
import { now, todayInSweden } from "./clock.ts";

const ports = createPorts(process.env, { source: buildSource, reports: buildReportStore, state: buildStateStore, mail: buildTransport });
guardRequests(ports.log);

cloudEvent("reportDraft", (event: CloudEvent<unknown>) =>
  handleScheduled(ports.log, event, async (params) =>
    monthlyDraftReply(
      await sendMonthlyDraft(ports, { asOf: params.asOf ?? todayInSweden(), now: now(), firstWeekdayOnly: params.firstWeekdayOnly }),
    ),
  ),
);
