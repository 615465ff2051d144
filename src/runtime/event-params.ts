/**
 * What a scheduled run was asked to do, from its CloudEvent: a Pub/Sub
 * message (`{message: {data: base64 JSON, …}, subscription}`) whose JSON may
 * carry `asOf` (a rerun for another day) and `firstWeekdayOnly` (set by the
 * monthly schedule). An empty message means "today, unconditionally".
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
const payload = z.object({ asOf: z.string().optional(), firstWeekdayOnly: z.boolean().optional() });

export function scheduledParams(data: unknown): ScheduledParams {
  const envelope = pubsub.safeParse(data ?? {});
  if (!envelope.success) throw new BadRequestError("the event is not a Pub/Sub message");
  const message = envelope.data.message;
  const text = message?.data ? Buffer.from(message.data, "base64").toString("utf8").trim() : "";
  let json: unknown = {};
  if (text !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw new BadRequestError(`the message data is not JSON: ${text.slice(0, 100)}`);
    }
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) throw new BadRequestError(`unexpected message data: ${text.slice(0, 100)}`);
  return {
    ...(parsed.data.asOf !== undefined ? { asOf: checkDate(parsed.data.asOf) } : {}),
    firstWeekdayOnly: parsed.data.firstWeekdayOnly ?? false,
    ...(message?.messageId ? { messageId: message.messageId } : {}),
  };
}
