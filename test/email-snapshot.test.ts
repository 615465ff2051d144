import { beforeAll, describe, expect, it } from "vitest";
import { composeSummary } from "../src/email/compose.ts";
import type { SummaryFacts } from "../src/email/scope.ts";
import { computeStatus } from "../src/indicators/compute-status.ts";
import { loadProgramme } from "../src/pipeline/load-programme.ts";
import { DEFAULT_TEMPLATE_DIR, loadOutline } from "../src/report/outline/load-outline.ts";
import { textRules } from "../src/report/outline/outline.ts";
import { folderSource } from "../src/sources/xlsx/folder-source.ts";
import { planRecipients, type PlannedRecipient } from "../src/summary/recipients.ts";

describe("the plain-text summaries of the Delrapport 1 example, as of 2024-09-18", () => {
  let facts: SummaryFacts;
  let recipients: readonly PlannedRecipient[];
  beforeAll(async () => {
    const outline = await loadOutline(`${DEFAULT_TEMPLATE_DIR}delrapport.yaml`);
    const source = folderSource("examples/delrapport-1");
    const { programme, problems } = await loadProgramme(source, textRules(outline)).finally(() => source.close());
    const status = computeStatus(programme, { asOf: "2024-09-18" });
    facts = { slot: status.isoWeek, programme, problems, status, reportLink: "out/delrapport-1.docx" };
    recipients = planRecipients(programme, { allowedDomains: ["tillvaxtverket.example"], extraRecipients: [] }).recipients;
  });

  it("go to the three managers on Mottagare and the owners of the nine active blocks", () => {
    expect(recipients.map((r) => r.mailbox.address)).toMatchSnapshot();
  });

  it.each([
    ["annelie.granljung@tillvaxtverket.example"],
    ["bostader@tillvaxtverket.example"],
    ["tillstand-och-forenkling@tillvaxtverket.example"],
  ])("reads as before for %s", (address) => {
    const recipient = recipients.find((r) => r.mailbox.address === address)!;
    const { subject, text } = composeSummary(facts, recipient.audience);
    expect(`Ämne: ${subject}\n\n${text}`).toMatchSnapshot();
  });
});
