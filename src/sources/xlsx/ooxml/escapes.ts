/** OOXML writes characters XML cannot hold (e.g. control characters) as `_xHHHH_`; `_x005F_` escapes a literal underscore. */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
