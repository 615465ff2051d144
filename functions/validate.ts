/** `validate` (HTTP): the validation result of the workbooks as JSON. */
import { http } from "@google-cloud/functions-framework";
import { buildSource } from "../src/app/adapters/build-source.ts";
import { createPorts } from "../src/app/ports.ts";
import { guardRequests } from "../src/runtime/request-guard.ts";
import { validateWorkbooks } from "../src/app/validate.ts";
import { replyWith } from "../src/runtime/http-reply.ts";
import { validateReply } from "../src/runtime/replies.ts";

const ports = createPorts(process.env, { source: buildSource });
guardRequests(ports.log);

http("validate", (req, res) => replyWith(ports.log, req, res, ["GET", "POST"], async () => validateReply(await validateWorkbooks(ports))));
