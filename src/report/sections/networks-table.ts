/**
 * The networks the work groups take part in (sheet Nätverk, central and every
 * block workbook) during the report's period, as a table under 3.1: who keeps
 * each, the agency's role and since when.
 */
import { type Paragraph, type Table, TextRun } from "docx";
import type { Network } from "../../domain/model.ts";
import type { RenderContext } from "../context.ts";
import { TABLES } from "../labels.ts";
import { bodyParagraph } from "../paragraphs.ts";
import { dataTable } from "../tables.ts";

export function networksTable(ctx: RenderContext): (Paragraph | Table)[] {
  const { periodStart, periodEnd } = ctx.report;
  // ISO dates compare as text: a network counts when its time overlaps the period.
  const during = (n: Network) => (n.from === undefined || n.from <= periodEnd) && (n.to === undefined || n.to >= periodStart);
  const shown = ctx.programme.networks.filter(during);
  if (shown.length === 0) return [bodyParagraph([new TextRun(TABLES.networks.none)])];
  const blocks = new Map(ctx.programme.blocks.map((b) => [b.id, b]));
  const keeperOf = (n: Network) => (n.owner === null ? TABLES.networks.coordination : (blocks.get(n.owner)?.name ?? n.owner));
  const orderOf = (n: Network) => (n.owner === null ? -1 : (blocks.get(n.owner)?.order ?? Number.MAX_SAFE_INTEGER));
  const rows = [...shown]
    .sort((a, b) => orderOf(a) - orderOf(b))
    .map((n) => [n.name, keeperOf(n), n.role ?? TABLES.none, n.from ?? TABLES.none]);
  const [name, keeper, role, since] = TABLES.networks.headers;
  return dataTable(
    TABLES.networks.caption,
    [
      { header: name, width: 0.46 },
      { header: keeper, width: 0.24 },
      { header: role, width: 0.16 },
      { header: since, width: 0.14, numeric: true },
    ],
    rows,
  );
}
