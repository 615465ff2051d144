import type { CentralRows } from "../validation/checks/all-rows.ts";
import { blockTargets, idListsOf, type BlockTarget } from "./block-targets.ts";
import { planBlockSpreadsheet, planCentralSpreadsheet, type SpreadsheetPlan } from "./plan.ts";
import type { CellWrite, MadeSpreadsheet, SpreadsheetAdmin } from "./spreadsheet-admin.ts";

/** One thing setting up did (or, in a dry run, would do). */
export type SetUpStep =
  | { readonly kind: "created"; readonly title: string; readonly url: string; readonly sheets: readonly SheetSummary[] }
  | { readonly kind: "refreshed"; readonly title: string; readonly url: string }
  | { readonly kind: "shared" | "already-shared"; readonly title: string; readonly email: string }
  | { readonly kind: "no-owner-email"; readonly title: string }
  | { readonly kind: "address-written"; readonly title: string; readonly cell: string; readonly url: string }
  | { readonly kind: "failed"; readonly title: string; readonly message: string };

export interface SheetSummary {
  readonly title: string;
  readonly columns: number;
  readonly checks: number;
  readonly hidden: boolean;
  readonly headerProtected: boolean;
}

export interface SetUpResult {
  readonly account: string;
  readonly central?: MadeSpreadsheet;
  readonly steps: readonly SetUpStep[];
}

/** The central spreadsheet: made once (in the folder, if given), its lists renewed on every rerun. */
export async function setUpCentral(admin: SpreadsheetAdmin, options: { readonly folderId?: string }): Promise<SetUpResult> {
  const account = await admin.account();
  const plan = planCentralSpreadsheet();
  const existing = await admin.findCentral(options.folderId);
  if (existing) {
    await admin.refresh(existing.id, plan);
    return { account, central: existing, steps: [{ kind: "refreshed", title: plan.title, url: existing.url }] };
  }
  const central = await admin.create(plan, { coordinatorEmail: account, ...(options.folderId ? { folderId: options.folderId } : {}) });
  return { account, central, steps: [created(plan, central)] };
}

/**
 * Each block's spreadsheet from the filled-in central one: made once, shared
 * with the block's owner as editor, its address written into column Arbetsbok.
 * A rerun makes nothing twice: it renews the lists and shares only where missing.
 * One block that fails never stops the others.
 */
export async function setUpBlocks(
  admin: SpreadsheetAdmin,
  options: { readonly central: MadeSpreadsheet; readonly rows: CentralRows; readonly folderId?: string },
): Promise<SetUpResult> {
  const account = await admin.account();
  const lists = idListsOf(options.rows);
  const earlier = await admin.findBlocks(options.central.id);
  const steps: SetUpStep[] = [];
  const writes: CellWrite[] = [];
  for (const target of blockTargets(options.rows)) {
    const plan = planBlockSpreadsheet(target, lists);
    try {
      const made = await makeOrRefresh(admin, plan, target, earlier.get(target.id), {
        account,
        central: options.central,
        folderId: options.folderId,
      });
      steps.push(made.step);
      // Written before sharing: a spreadsheet that exists is never left out of column Arbetsbok.
      if (target.existingId !== made.spreadsheet.id) {
        writes.push({ range: target.workbookCell, value: made.spreadsheet.url });
        steps.push({ kind: "address-written", title: plan.title, cell: target.workbookCell, url: made.spreadsheet.url });
      }
      steps.push(await shareWithOwner(admin, plan, target, made.spreadsheet, account));
    } catch (error) {
      steps.push({ kind: "failed", title: plan.title, message: (error as Error).message });
    }
  }
  await admin.writeCells(options.central.id, writes);
  return { account, central: options.central, steps };
}

async function makeOrRefresh(
  admin: SpreadsheetAdmin,
  plan: SpreadsheetPlan,
  target: BlockTarget,
  earlier: MadeSpreadsheet | undefined,
  context: { readonly account: string; readonly central: MadeSpreadsheet; readonly folderId: string | undefined },
): Promise<{ spreadsheet: MadeSpreadsheet; step: SetUpStep }> {
  const known = target.existingId
    ? { id: target.existingId, url: `https://docs.google.com/spreadsheets/d/${target.existingId}/edit` }
    : earlier;
  if (known) {
    await admin.refresh(known.id, plan);
    return { spreadsheet: known, step: { kind: "refreshed", title: plan.title, url: known.url } };
  }
  const spreadsheet = await admin.create(plan, {
    coordinatorEmail: context.account,
    centralId: context.central.id,
    blockId: target.id,
    ...(context.folderId ? { folderId: context.folderId } : {}),
  });
  return { spreadsheet, step: created(plan, spreadsheet) };
}

async function shareWithOwner(
  admin: SpreadsheetAdmin,
  plan: SpreadsheetPlan,
  target: BlockTarget,
  spreadsheet: MadeSpreadsheet,
  coordinator: string,
): Promise<SetUpStep> {
  if (!target.ownerEmail) return { kind: "no-owner-email", title: plan.title };
  const outcome = await admin.share(spreadsheet.id, target.ownerEmail, shareMessage(target, coordinator));
  return { kind: outcome === "shared" ? "shared" : "already-shared", title: plan.title, email: target.ownerEmail };
}

/** The message Google sends the owner with the invitation. */
export function shareMessage(target: Pick<BlockTarget, "name" | "ownerName">, coordinator: string): string {
  const greeting = target.ownerName ? `Hej ${target.ownerName}!` : "Hej!";
  return (
    `${greeting} Här är arbetsgruppens kalkylark för ${target.name} i uppföljningen av uppdraget. ` +
    "Fyll i aktiviteter, mätningar och leveranser där; bladet Instruktioner förklarar varje kolumn. " +
    `Rubrikraden är låst eftersom rapporten läser kolumnerna efter namn: skriv till ${coordinator} om något behöver ändras.`
  );
}

function created(plan: SpreadsheetPlan, spreadsheet: MadeSpreadsheet): SetUpStep {
  return {
    kind: "created",
    title: plan.title,
    url: spreadsheet.url,
    sheets: plan.sheets.map((s) => ({
      title: s.title,
      columns: s.header.length,
      checks: s.checks.length,
      hidden: s.hidden,
      headerProtected: s.protectHeader,
    })),
  };
}
