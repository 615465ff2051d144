/** `validate` (HTTP): the validation result of the workbooks as JSON. */
import { http } from "@google-cloud/functions-framework";
import { buildSource } from "../src/runtime/build-source.ts";
import { replyWith } from "../src/runtime/http-reply.ts";
import { runValidate } from "../src/runtime/run-validate.ts";
import { createRuntime } from "../src/runtime/runtime.ts";

const runtime = createRuntime(process.env, { source: buildSource });

http("validate", (req, res) => replyWith(runtime.log, req, res, ["GET", "POST"], () => runValidate(runtime)));
