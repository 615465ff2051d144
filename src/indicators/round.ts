/** Six decimals: enough for shares and values, and stable in JSON and snapshots. Never turns a finite number into Infinity. */
export function round6(x: number): number {
  if (!Number.isFinite(x * 1e6)) return x;
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}
