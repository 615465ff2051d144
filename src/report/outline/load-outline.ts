import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { AppError } from "../../shared/errors.ts";
import { outlineSchema, type Outline } from "./outline.ts";

/** templates/ in the repository, wherever the code runs from (sources or a bundle beside a copy of it). */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(
  new URL(import.meta.url.endsWith(".ts") ? "../../../templates/" : "./templates/", import.meta.url),
);

/** The report template is broken: a setting the deployment got wrong, named with its file and place. */
export class OutlineError extends AppError {
  override readonly name = "OutlineError";
  constructor(message: string, options?: ErrorOptions) {
    super("config", message, options);
  }
}

/** Reads and checks a report outline; a broken template is an error naming the file and the place. */
export async function loadOutline(path: string): Promise<Outline> {
  let data: unknown;
  try {
    data = parse(await readFile(path, "utf8"));
  } catch (cause) {
    throw new OutlineError(`Rapportmallen ${path} kunde inte läsas: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const parsed = outlineSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(roten)"}: ${i.message}`).join("; ");
    throw new OutlineError(`Rapportmallen ${path} är felaktig: ${where}`);
  }
  return parsed.data;
}

/** The outline of each kind of report, as `templates/` holds them. */
export interface Outlines {
  readonly delrapport: Outline;
  readonly slutrapport: Outline;
}

/** Reads `delrapport.yaml` and `slutrapport.yaml` from a template folder. */
export async function loadOutlines(dir: string = DEFAULT_TEMPLATE_DIR): Promise<Outlines> {
  const [delrapport, slutrapport] = await Promise.all([
    loadOutline(join(dir, "delrapport.yaml")),
    loadOutline(join(dir, "slutrapport.yaml")),
  ]);
  return { delrapport, slutrapport };
}
