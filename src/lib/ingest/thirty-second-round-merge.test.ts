// Thirty-second round, merged (13m): furniture split from the headline's line at its separators —
// symbols (stars, a camera, a lock, a diamond), a score or a count in brackets, an issue's number, a
// bracketed Latin tag, a badge beside a symbol, a section's label before a pipe — and a date printed
// outside that furniture. Pages: tests/fixtures/ingest-unseen/dev/u2810–u2819 (three of them guards).
import { describe, expect, it } from 'vitest';
import { headlineFurniture } from './headline-furniture';
import { roundFixtures } from './round-fixtures';

const { lex, labelled } = roundFixtures(['dev']);
const words = lex.headlineFurniture;
const pages = new Map<string, ReturnType<typeof labelled>>(); // each page extracted once
const pageOf = (id: string) => pages.get(id) ?? pages.set(id, labelled(id)).get(id)!;
const extracted = (id: string) => pageOf(id).extraction;
const expected = (id: string) => pageOf(id).expected;
const HEAD = 'وزير النقل يفتتح محطة القطار الجديدة';

describe('headlineFurniture: furniture split at symbols and brackets', () => {
  it.each([
    [`${HEAD} ★★★★☆ (4.2)`, '★★★★☆ (4.2)', true],
    [`${HEAD} (12 تعليقا)`, '(12 تعليقا)', true],
    [`${HEAD} • 📸 5 صور`, '• 📸 5 صور', true],
    [`${HEAD} 🔒 للمشتركين`, '🔒 للمشتركين', true],
    [`[EN] ${HEAD}`, '[EN]', false],
    [`العدد 930 ◆ ${HEAD}`, 'العدد 930 ◆', false],
    [`⭐ حصري | ${HEAD}`, '⭐ حصري |', false],
    [`دوليات | ${HEAD}`, 'دوليات |', false],
  ])('%s', (line, cut, after) => {
    expect(headlineFurniture(line, words)).toMatchObject({ cut, rest: HEAD, after });
  });
  it('a symbol, a bare number in brackets or a badge alone is no furniture: each needs a neighbour', () => {
    expect(headlineFurniture(`${HEAD} ★`, words)).toBeUndefined();
    expect(headlineFurniture(`الحلقة الثانية من المسلسل الوثائقي (2)`, words)).toBeUndefined();
    expect(headlineFurniture(`حصري ${HEAD}`, words)).toBeUndefined();
  });
  it('guards: a number opening the headline, a quoted figure closing it, a place and a dash before it', () => {
    expect(headlineFurniture('12 سفينة حبوب أوكرانية تعبر مضيق هرمز', words)).toBeUndefined();
    expect(headlineFurniture('سلطنة عمان تستورد من أوكرانيا "40 ألف طن"', words)).toBeUndefined();
    expect(headlineFurniture('كييف - موسكو: جولة تبادل أسرى جديدة', words)).toBeUndefined();
  });
});

describe('the dev pages: the headline less its furniture, the guards whole', () => {
  it.each(['u2810', 'u2811', 'u2812', 'u2813', 'u2814', 'u2815', 'u2816', 'u2817', 'u2818', 'u2819'])('%s', (id) => {
    const [article] = extracted(id).articles;
    expect(article.title).toBe(expected(id).title);
  });
  it('a date cut with the furniture before the headline is no site name in a title bar (u2811)', () => {
    expect(extracted('u2811').evidence[0].fields.find((f) => f.field === 'outlet')?.value).toBe('مرآة الفيوم');
  });
});
