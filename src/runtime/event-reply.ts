/**
 * The CloudEvent edge shared by the scheduled functions. A message that cannot
 * be understood is logged and acknowledged (a retry would not make it better);
 * any other failure is logged and thrown, so the run shows as failed (a rerun
 * is safe: what was sent is not sent again).
 */
import { BadRequestError } from "../shared/errors.ts";
import { scheduledParams, type ScheduledParams } from "./event-params.ts";
import type { Logger } from "../app/log.ts";

export async function handleScheduled(
  log: Logger,
  event: { readonly id?: string; readonly data?: unknown },
  work: (params: ScheduledParams) => Promise<unknown>,
): Promise<void> {
  let params: ScheduledParams;
  try {
    params = scheduledParams(event.data);
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    log.error("event ignored", { event: event.id, reason: error.message });
    return;
  }
  try {
    const result = await work(params);
    log.info("scheduled run done", { event: event.id, ...params, result });
  } catch (error) {
    log.error("scheduled run failed", { event: event.id, ...params, error: error instanceof Error ? error : new Error(String(error)) });
    throw error;
  }
}
