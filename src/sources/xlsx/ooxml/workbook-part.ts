import { parseXml } from "./xml-events.ts";
import type { ZipParts } from "./zip-parts.ts";

export interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  /** The sheet's part name, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

export interface WorkbookPart {
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly sharedStrings?: string;
  readonly styles?: string;
}

/** The workbook's sheets in tab order, where their parts are, and its date system. */
export async function readWorkbookPart(zip: ZipParts): Promise<WorkbookPart> {
  const workbookPart = await officeDocumentPart(zip);
  const rels = await relationships(zip, workbookPart);
  let date1904 = false;
  const sheets: { name: string; hidden: boolean; rid: string }[] = [];
  await parseXml([await zip.text(workbookPart)], {
    open(name, a) {
      if (name === "workbookPr") date1904 = a["date1904"] === "1" || a["date1904"] === "true";
      if (name === "sheet")
        sheets.push({
          name: a["name"] ?? "",
          hidden: (a["state"] ?? "visible") !== "visible",
          rid: a["r:id"] ?? a["relationships:id"] ?? "",
        });
    },
  });
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const sharedStrings = byType("/sharedStrings");
  const styles = byType("/styles");
  return {
    date1904,
    sheets: sheets.flatMap((s) => {
      const rel = rels.get(s.rid);
      return rel && rel.type.endsWith("/worksheet") ? [{ name: s.name, hidden: s.hidden, part: rel.target }] : [];
    }),
    ...(sharedStrings ? { sharedStrings } : {}),
    ...(styles ? { styles } : {}),
  };
}

export interface Relationship {
  readonly type: string;
  /** Absolute part name for internal targets; the URL for external ones. */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a part, targets resolved against the part's folder. */
export async function relationships(zip: ZipParts, part: string): Promise<Map<string, Relationship>> {
  const folder = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
  const relsPart = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const rels = new Map<string, Relationship>();
  if (!zip.has(relsPart)) return rels;
  await parseXml([await zip.text(relsPart)], {
    open(name, a) {
      if (name !== "Relationship") return;
      const external = a["TargetMode"] === "External";
      const target = a["Target"] ?? "";
      rels.set(a["Id"] ?? "", { type: a["Type"] ?? "", external, target: external ? target : resolvePart(folder, target) });
    },
  });
  return rels;
}

async function officeDocumentPart(zip: ZipParts): Promise<string> {
  const root = await relationships(zip, "");
  const doc = [...root.values()].find((r) => r.type.endsWith("/officeDocument"));
  return doc?.target ?? "xl/workbook.xml";
}

function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}
