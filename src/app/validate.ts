/** Use case: read the workbooks and say what is wrong with them. */
import type { Progress } from "../pipeline/load-programme.ts";
import { type Loaded, loadWorkbooks } from "./load-workbooks.ts";
import { type Outcome, outcomeOf } from "./outcome.ts";
import type { Ports } from "./ports.ts";

export interface ValidateResult {
  readonly loaded: Loaded;
  readonly outcome: Outcome;
}

export async function validateWorkbooks(ports: Ports, progress?: Progress): Promise<ValidateResult> {
  const loaded = await loadWorkbooks(ports, progress);
  return { loaded, outcome: outcomeOf(loaded.problems) };
}
