// Datelines by grammar, the evidence each field carries, the review list in the ingest report
// (kept when a page is reused), the review table, and the scorer itself.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBoilerplate, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { parseDateline } from './dateline';
import { formatReviewTable, REVIEW_BELOW, type ReviewRow } from './evidence';
import { extractWithEvidence } from './extract';
import { ingestDirectory } from '../../ingest/run';
import { scorePage } from './score';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const sources = loadSources();
const lex = buildLexicon(loadBoilerplate(), sources);
const dateline = (text: string) => parseDateline(text, lex);
const STORY = 'قال رئيس الوزراء في مؤتمر صحفي اليوم إن المحادثات مستمرة.';

describe('datelines by grammar', () => {
  const cases: [string, string, string | undefined, string | undefined][] = [
    // text, place, agency id, outlet id
    [`القاهرة في 3 مايو /أ ش أ/ ${STORY}`, 'القاهرة', 'mena', undefined],
    [`دمشق-سانا ${STORY}`, 'دمشق', 'sana', undefined],
    [`طهران (إرنا) - ${STORY}`, 'طهران', 'irna', undefined],
    [`عمان 12 حزيران (بترا)- ${STORY}`, 'عمان', 'petra', undefined],
    [`الكويت - 7 - 3 (كونا) -- ${STORY}`, 'الكويت', 'kuna', undefined],
    [`بكين ـ شينخوا: ${STORY}`, 'بكين', 'xinhua', undefined],
    [`بغداد ـ «القدس العربي»: ${STORY}`, 'بغداد', undefined, 'al-quds-al-arabi'],
  ];
  for (const [text, place, agency, outlet] of cases) {
    it(text.slice(0, 30), () => {
      const d = dateline(text)!;
      expect(d.place).toBe(place);
      expect(d.agency?.id).toBe(agency);
      expect(d.outlet?.id).toBe(outlet);
      expect(text.slice(d.end)).toBe(STORY);
    });
  }
  it('an unknown credit counts when the grammar is unambiguous: a date and a closing separator', () => {
    const d = dateline(`يريفان في 2 آذار/نيوزآم: ${STORY}`)!; // a credit no list knows
    expect(d).toMatchObject({ place: 'يريفان', date: 'في 2 آذار', evidence: 'grammar', outlet: { name: 'نيوزآم' } });
    expect(dateline(`يريفان/نيوزآم ${STORY}`)).toBeUndefined(); // unknown, unclosed, no date: not vouched for
  });
  it('generic wires are not an agency', () => {
    const d = dateline(`الرياض ـ وكالات: ${STORY}`)!;
    expect(d.agency).toBeUndefined();
    expect(d.generic?.name).toBe('وكالات');
  });
  it('sentences with dashes or brackets are not datelines', () => {
    expect(dateline('وقال المتحدث - في تصريح له - إن الاجتماع سيعقد غدا في جنيف.')).toBeUndefined();
    expect(dateline('قال بوتين (الرئيس الروسي) إن بلاده مستعدة للحوار مع واشنطن.')).toBeUndefined();
    expect(dateline('الخميس ٢٠ رمضان ١٤٤٦ هـ')).toBeUndefined(); // a date line, not a dateline
  });
});

describe('evidence for every field', () => {
  const page = [
    'موقع الأخبار', 'الرئيسية', 'سياسة', 'اقتصاد',
    'موسكو تعلن استعدادها لجولة جديدة من المحادثات مع كييف',
    'الأحد 5 أكتوبر 2025',
    `موسكو - تاس ${STORY} وأضاف أن الوفد الروسي سيصل إلى إسطنبول الأسبوع المقبل لبحث تبادل الأسرى.`,
    'وأكد الكرملين أن الجولة الجديدة من المحادثات مع كييف ستتناول ملف تبادل الأسرى والوضع الإنساني.',
  ].join('\n');
  const { articles, evidence } = extractWithEvidence(page, 'p.txt', lex);
  const field = (f: string) => evidence[0].fields.find((x) => x.field === f)!;
  it('title, date, outlet and agency each say how they were found, with a confidence', () => {
    expect(articles[0].title).toBe('موسكو تعلن استعدادها لجولة جديدة من المحادثات مع كييف');
    expect(field('title')).toMatchObject({ line: 5 });
    expect(field('title').confidence).toBeGreaterThanOrEqual(REVIEW_BELOW);
    expect(field('date')).toMatchObject({ value: '2025-10-05', rule: 'date line', line: 6 });
    expect(field('agency')).toMatchObject({ value: 'تاس', rule: 'dateline', line: 7 });
    expect(evidence[0].place).toBe('موسكو');
    expect(articles[0].paragraphs[0].startsWith('قال رئيس الوزراء')).toBe(true);
  });
  it('an unknown short first line is only a weak guess at the outlet (listed for review)', () => {
    expect(field('outlet')).toMatchObject({ value: 'موقع الأخبار', rule: 'short first line (site name?)' });
    expect(field('outlet').confidence).toBeLessThan(REVIEW_BELOW);
  });
});

describe('the review list', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  it('the report lists low-confidence fields, least sure first, also for pages reused from the cache', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'review-'));
    dirs.push(root);
    const input = path.join(root, 'raw');
    cpSync(path.join(ROOT, 'tests/fixtures/ingest-unseen/dev'), input, { recursive: true, filter: (s) => !s.endsWith('.json') });
    const opts = { input, output: path.join(root, 'out'), reportPath: path.join(root, 'report.json') };
    const first = await ingestDirectory(opts);
    const made = first.review.find((r) => r.slug === 'u20-roya-tv-no-headline' && r.field === 'title');
    expect(made).toMatchObject({ rule: 'made from the lead', file: 'u20-roya-tv-no-headline.txt' });
    expect(first.review.map((r) => r.confidence)).toEqual([...first.review.map((r) => r.confidence)].sort((a, b) => a - b));
    expect(first.review.every((r) => r.confidence < REVIEW_BELOW)).toBe(true);
    const second = await ingestDirectory(opts);
    expect(second.totals.reused).toBe(readdirSync(input).filter((f) => f.endsWith('.txt')).length);
    expect(second.review).toEqual(first.review);
  }, 120_000); // ingests the whole dev set twice (511 pages in session 25, 1434 in session 43): 60 s was short at load 16–24
  it('prints a table: article, field, value chosen, confidence, runner-up, why', () => {
    const rows: ReviewRow[] = [
      { slug: 'a', file: 'a.txt', field: 'outlet', value: 'موقع | الأخبار', confidence: 0.5, rule: 'short first line (site name?)', line: 1 },
      { slug: 'b', file: 'b.txt', field: 'title', value: 'عنوان مصنوع', confidence: 0.4, rule: 'made from the lead', runnerUp: { value: 'شاهد جميع النشرات', rule: 'lead repeats 0% of its words', line: 9 } },
    ];
    const table = formatReviewTable(rows).split('\n');
    expect(table[0]).toBe('| article | field | value chosen | confidence | runner-up | why |');
    expect(table[2]).toBe('| b | title | عنوان مصنوع | 0.40 | شاهد جميع النشرات — lead repeats 0% of its words (line 9) | made from the lead |');
    expect(table[3]).toContain('موقع ¦ الأخبار'); // a pipe in a value cannot break the table
    expect(formatReviewTable([])).toMatch(/^Nothing to review/);
  });
});

describe('the scorer', () => {
  it('counts a wrong field and a kept clutter line as misses, and resolves names to ids', () => {
    const raw = 'وكالة الأنباء\nعنوان الخبر هنا اليوم\nكتب: فلان\nنص الخبر الأول هنا.';
    const expected = {
      articles: [{ title: 'عنوان الخبر هنا اليوم', date: null, outlet: 'rt-arabic', agency: 'afp', paragraphs: ['نص الخبر الأول هنا.'] }],
      clutter: ['وكالة الأنباء', 'كتب: فلان'],
    };
    const got = [{ slug: 'x', title: 'كتب: فلان', source: 'RT Arabic', agency: 'أ ف ب', tags: [], raw: 'x.txt', paragraphs: ['نص الخبر الأول هنا.'] }];
    const { tally, misses } = scorePage('x', raw, expected, got, sources);
    expect(tally.title).toEqual({ right: 0, total: 1, wrong: 0 });
    expect(tally.outlet).toEqual({ right: 1, total: 1, wrong: 0 });
    expect(tally.agency).toEqual({ right: 1, total: 1, wrong: 0 });
    expect(tally.clutter).toEqual({ right: 1, total: 2, wrong: 0 });
    expect(misses.some((m) => m.startsWith('clutter: kept «كتب: فلان»'))).toBe(true);
  });
});
