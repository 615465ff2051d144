/** `report` (HTTP, authenticated callers only): build a delrapport, store it, answer its link and the validation summary. */
import { buildPdf } from "../src/app/adapters/build-pdf.ts";
import { http } from "@google-cloud/functions-framework";
import { buildReportStore } from "../src/app/adapters/build-report-store.ts";
import { buildSource } from "../src/app/adapters/build-source.ts";
import { createPorts } from "../src/app/ports.ts";
import { guardRequests } from "../src/runtime/request-guard.ts";
import { makeReport } from "../src/app/report.ts";
import { replyWith, reportParams } from "../src/runtime/http-reply.ts";
import { reportReply } from "../src/runtime/replies.ts";
import { now, todayInSweden } from "./clock.ts";

const ports = createPorts(process.env, { source: buildSource, reports: buildReportStore, pdf: buildPdf });
guardRequests(ports.log);

http("report", (req, res) =>
  replyWith(ports.log, req, res, ["GET", "POST"], async () => {
    const { reportNumber, asOf } = reportParams(req);
    return reportReply(await makeReport(ports, { which: reportNumber ?? "current-draft", asOf: asOf ?? todayInSweden(), now: now() }));
  }),
);
