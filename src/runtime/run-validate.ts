/** The validate function's work: read the workbooks and give the validation result. */
import { loadValidated } from "./load-validated.ts";
import type { Runtime } from "./runtime.ts";
import { validationSummary, type ValidationSummary } from "./validation-summary.ts";

export interface ValidateResult extends ValidationSummary {
  readonly workbooks: readonly { readonly name: string; readonly location: string; readonly readable: boolean }[];
}

export async function runValidate(runtime: Runtime): Promise<ValidateResult> {
  const { programme, problems } = await loadValidated(runtime);
  return {
    ...validationSummary(problems),
    workbooks: programme.workbooks.map((w) => ({ name: w.name, location: w.location, readable: w.readable })),
  };
}
