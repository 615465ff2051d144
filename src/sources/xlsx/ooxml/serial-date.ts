const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/** A date cell's serial number as ISO (`2024-09-18`, or `2024-09-18T13:45:00` with a time), or undefined if out of range. */
export function isoFromSerial(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return undefined;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * 86_400) * 1000;
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" || ms % DAY_MS === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}
