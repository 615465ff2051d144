import type { SpreadsheetPlan } from "./plan.ts";

/** A spreadsheet lägesbild made (or found again by the marks it left on it). */
export interface MadeSpreadsheet {
  readonly id: string;
  readonly url: string;
}

/** A value written into one cell, e.g. a block's address into the central sheet Byggstenar. */
export interface CellWrite {
  readonly range: string;
  readonly value: string;
}

/**
 * What setting up the spreadsheets needs from Google (Sheets and Drive), as
 * the coordinator: small enough to read in one go, and one adapter implements it.
 */
export interface SpreadsheetAdmin {
  /** The account the calls are made as (the coordinator's own login). */
  account(): Promise<string>;
  /** The central spreadsheet made earlier, if any (in the folder, when one is given). */
  findCentral(folderId: string | undefined): Promise<MadeSpreadsheet | undefined>;
  /** Block spreadsheets made earlier for this central spreadsheet, by block id. */
  findBlocks(centralId: string): Promise<ReadonlyMap<string, MadeSpreadsheet>>;
  create(plan: SpreadsheetPlan, options: CreateOptions): Promise<MadeSpreadsheet>;
  /** Renews the drop-down lists and data validation of a spreadsheet that exists. */
  refresh(id: string, plan: SpreadsheetPlan): Promise<void>;
  /** Gives `email` edit rights with a message; `already` when it has them. */
  share(id: string, email: string, message: string): Promise<"shared" | "already">;
  writeCells(spreadsheetId: string, cells: readonly CellWrite[]): Promise<void>;
}

export interface CreateOptions {
  readonly folderId?: string;
  readonly coordinatorEmail: string;
  /** The central spreadsheet a block spreadsheet belongs to. */
  readonly centralId?: string;
  readonly blockId?: string;
}
