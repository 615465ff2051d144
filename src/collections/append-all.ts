/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes
 * each item as an argument, and V8 throws "Maximum call stack size exceeded"
 * somewhere past 100 000 of them: a block sheet of that many rows took the
 * whole run down. This loop has no such limit.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
