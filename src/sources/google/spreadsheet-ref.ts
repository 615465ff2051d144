/**
 * How a Google spreadsheet is named in the central workbook (column Arbetsbok)
 * and in configuration: its id, or the address of the spreadsheet as the
 * browser shows it.
 */

const ID = /^[A-Za-z0-9_-]{10,}$/;
const URL_PATH = /^\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})(?:[/?#]|$)/;

/** The spreadsheet id in an id or a `https://docs.google.com/spreadsheets/d/<id>/edit…` address; `undefined` if it is neither. */
export function spreadsheetIdOf(ref: string): string | undefined {
  const text = ref.trim();
  if (ID.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.hostname !== "docs.google.com") return undefined;
  return URL_PATH.exec(url.pathname)?.[1];
}

/** Where staff open the spreadsheet. */
export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** A link to one sheet (tab) that `&range=B7` can be appended to. */
export function sheetLinkBase(id: string, sheetId: number): string {
  return `${spreadsheetUrl(id)}#gid=${sheetId}`;
}

/** A sheet name as an A1 range covering the whole sheet: always quoted, quotes doubled. */
export function quotedSheetRange(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}
