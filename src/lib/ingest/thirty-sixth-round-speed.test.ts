import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { loadBoilerplate } from '../data/load';
import { documentFrontmatter, plainFrontmatter, serializeArticleMdx, splitFrontmatter } from './article-file';
import { endsWithBracket } from './classify';
import { compileGated } from './copy-wrapper';
import { gatedExec, gatedTest, requiredWord } from './literal-gate';
import { patterns } from './origin-lines';
import { compileRights, holdsRights } from './site-name';

// The thirty-sixth round's speed cuts (docs/ingest.md «Thirty-sixth round: ingest speed»): each
// gate only skips work that could not have matched, and the frontmatter writer agrees with yaml.

function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}
const pick = <T>(next: () => number, list: readonly T[]) => list[Math.floor(next() * list.length)];

const data = loadBoilerplate();

describe('requiredWord', () => {
  it('takes the longest Arabic word of the literal parts, never a Latin one (the patterns fold case)', () => {
    expect(requiredWord(['', ' دقيقة للقراءة'])).toBe('للقراءة');
    expect(requiredWord(['نشر في ', ' يوم ', ''])).toBe('نشر');
    expect(requiredWord(['', ' min read'])).toBeUndefined();
    expect(requiredWord(['Read more', 'اقرأ'])).toBe('اقرأ');
    expect(requiredWord([])).toBeUndefined();
  });
});

// Lines a pattern may match: its own literal parts with fillers in its placeholders, cut, doubled
// or spaced at random, and random units around them.
function linesFor(pattern: string, placeholder: RegExp, next: () => number, n: number): string[] {
  const parts = pattern.split(placeholder);
  const fillers = ['', ' ', 'ا', '12', '٣ ', 'الجزيرة', 'Reuters', '03 - 01 - 2026', 'ـ', 'x:', '\u200f', 'نشر'];
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let line = '';
    for (let i = 0; i < parts.length; i++) {
      let part = parts[i];
      const r = next();
      if (r < 0.1) part = part.slice(0, Math.floor(next() * part.length));
      else if (r < 0.15) part = part.toUpperCase();
      else if (r < 0.2) part = part.replace(/ /g, '  ');
      line += part + (i < parts.length - 1 ? pick(next, fillers) : '');
    }
    if (next() < 0.3) line = pick(next, fillers) + line;
    if (next() < 0.3) line += pick(next, fillers);
    out.push(line);
  }
  return out;
}

describe('gated data patterns', () => {
  it('a copy tool\'s marker or furniture matches a line exactly when its regex does (every pattern of boilerplate.yaml)', () => {
    const next = random(3);
    let matched = 0;
    const all = data.copyWrappers.flatMap((w) => [...w.markers, ...w.furniture]);
    expect(all.length).toBeGreaterThan(20);
    for (const pattern of all) {
      const gated = compileGated(pattern);
      for (const line of linesFor(pattern, /\{[nt*w]\}/, next, 60)) {
        const want = gated.re.test(line);
        matched += want ? 1 : 0;
        expect(gatedTest(gated, line)).toBe(want);
      }
    }
    // The lines reach both answers: the gate is checked where the regex matches too.
    expect(matched).toBeGreaterThan(500);
  });
  it('an origin line or a self-naming line gives the same match, groups and all (every pattern)', () => {
    const next = random(9);
    let matched = 0;
    for (const list of [data.originLines, data.selfNamingLines ?? []]) {
      const compiled = patterns(list);
      expect(compiled.length).toBe(list.length);
      list.forEach((pattern, i) => {
        for (const line of linesFor(pattern, /\{name\}|\{date\}|\{\*\}/, next, 60)) {
          const want = compiled[i].re.exec(line);
          matched += want ? 1 : 0;
          expect(gatedExec(compiled[i], line)?.groups).toEqual(want?.groups);
          expect(gatedExec(compiled[i], line) === null).toBe(want === null);
        }
      });
    }
    expect(matched).toBeGreaterThan(300);
  });
  it('reads a reader view\'s count and an aggregator\'s origin line as before', () => {
    const reader = compileGated('{*} دقائق للقراءة');
    expect(gatedTest(reader, 'example.com · 5 دقائق للقراءة')).toBe(true);
    expect(gatedTest(reader, 'قال الوزير إن الاتفاق سيوقع خلال دقائق')).toBe(false);
    const origin = patterns(['نشر في {name} يوم {date}'])[0];
    expect(gatedExec(origin, 'نشر في الراكوبة يوم 03 - 01 - 2026')?.groups?.name).toBe('الراكوبة');
  });
});

describe('rights phrases', () => {
  const rights = compileRights(data.rightsPhrases);
  it('the cheap test passes every line the rights pattern holds, and holdsRights answers as the pattern', () => {
    const next = random(17);
    const bits = [...data.rightsPhrases, 'حقوق', 'المحفوظة', 'محفوظ', 'COPYRIGHT', 'Alle Rechte', '©', '(C)', 'ـ', ' ', 'قال', '2026', 'x'];
    let held = 0;
    for (let n = 0; n < 4000; n++) {
      const line = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(next, bits)).join(next() < 0.5 ? ' ' : '');
      const holds = rights.holds.test(line);
      held += holds ? 1 : 0;
      if (holds) expect(rights.mentions.test(line)).toBe(true);
      expect(holdsRights(line, rights)).toBe(holds);
    }
    expect(held).toBeGreaterThan(1000);
  });
  it('finds a rights line in Arabic and in Latin letters, and not a reader\'s saved tab', () => {
    expect(holdsRights('© 2026 جميع الحقوق محفوظة لموقع نبض الشرق', rights)).toBe(true);
    expect(holdsRights('Copyright 2026 Example News', rights)).toBe(true);
    expect(holdsRights('المحفوظة', rights)).toBe(false);
    expect(holdsRights('قال الوزير إن حقوق الإنسان مصونة', rights)).toBe(false);
  });
});

describe('endsWithBracket gates the bracketed tag', () => {
  it('holds wherever the end-anchored tag pattern matches', () => {
    const next = random(21);
    const alphabet = 'اب ()\u00a0\t.رويترز';
    const tag = /\s*\([^()]{1,20}\)\s*$/u;
    let matched = 0;
    for (let n = 0; n < 5000; n++) {
      const part = () => Array.from({ length: Math.floor(next() * 10) }, () => pick(next, [...alphabet])).join('');
      // Half the texts close on a bracket, a part and spaces: the pattern matches some of them.
      const text = part() + (next() < 0.5 ? `(${part()})${pick(next, ['', ' ', '\u00a0', '\t', ' .'])}` : '');
      if (tag.test(text)) { matched++; expect(endsWithBracket(text)).toBe(true); }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('plainFrontmatter', () => {
  it('writes what yaml writes for every frontmatter of simple values, and leaves the rest to yaml', () => {
    const next = random(29);
    const units = ['"', "'", '\\', ': ', ' #', '#', ':', '-', '?', '!', '&', '*', '|', '>', '%', '@', '`', ',', '[', ']', '{', '}', '.', ' ', '0', '1', 'e',
      'x', '~', 'n', 'l', 't', '\t', '\n', '\u0085', '\u00a0', '\u2028', '\ud800', '\ufeff', '\x7f', '\x01', 'ا', 'ب', '،', '٣', 'N', 'T', 'y', '+', '_', 'كييف'];
    const words = ['null', 'Null', '~', 'true', 'False', 'yes', '.inf', '-.Inf', '.nan', '0x1F', '0o17', '1e3', '12', '-12', '+1', '.5', '2022-09-22',
      '---', '...', '- a', '? a', 'a: b', 'a #b', 'a#b', 'لافروف: لا هدنة', 'قال "نعم"', 'ماكرون: "لا"'];
    const text = () => (next() < 0.3 ? pick(next, words) : Array.from({ length: Math.floor(next() * 7) }, () => pick(next, units)).join(''));
    let simple = 0;
    for (let n = 0; n < 40000; n++) {
      const fm: Record<string, unknown> = { title: text() };
      if (next() < 0.5) fm.date = next() < 0.7 ? '2022-09-22' : text();
      if (next() < 0.5) fm.source = text();
      fm.raw = text();
      fm.tags = Array.from({ length: Math.floor(next() * 3) }, text);
      if (next() < 0.3) fm.author = text();
      const plain = plainFrontmatter(fm);
      if (plain === undefined) continue;
      simple++;
      expect(plain).toBe(documentFrontmatter(fm));
    }
    expect(simple).toBeGreaterThan(1500);
  });
  it('writes a headline with a colon in double quotes, and leaves one with quotes in it to yaml', () => {
    const fm = { title: 'لافروف: لا هدنة قبل المفاوضات', date: '2026-03-01', raw: '001.txt', tags: ['روسيا', 'أوكرانيا'] };
    expect(plainFrontmatter(fm)).toBe('title: "لافروف: لا هدنة قبل المفاوضات"\ndate: "2026-03-01"\nraw: 001.txt\ntags:\n  - روسيا\n  - أوكرانيا\n');
    expect(plainFrontmatter({ title: 'قال: "نعم"', raw: 'a.txt', tags: [] })).toBeUndefined();
    expect(plainFrontmatter({ title: 'true', raw: 'a.txt', tags: [] })).toBeUndefined();
  });
  it('an article file reads back as the frontmatter yaml builds', () => {
    const a = { slug: 's', title: 'زيلينسكي: مستعدون للقاء', date: '2025-01-02', source: 'الجزيرة', raw: '12_x.txt', tags: ['كييف'], paragraphs: ['نص.'] };
    const file = serializeArticleMdx(a);
    const yaml = splitFrontmatter(file)!.yaml.replace(/^checksum:.*\n?/m, '');
    const doc = new Document({ title: a.title, date: a.date, source: a.source, raw: a.raw, tags: a.tags });
    (doc.get('date', true) as { type?: string }).type = 'QUOTE_DOUBLE';
    expect(`${yaml}`).toBe(doc.toString({ lineWidth: 0 }));
  });
});
