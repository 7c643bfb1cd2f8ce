// The site's own photo credit agreeing with its lead (thirty-second round). A site whose masthead is a logo
// without text still credits its pictures to itself («تصوير: فريق الفاو نيوز», «عدسة البطنان اليوم», «© صور جرش
// بوست») and names itself in its lead («قال … لـ"الفاو نيوز"», «أفاد مراسل جرش بوست بأن …»). Either place alone is
// weak — a credit may name a photographer, a lead may quote another site — so a credit counts only when the
// lead's own names (`leadOwnNames`) hold the same name: two independent places that agree. A wire or a photo
// agency the lists know is never the site's own credit, and the lead never names one so (`leadOwnNames`).
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';
import { sourceKey } from '../data/keys';

type CreditData = NonNullable<Lexicon['data']['ownPhotoCredit']>;
const memo = new WeakMap<CreditData, RegExp>();
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** «… - تصوير: فريق NAME», «© صور NAME», «عدسة NAME» closing a line: the name (compiled once per list). */
function creditPattern(data: CreditData): RegExp {
  let re = memo.get(data);
  if (!re) {
    const labels = [...data.labels].sort((a, b) => b.length - a.length).map(escape).join('|');
    const team = [...data.team].sort((a, b) => b.length - a.length).map(escape).join('|');
    re = new RegExp(`(?:^|[\\s\\-–—/|(])(?:©\\s*)?(?:${labels})\\s*[:：]?\\s*(?:(?:${team})\\s+)?([\\u0600-\\u06FF][\\u0600-\\u06FF ]{1,38}?)\\s*\\)?\\s*$`, 'u');
    memo.set(data, re);
  }
  return re;
}

/** The name a line's own photo credit gives («عدسة NAME» → NAME), if the line is one. */
export function photoCreditName(text: string, lex: Lexicon): string | undefined {
  const data = lex.data.ownPhotoCredit;
  const name = data ? creditPattern(data).exec(text.trim())?.[1].trim() : undefined;
  return name && name.split(/\s+/).length <= 4 ? name : undefined;
}

/** Outlet signals of the site's own photo credits whose name the lead gives its site too. */
export function ownPhotoCredits(lines: readonly ClassifiedLine[], leadNames: readonly string[], lex: Lexicon): Signal[] {
  const data = lex.data.ownPhotoCredit;
  if (!data || !leadNames.length) return [];
  const told = new Map(leadNames.map((n) => [sourceKey(n), n]));
  const re = creditPattern(data);
  for (const l of lines) {
    if (l.kind === 'body' || l.kind === 'blank' || l.words > 14) continue;
    const m = re.exec(l.text.trim());
    const name = m?.[1].trim();
    if (!name || name.split(/\s+/).length > 4) continue;
    const known = lex.names(name);
    if (known && !known.own) continue;
    const lead = told.get(sourceKey(name));
    if (lead) return [{ field: 'outlet', value: lead, confidence: data.confidence, rule: 'the site\'s own photo credit («تصوير: فريق NAME»), the lead naming the site so too', line: l.index + 1 }];
  }
  return [];
}
