/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, plus the locale-specific ids Excel uses). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATES.has(id);
}

/**
 * Whether a custom format code shows a date: it has a day, month or year
 * token outside quoted text, escapes and [colour]/[locale] brackets
 * (`[$-41D]yyyy-mm-dd` is a date, `0.00 "kr"` is not, `[h]:mm` is a duration).
 */
export function isDateFormatCode(code: string): boolean {
  const section = code.split(";")[0] ?? "";
  if (/\[(h+|m+|s+)\]/i.test(section)) return false;
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[h]/i.test(bare) && !/[0#?]/.test(bare));
}

/** Built-in `0%` and `0.00%`. */
export function isBuiltInPercentFormat(id: number): boolean {
  return id === 9 || id === 10;
}

/** Whether a custom format code multiplies by 100 and shows `%`: a `%` outside quoted text and escapes in its first section. */
export function isPercentFormatCode(code: string): boolean {
  const section = code.split(";")[0] ?? "";
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%");
}
