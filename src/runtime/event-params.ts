/**
 * What a scheduled run was asked to do, from its CloudEvent: a Pub/Sub
 * message (`{message: {data: base64 JSON, …}, subscription}`) whose JSON may
 * carry `asOf` (a rerun for another day) and `firstWeekdayOnly` (set by the
 * monthly schedule). An empty message means "today, unconditionally".
 *
 * Read strictly: a run that sends e-mail must not guess. Data that is not
 * canonical base64 of UTF-8 text, JSON that is not an object, or a key the
 * function does not know (`firstweekdayonly`) is refused with a Swedish
 * message that says so, and nothing is sent.
 */
import { z } from "zod";
import { BadRequestError } from "../shared/errors.ts";
import { checkDate } from "./http-reply.ts";

export interface ScheduledParams {
  readonly asOf?: string;
  readonly firstWeekdayOnly: boolean;
  readonly messageId?: string;
}

const pubsub = z.object({ message: z.object({ data: z.string().optional(), messageId: z.string().optional() }).optional() });
const payload = z.strictObject({ asOf: z.string().optional(), firstWeekdayOnly: z.boolean().optional() });
const KNOWN_KEYS = Object.keys(payload.shape).join(" och ");

/** Standard base64 with its padding, as Pub/Sub writes it; nothing else is read as base64. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function scheduledParams(data: unknown): ScheduledParams {
  const envelope = pubsub.safeParse(data ?? {});
  if (!envelope.success) throw new BadRequestError("Händelsen är inget Pub/Sub-meddelande.");
  const message = envelope.data.message;
  const text = message?.data ? decodeData(message.data).trim() : "";
  let json: unknown = {};
  if (text !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw new BadRequestError(`Meddelandets data är inte JSON: ${text.slice(0, 100)}`);
    }
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) {
    const unknown = parsed.error.issues.flatMap((i) => (i.code === "unrecognized_keys" ? i.keys : []));
    const why =
      unknown.length > 0
        ? `okänd nyckel ${unknown.join(", ")}; kända är ${KNOWN_KEYS}`
        : 'väntade {"asOf": "ÅÅÅÅ-MM-DD", "firstWeekdayOnly": true eller false}';
    throw new BadRequestError(`Meddelandets data kan inte tolkas (${why}): ${text.slice(0, 100)}`);
  }
  return {
    ...(parsed.data.asOf !== undefined ? { asOf: checkDate(parsed.data.asOf) } : {}),
    firstWeekdayOnly: parsed.data.firstWeekdayOnly ?? false,
    ...(message?.messageId ? { messageId: message.messageId } : {}),
  };
}

/** Node's base64 decoder skips what it cannot read, so the form is checked first, and the bytes must be UTF-8. */
function decodeData(data: string): string {
  if (!BASE64.test(data)) throw new BadRequestError(`Meddelandets data är inte giltig base64: ${data.slice(0, 100)}`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(data, "base64"));
  } catch {
    throw new BadRequestError("Meddelandets data är inte text i UTF-8.");
  }
}
