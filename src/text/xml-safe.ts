/**
 * Characters no XML document may hold, and so no Word file: C0 controls other
 * than tab, line feed and carriage return, U+FFFE and U+FFFF, and halves of
 * surrogate pairs standing alone. A spreadsheet can still deliver them (Excel's
 * `_xFFFF_` escape, a Google Sheets cell), and one of them makes Word and
 * LibreOffice refuse the whole report.
 */
const XML_UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
const XML_UNSAFE_TEST = new RegExp(XML_UNSAFE.source, "u");

export function hasXmlUnsafe(text: string): boolean {
  return XML_UNSAFE_TEST.test(text);
}

/** The text without the characters XML forbids; everything else, emoji included, untouched. */
export function xmlSafe(text: string): string {
  return hasXmlUnsafe(text) ? text.replace(XML_UNSAFE, "") : text;
}
