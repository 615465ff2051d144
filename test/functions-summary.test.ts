import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoWeekOf } from "../src/indicators/calendar.ts";
import { fault, STORAGE_INSERT } from "./helpers/fake-google/index.ts";
import {
  captureLogs,
  DOMAIN,
  DRIVE_FOLDER,
  postPubSub,
  serve,
  startHarness,
  STATE_BUCKET,
  type Harness,
  type Served,
} from "./helpers/functions-harness.ts";
import { DateTime } from "luxon";

let harness: Harness;
let summary: Served;
beforeAll(async () => {
  harness = await startHarness();
  await import("../functions/summary.ts");
  summary = await serve("summary");
});
afterAll(async () => {
  await summary?.close();
  await harness?.close();
});

// 22 bytes: the base64 ends in "==", which Node would read without as well.
const ASOF_BASE64 = Buffer.from('{"asOf": "2024-09-18"}').toString("base64");

const receivedBy = () => {
  const counts: Record<string, number> = {};
  for (const mail of harness.smtp.received) for (const to of mail.to) counts[to] = (counts[to] ?? 0) + 1;
  return counts;
};

describe("the summary function, triggered by Pub/Sub through Eventarc", () => {
  it("sends one message per recipient when the same week's trigger is delivered twice", async () => {
    const first = await postPubSub(summary.url, { asOf: "2024-09-18" }, "msg-1");
    const second = await postPubSub(summary.url, { asOf: "2024-09-18" }, "msg-1-redelivered");
    expect([first.status, second.status]).toEqual([204, 204]);

    const counts = receivedBy();
    expect(Object.keys(counts).length).toBeGreaterThan(3);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    expect(counts["kristina.zetterstrom@tillvaxtverket.example"]).toBe(1);
    expect(Object.keys(counts).every((a) => a.endsWith(`@${DOMAIN}`))).toBe(true);
    // Relayed over STARTTLS, authenticated with the password from the environment (Secret Manager in Cloud Run).
    expect(harness.smtp.received.every((m) => m.secure && m.user === "lagesbild")).toBe(true);
    const mail = await simpleParser(harness.smtp.received[0]!.raw);
    expect(mail.subject).toMatch(/2024/);

    // The delivery log lives in the Cloud Storage bucket, one object per recipient and attempt.
    const names = harness.fake.objects.names(STATE_BUCKET);
    expect(names.filter((n) => n.startsWith("lagesbild/state/summary/2024-W38/"))).toHaveLength(Object.keys(counts).length + 1);
    expect(names).toContain("lagesbild/state/summary/last-successful");
  });

  it("stores the week's web pages in the report store's Drive folder, and each e-mail links its reader's page", async () => {
    // Stored by the first trigger above; the redelivered one stored nothing more.
    const pages = harness.fake.drive.inFolder(DRIVE_FOLDER).filter((f) => f.name.startsWith("lagesbild-2024-W38"));
    expect(pages.map((f) => f.name)).toContain("lagesbild-2024-W38.html");
    expect(new Set(pages.map((f) => f.name)).size).toBe(pages.length);
    const overviewPage = pages.find((f) => f.name === "lagesbild-2024-W38.html")!;
    expect(overviewPage.mimeType).toBe("text/html; charset=utf-8");
    expect(overviewPage.data.toString("utf8")).toContain('<html lang="sv"');

    const mails = await Promise.all(harness.smtp.received.map((m) => simpleParser(m.raw)));
    const manager = harness.smtp.received.findIndex((m) => m.to.includes("kristina.zetterstrom@tillvaxtverket.example"));
    const toManager = mails[manager]!;
    const overviewLink = `https://drive.google.com/file/d/${overviewPage.id}/view?usp=drivesdk`;
    expect(toManager.html).toContain(`href="${overviewLink}"`);
    expect(toManager.text).toContain(`Öppna i webbläsaren: ${overviewLink}`);

    // A block owner is linked to the page of their own block, not the overview.
    const toOwner = mails.find((m) => m.text?.includes("Öppna i webbläsaren") && !m.text.includes(overviewLink))!;
    const ownerLink = /Öppna i webbläsaren: (\S+)/.exec(toOwner.text ?? "")?.[1];
    const ownerPage = pages.find((f) => ownerLink === `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`);
    expect(ownerPage?.name).toMatch(/^lagesbild-2024-W38-[a-z0-9-]+\.html$/);
  });

  it("logs each delivery as a structured entry with a severity", async () => {
    const { result, logs } = await captureLogs(() => postPubSub(summary.url, { asOf: "2024-09-18" }, "msg-1-third"));
    expect(result.status).toBe(204);
    const deliveries = logs.filter((l) => l["message"] === "delivery already-sent");
    expect(deliveries.length).toBe(Object.keys(receivedBy()).length);
    expect(deliveries.every((l) => l["severity"] === "INFO" && l["slot"] === "2024-W38" && l["run"] === "summary")).toBe(true);
    expect(logs.find((l) => l["message"] === "scheduled run done")).toMatchObject({
      severity: "INFO",
      event: "msg-1-third",
      asOf: "2024-09-18",
    });
  });

  it("takes today in Sweden when the message names no date", async () => {
    const before = isoWeekOf(DateTime.now().setZone("Europe/Stockholm").toISODate()!);
    const response = await postPubSub(summary.url, undefined, "msg-today");
    const after = isoWeekOf(DateTime.now().setZone("Europe/Stockholm").toISODate()!);
    expect(response.status).toBe(204);
    const slots = new Set(harness.fake.objects.names(STATE_BUCKET).map((n) => n.split("/")[3]));
    expect(slots.has(before) || slots.has(after)).toBe(true);
  });

  it("fails the run (500) when the state cannot be written, and sends nothing it could not record", async () => {
    harness.fake.faults.always(STORAGE_INSERT, `${STATE_BUCKET}/lagesbild/state/summary/2024-W39/baseline`, fault.status(403));
    const sentBefore = harness.smtp.received.length;
    try {
      const { result, logs } = await captureLogs(() => postPubSub(summary.url, { asOf: "2024-09-25" }, "msg-forbidden"));
      expect(result.status).toBe(500);
      expect(harness.smtp.received.length).toBe(sentBefore);
      expect(logs.find((l) => l["message"] === "scheduled run failed")?.["severity"]).toBe("ERROR");
    } finally {
      harness.fake.faults.clear();
    }
  });

  it("answers a push body that is not JSON with a JSON 400 in Swedish, not the framework's HTML page, and sends nothing", async () => {
    const sentBefore = harness.smtp.received.length;
    const response = await fetch(summary.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "ce-specversion": "1.0",
        "ce-type": "google.cloud.pubsub.topic.v1.messagePublished",
        "ce-id": "x",
      },
      body: '{"message": {"data": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "bad-request", message: "Anropets innehåll är inte giltig JSON." });
    expect(harness.smtp.received.length).toBe(sentBefore);
  });

  it.each([
    ["data that is not JSON", "bm90IGpzb24=", /inte JSON/],
    // Node's decoder skips the "!" and reads {"asOf":"2024-09-18"}: a run for the wrong reasons.
    ["broken base64", `${ASOF_BASE64.slice(0, 8)}!${ASOF_BASE64.slice(8)}`, /inte giltig base64/],
    ["base64 padded in the middle", `${ASOF_BASE64.slice(0, 12)}=${ASOF_BASE64.slice(12)}`, /inte giltig base64/],
    ["base64 without its padding", ASOF_BASE64.replace(/=+$/, ""), /inte giltig base64/],
    ["bytes that are not UTF-8", Buffer.from([0x7b, 0xff, 0x7d]).toString("base64"), /inte text i UTF-8/],
    ["a key the function does not know", Buffer.from('{"firstweekdayonly":true}').toString("base64"), /okänd nyckel firstweekdayonly/],
    ["JSON that is not an object", Buffer.from("[1,2]").toString("base64"), /kan inte tolkas/],
    ["a date that does not exist", Buffer.from('{"asOf":"2024-13-01"}').toString("base64"), /asOf ska vara ett datum/],
  ])("acknowledges a message with %s without sending, and logs it as an error", async (_, data, reason) => {
    const sentBefore = harness.smtp.received.length;
    const { result, logs } = await captureLogs(() =>
      fetch(summary.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "ce-specversion": "1.0",
          "ce-type": "google.cloud.pubsub.topic.v1.messagePublished",
          "ce-source": "//pubsub",
          "ce-id": "bad",
        },
        body: JSON.stringify({ message: { data, messageId: "bad" } }),
      }),
    );
    expect(result.status).toBe(204);
    expect(harness.smtp.received.length).toBe(sentBefore);
    expect(logs.find((l) => l["message"] === "event ignored")).toMatchObject({ severity: "ERROR", reason: expect.stringMatching(reason) });
  });
});
