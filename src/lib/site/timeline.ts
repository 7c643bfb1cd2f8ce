// Month buckets of articles for the timeline and for per-actor mention charts.

export interface MonthBucket {
  /** YYYY-MM */
  month: string;
  count: number;
  slugs: string[];
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Articles per month, oldest first, including empty months between the first and the
 * last dated article (a gap in coverage must show as a gap). Undated articles are
 * returned apart. `fill: false` keeps only months that have articles.
 */
export function monthBuckets(
  articles: { slug: string; date?: string }[],
  options: { fill?: boolean } = {},
): { months: MonthBucket[]; undated: string[] } {
  const byMonth = new Map<string, string[]>();
  const undated: string[] = [];
  for (const a of articles) {
    if (!a.date || !/^\d{4}-\d{2}/.test(a.date)) {
      undated.push(a.slug);
      continue;
    }
    const key = a.date.slice(0, 7);
    if (!byMonth.has(key)) byMonth.set(key, []);
    byMonth.get(key)!.push(a.slug);
  }
  const keys = [...byMonth.keys()].sort();
  if (keys.length === 0) return { months: [], undated };
  const months: MonthBucket[] = [];
  if (options.fill === false) {
    for (const k of keys) months.push({ month: k, count: byMonth.get(k)!.length, slugs: byMonth.get(k)! });
  } else {
    // Bounded: a bad date far in the past must not create thousands of empty months.
    const last = keys[keys.length - 1];
    for (let k = keys[0], n = 0; k <= last && n < 1200; k = nextMonth(k), n++) {
      const slugs = byMonth.get(k) ?? [];
      months.push({ month: k, count: slugs.length, slugs });
    }
  }
  return { months, undated };
}

/** Groups month buckets by year, newest year first, months newest first (for lists). */
export function bucketsByYear(months: MonthBucket[]): { year: string; months: MonthBucket[] }[] {
  const years = new Map<string, MonthBucket[]>();
  for (const m of [...months].reverse()) {
    if (m.count === 0) continue;
    const y = m.month.slice(0, 4);
    if (!years.has(y)) years.set(y, []);
    years.get(y)!.push(m);
  }
  return [...years].map(([year, ms]) => ({ year, months: ms }));
}
