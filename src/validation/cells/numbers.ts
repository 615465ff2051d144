/** Spaces that people and spreadsheets put between thousands: space, no-break space, narrow no-break space, figure space. */
const GROUP = "[ \\u00a0\\u202f\\u2007]";
const SIGN = "([+\\-\\u2212])?";

const PLAIN = new RegExp(`^${SIGN}(\\d+)(?:,(\\d+))?$`);
const GROUPED = new RegExp(`^${SIGN}(\\d{1,3}(?:${GROUP}\\d{3})+)(?:,(\\d+))?$`);
const POINT = new RegExp(`^${SIGN}(\\d+)\\.(\\d+)$`);

export type NumberText = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly ambiguous: boolean };

/**
 * A number typed as text, the Swedish way: decimal comma, thousands separated
 * by (no-break) spaces. A decimal point is accepted only where it cannot be a
 * thousands separator (`4.5`, not `1.234`).
 */
export function parseNumberText(text: string, unitSuffix?: string): NumberText {
  let t = text.trim();
  if (unitSuffix && t.toLocaleLowerCase("sv").endsWith(unitSuffix)) t = t.slice(0, -unitSuffix.length).trim();
  const m = PLAIN.exec(t) ?? GROUPED.exec(t);
  if (m) return finite(m[1], (m[2] ?? "").replace(new RegExp(GROUP, "g"), ""), m[3]);
  const p = POINT.exec(t);
  if (p) {
    if ((p[3] ?? "").length === 3) return { ok: false, ambiguous: true };
    return finite(p[1], p[2] ?? "", p[3]);
  }
  return { ok: false, ambiguous: false };
}

function finite(sign: string | undefined, int: string, frac: string | undefined): NumberText {
  const value = Number(`${sign && sign !== "+" ? "-" : ""}${int}${frac ? `.${frac}` : ""}`);
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value } : { ok: false, ambiguous: false };
}
