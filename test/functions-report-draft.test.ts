import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DRIVE_CREATE } from "./helpers/fake-google/index.ts";
import {
  captureLogs,
  DRIVE_FOLDER,
  postPubSub,
  reportOneIsDraft,
  serve,
  startHarness,
  STATE_BUCKET,
  type Harness,
  type Served,
} from "./helpers/functions-harness.ts";

const MANAGERS = ["annelie.granljung@tillvaxtverket.example", "kristina.zetterstrom@tillvaxtverket.example"];
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let harness: Harness;
let draft: Served;
beforeAll(async () => {
  harness = await startHarness({ edit: reportOneIsDraft });
  await import("../functions/report-draft.ts");
  draft = await serve("reportDraft");
});
afterAll(async () => {
  await draft?.close();
  await harness?.close();
});

const mailsTo = async (address: string): Promise<ParsedMail[]> =>
  Promise.all(harness.smtp.received.filter((m) => m.to.includes(address)).map((m) => simpleParser(m.raw)));

describe("the reportDraft function, triggered monthly by Pub/Sub", () => {
  it("does nothing on a day of the schedule that is not the month's first weekday", async () => {
    // 2024-09-01 is a Sunday: the first weekday of September 2024 is Monday the 2nd.
    const responses = [
      await postPubSub(draft.url, { asOf: "2024-09-01", firstWeekdayOnly: true }, "sun"),
      await postPubSub(draft.url, { asOf: "2024-09-03", firstWeekdayOnly: true }, "tue"),
    ];
    expect(responses.map((r) => r.status)).toEqual([204, 204]);
    expect(harness.smtp.received).toHaveLength(0);
  });

  it("refuses a message with a misspelt key instead of ignoring it: no draft on a Saturday", async () => {
    // 2024-12-07 is a Saturday. With "firstweekdayonly" ignored, the run would send December's draft unconditionally.
    const { result, logs } = await captureLogs(() => postPubSub(draft.url, { asOf: "2024-12-07", firstweekdayonly: true }, "sat"));
    expect(result.status).toBe(204);
    expect(harness.smtp.received).toHaveLength(0);
    expect(logs.find((l) => l["message"] === "event ignored")).toMatchObject({
      severity: "ERROR",
      reason: expect.stringMatching(
        /^Meddelandets data kan inte tolkas \(okänd nyckel firstweekdayonly; kända är asOf och firstWeekdayOnly\)/,
      ),
    });
  });

  it("sends the draft to each manager with Rapportutkast = ja once, attached, however often the trigger comes", async () => {
    const runs = [
      await postPubSub(draft.url, { asOf: "2024-09-02", firstWeekdayOnly: true }, "m1"),
      await postPubSub(draft.url, { asOf: "2024-09-02", firstWeekdayOnly: true }, "m1-again"),
    ];
    expect(runs.map((r) => r.status)).toEqual([204, 204]);
    expect(harness.smtp.received.flatMap((m) => m.to).sort()).toEqual(MANAGERS);
    const [mail] = await mailsTo(MANAGERS[1]!);
    expect(mail?.subject).toBe("Rapportutkast: Delrapport 1, läget 2 september 2024");
    expect(mail?.text).toContain("Hej Kristina Zetterström!");
    expect(mail?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [expect.stringMatching(/^delrapport-1_lage-2024-09-02_.*\.docx$/), DOCX],
    ]);
    expect(mail?.attachments[0]?.content.subarray(0, 2).toString()).toBe("PK");
    expect(harness.fake.calls.count(DRIVE_CREATE)).toBe(0);
    const log = harness.fake.objects.names(STATE_BUCKET).filter((n) => n.startsWith("lagesbild/state/report-draft/summary/2024-09/"));
    expect(log).toHaveLength(MANAGERS.length);
  });
});

describe("the reportDraft function with a draft larger than the attachment limit", () => {
  let linked: Served;
  beforeAll(async () => {
    vi.stubEnv("LAGESBILD_DRAFT_ATTACH_MAX_BYTES", "1000");
    vi.resetModules();
    await import("../functions/report-draft.ts");
    linked = await serve("reportDraft");
  });
  afterAll(async () => linked?.close());

  it("stores the draft once in the Drive folder and sends its link instead, once per manager", async () => {
    const before = harness.smtp.received.length;
    const { result, logs } = await captureLogs(async () => [
      await postPubSub(linked.url, { asOf: "2024-10-01" }, "o1"),
      await postPubSub(linked.url, { asOf: "2024-10-01" }, "o1-again"),
    ]);
    expect(result.map((r) => r.status)).toEqual([204, 204]);
    expect(
      harness.smtp.received
        .slice(before)
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(MANAGERS);
    const files = harness.fake.drive.inFolder(DRIVE_FOLDER);
    expect(files).toHaveLength(1);
    const [mail] = (await mailsTo(MANAGERS[0]!)).filter((m) => m.subject?.includes("1 oktober 2024"));
    expect(mail?.attachments).toEqual([]);
    expect(mail?.text).toContain(`Öppna det här:\nhttps://drive.google.com/file/d/${files[0]!.id}/view?usp=drivesdk`);
    expect(
      logs
        .filter((l) => l["message"] === "delivery already-sent")
        .map((l) => l["to"])
        .sort(),
    ).toEqual(MANAGERS);
  });
});
