/** `report` (HTTP, authenticated callers only): build a delrapport, store it, answer its link and the validation summary. */
import { http } from "@google-cloud/functions-framework";
import { buildSource } from "../src/runtime/build-source.ts";
import { buildReportStore } from "../src/runtime/build-report-store.ts";
import { replyWith, reportParams } from "../src/runtime/http-reply.ts";
import { runReport } from "../src/runtime/run-report.ts";
import { createRuntime } from "../src/runtime/runtime.ts";
import { now, todayInSweden } from "./clock.ts";

const runtime = createRuntime(process.env, { source: buildSource, reports: buildReportStore });

http("report", (req, res) =>
  replyWith(runtime.log, req, res, ["GET", "POST"], () => {
    const { reportNumber, asOf } = reportParams(req);
    return runReport(runtime, { ...(reportNumber !== undefined ? { reportNumber } : {}), asOf: asOf ?? todayInSweden(), now: now() });
  }),
);
