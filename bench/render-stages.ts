import type { StatusPicture } from "../src/indicators/types.ts";
import type { Validated } from "../src/validation/validate-source.ts";

/** Stages after compute: rendering the .docx and composing the e-mails (filled in as those modules land). */
export const renderStages: Record<string, (validated: Validated, status: StatusPicture) => Promise<unknown> | unknown> = {};
