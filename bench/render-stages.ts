import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Packer } from "docx";
import type { StatusPicture } from "../src/indicators/types.ts";
import { loadOutline, DEFAULT_TEMPLATE_DIR } from "../src/report/outline/load-outline.ts";
import { renderReport } from "../src/report/render-report.ts";
import { outboxTransport } from "../src/sinks/mail/outbox-transport.ts";
import { fileStateStore } from "../src/state/file-state-store.ts";
import { sendSummaries } from "../src/summary/send-summaries.ts";
import type { Validated } from "../src/validation/validate-source.ts";

async function renderDocx({ programme, problems }: Validated, status: StatusPicture, tocPageNumbers: boolean): Promise<unknown> {
  const outline = { ...(await loadOutline(join(DEFAULT_TEMPLATE_DIR, "delrapport.yaml"))), tocPageNumbers };
  const rendered = renderReport({ programme, status, outline, reportNumber: 1, problems });
  return rendered.document ? Packer.toBuffer(rendered.document) : undefined;
}

/**
 * Stages after compute: rendering and packing the .docx as shipped (pages laid
 * out for the TOC's page numbers), the same without that layout (reported
 * apart, not in the total), and composing every recipient's e-mail.
 */
export const renderStages: Record<string, (validated: Validated, status: StatusPicture) => Promise<unknown>> = {
  render: (validated, status) => renderDocx(validated, status, true),
  "render-without-toc-layout": (validated, status) => renderDocx(validated, status, false),
  compose: async ({ programme, problems }, status) => {
    const dir = await mkdtemp(join(tmpdir(), "lagesbild-bench-"));
    return sendSummaries({
      programme,
      problems,
      status,
      from: { name: "lägesbild", address: "lagesbild@tillvaxtverket.example" },
      rules: { extraRecipients: [] },
      store: fileStateStore(join(dir, "state")),
      transport: outboxTransport(join(dir, "outbox")),
      now: new Date("2024-09-18T07:00:00Z"),
      dryRun: true,
    });
  },
};
