// The one de-duplication helper: keep the first item of each key, in order.

/** Items whose key was not seen before (nor listed in `exclude`), first occurrence kept. */
export function uniqueBy<T>(items: Iterable<T>, key: (item: T) => string, exclude: Iterable<string> = []): T[] {
  const seen = new Set(exclude);
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}
