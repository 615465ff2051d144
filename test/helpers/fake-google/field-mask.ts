/**
 * Google's partial-response `fields` parameter (`a,b.c,d(e,f(g))`), enough of
 * it to answer like the real API: only what was asked for comes back.
 */
type Mask = Map<string, Mask | true>;

export function applyFieldMask(value: unknown, fields: string | null): unknown {
  if (fields === null || fields.trim() === "" || fields.trim() === "*") return value;
  return project(value, parseMask(fields));
}

export function parseMask(text: string): Mask {
  let pos = 0;
  const parseList = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const start = pos;
      while (pos < text.length && !",()".includes(text[pos] ?? "")) pos++;
      const path = text.slice(start, pos).trim().split(".");
      let sub: Mask | true = true;
      if (text[pos] === "(") {
        pos++;
        sub = parseList();
        if (text[pos] !== ")") throw new Error(`field mask: ")" expected at ${pos} in ${text}`);
        pos++;
      }
      add(mask, path, sub);
      if (text[pos] !== ",") return mask;
      pos++;
    }
  };
  const mask = parseList();
  if (pos !== text.length) throw new Error(`field mask: unexpected "${text[pos]}" at ${pos} in ${text}`);
  return mask;
}

function add(mask: Mask, path: string[], sub: Mask | true): void {
  const [head, ...rest] = path;
  if (head === undefined || head === "") throw new Error("field mask: empty field name");
  const leaf: Mask | true = rest.length === 0 ? sub : new Map();
  const existing = mask.get(head);
  if (existing === true) return;
  if (leaf === true) return void mask.set(head, true);
  const target = existing ?? new Map();
  mask.set(head, target);
  if (rest.length === 0) for (const [k, v] of leaf) merge(target, k, v);
  else add(target, rest, sub);
}

function merge(mask: Mask, key: string, sub: Mask | true): void {
  const existing = mask.get(key);
  if (existing === true || sub === true || existing === undefined) return void mask.set(key, existing === true ? true : sub);
  for (const [k, v] of sub) merge(existing, k, v);
}

function project(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((v) => project(v, mask));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    out[key] = sub === true ? v : project(v, sub);
  }
  return out;
}
