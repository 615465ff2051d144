/** Who a summary is for, and how that narrows what it shows. */
import type { Owner, Programme } from "../domain/model.ts";
import type { Problem } from "../validation/problem.ts";
import type { Changes } from "../weekly/changes.ts";
import type { StatusPicture } from "../indicators/types.ts";
import { LIMITS, field } from "./safe-text.ts";
import { texts } from "./texts.ts";

/** Everything a summary is composed from; the same for every recipient of one run. */
export interface SummaryFacts {
  /** The schedule slot, the ISO week of the as-of date, e.g. `2024-W38`. */
  readonly slot: string;
  readonly programme: Programme;
  readonly problems: readonly Problem[];
  readonly status: StatusPicture;
  /** Since the previous summary; absent for the very first one. */
  readonly changes?: Changes;
  /** Where the latest report is: a path or a link. */
  readonly reportLink?: string;
  /** Where the web version is: the overview's page and each block's page, as http(s) or file addresses. */
  readonly webPages?: WebPages;
}

export interface WebPages {
  readonly overview: string;
  /** By block id. */
  readonly blocks: Readonly<Record<string, string>>;
}

/** One recipient's view: the whole assignment, their own blocks, or both. */
export interface Audience {
  readonly name?: string;
  /** A coordinator or manager (sheet Mottagare) or an address from the configuration: sees everything. */
  readonly overview: boolean;
  /** Listed in the configuration rather than on the sheet Mottagare. */
  readonly configured?: boolean;
  /** Ids of the blocks whose owner the recipient is (sheet Byggstenar). */
  readonly blocks: readonly string[];
}

export interface Scope {
  readonly all: boolean;
  readonly blocks: ReadonlySet<string>;
}

export function scopeOf(audience: Audience): Scope {
  return { all: audience.overview, blocks: new Set(audience.blocks) };
}

/** Whether a row kept by `owner` (a block id, or `null` for the coordination) belongs in the summary. */
export function inScope(scope: Scope, owner: Owner | undefined): boolean {
  return scope.all || (owner != null && scope.blocks.has(owner));
}

/** The name people know a block by; the coordination for `null`. */
export function ownerName(programme: Programme, owner: Owner | undefined): string {
  if (owner == null) return texts.coordination;
  return field(programme.blocks.find((b) => b.id === owner)?.name ?? owner, LIMITS.title);
}

/** The names of a block's workbook as problems and the workbook list give it. */
export function workbookNamesOf(programme: Programme, blockId: string): string[] {
  const named = programme.workbooks.filter((w) => w.owner === blockId).map((w) => w.name);
  const listed = programme.blocks.find((b) => b.id === blockId)?.workbook;
  return [...new Set(listed ? [...named, listed] : named)];
}
