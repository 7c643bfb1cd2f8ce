// Thirty-fourth round (13t): the headline by evidence. Furniture no list names, glued at either end of the headline's
// line, is cut at its boundaries when the lead repeats none of it (headline-sides.ts); a line of the site's frame (a
// diaspora site's community line) yields to the line the story's first paragraph retells (headline-site-line.ts).
// Pages: tests/fixtures/ingest-unseen/dev/u3010–u3039; the aside third `dev-aside-37t` (u3011, u3014, …, u3038) is
// never asserted here.
import { describe, expect, it } from 'vitest';
import { extractWithEvidence } from './extract';
import { isSideFurniture } from './headline-sides';
import { lexKey } from './boilerplate';
import { roundFixtures } from './round-fixtures';

const { lex, labelled } = roundFixtures(['dev']);
const HEAD = 'وزير النقل يفتتح محطة القطار الجديدة في المدينة';
const LEAD = 'افتتح وزير النقل محطة القطار الجديدة في المدينة بحضور عدد من المسؤولين وممثلي البلديات المجاورة.';
const page = (head: string, lead = LEAD, extra: string[] = []) => ['صدى الوادي', 'الرئيسية', 'محليات', 'دولي', head,
  'الأحد 5 ديسمبر 2027', lead, 'وقال الوزير إن المحطة ستخدم آلاف الركاب يوميا.', ...extra, '© 2027 صدى الوادي'].join('\n');
const titleOf = (raw: string) => extractWithEvidence(raw, 'page.txt', lex).articles[0]?.title;

describe('side spans no list names, cut by the evidence', () => {
  it.each([
    [`${HEAD} ⏱ 5 د`, 'a stopwatch and a short reading time'],
    [`${HEAD} · 🔥 رائج`, 'a trending chip after a bullet'],
    [`🎧 استمع | ${HEAD}`, 'a listen button before a bar'],
    [`${HEAD} 📈 4.1 ألف`, 'an icon and a count in thousands'],
    [`${HEAD} ▶ 01:30`, 'a play triangle and a running time'],
    [`A+ A- ${HEAD}`, 'font-size controls'],
    [`${HEAD} #نقل #قطارات`, 'hashtags'],
    [`${HEAD} | برعاية شركة الأفق للتأمين`, 'a sponsor\'s label after a bar'],
    [`${HEAD} (مترجم)`, 'a bracketed note'],
    [`${HEAD} (7 ردود)`, 'a bracketed reply count'],
    [`📌 مثبت — ${HEAD}`, 'a pinned badge before a dash'],
    [`${HEAD} | آخر تحديث: منذ 9 دقائق`, 'a last-update label and a relative time'],
  ])('%s (%s)', (line) => {
    expect(titleOf(page(line))).toBe(HEAD);
  });
  it('an icon with its count is cut whatever word of it the story holds («بمشاركة»)', () => {
    expect(titleOf(page(`${HEAD} 🔁 12 مشاركة`, `${LEAD.slice(0, -1)} بمشاركة وزير المالية.`))).toBe(HEAD);
  });
});

describe('guards: the headline\'s own ends are kept', () => {
  it('a year the lead prints, a count the headline opens on, a closing date after a preposition', () => {
    const plan = 'الحكومة تعرض على البرلمان خطة النقل الحضري 2035';
    expect(titleOf(page(plan, 'عرضت الحكومة على البرلمان خطة النقل الحضري 2035 التي تشمل ثلاثة خطوط جديدة للقطارات.'))).toBe(plan);
    const count = '10 آلاف راكب يستخدمون محطة القطار الجديدة في يومها الأول';
    expect(titleOf(page(count, 'استخدم نحو عشرة آلاف راكب محطة القطار الجديدة في يومها الأول بحسب وزارة النقل.'))).toBe(count);
  });
  it('a subtitle after a dash that the lead repeats, a speaker\'s colon, a quoted headline', () => {
    const subtitle = 'قمة الرباط — وزراء النقل يتفقون على ربط الشبكات الحديدية';
    expect(titleOf(page(subtitle, 'اتفق وزراء النقل في ختام قمة الرباط على ربط الشبكات الحديدية بين بلدانهم خلال عشر سنوات.'))).toBe(subtitle);
    const speaker = 'وزير النقل: المحطة الجديدة تخدم المدينة وضواحيها';
    expect(titleOf(page(speaker, 'قال وزير النقل إن المحطة الجديدة تخدم المدينة وضواحيها وتختصر زمن الرحلات.'))).toBe(speaker);
  });
  it('a genre tag in brackets is kept as printed («(فيديو)», `genreTags`), never a cut (an update mark «(محدث)» is: thirty-fourth-round-merge.test.ts)', () => {
    expect(titleOf(page(`${HEAD} (فيديو)`))).toBe(`${HEAD} (فيديو)`);
  });
  it('a span printed again with the headline (a title bar, a share text) is the headline\'s', () => {
    const line = `🔥 ${HEAD}`;
    expect(titleOf(page(line, LEAD, [`شارك: ${line}`]))).toBe(line);
  });
  it('a call to action before a teaser keeps the teaser a label\'s line: interface words alone are cut only after the headline', () => {
    expect(titleOf(page(`شاهد | لحظة افتتاح المحطة`, LEAD, []))).not.toBe('لحظة افتتاح المحطة');
  });
});

describe('a line of the site\'s frame yields to the line the first paragraph retells', () => {
  const frame = (siteLine: string, head: string, p1: string, p2: string, footer: string) => ['وادي نيوز', siteLine, 'Home', 'Community', 'World',
    head, '5 December 2027', p1, p2, footer].join('\n');
  it('a community line over a Latin menu, the story\'s second paragraph naming the community', () => {
    const head = 'كندا تمول برنامجا لتدريب الأطباء الأوكرانيين';
    expect(titleOf(frame('صوت العرب في نيو برنزويك', head, 'أعلنت الحكومة الكندية تمويل برنامج لتدريب الأطباء الأوكرانيين في مستشفياتها لمدة عامين.',
      'وقالت جمعيات العرب في نيو برنزويك إنها ستستضيف عددا من المتدربين.', '© 2027 وادي نيوز'))).toBe(head);
  });
  it('a question headline that paraphrases its lead, under the menus, stays the headline over a caption the lead retells', () => {
    const head = 'ماذا تنتظر موسكو من جولة الدوحة؟';
    const raw = ['وادي نيوز', 'الرئيسية', 'دولي', 'تقارير', head, 'جانب من جولة سابقة بين الوفدين في الدوحة',
      'تعقد في الدوحة جولة جديدة بين الوفدين الروسي والأوكراني وسط توقعات متواضعة من الطرفين.',
      'ويقول دبلوماسيون إن موسكو تريد ضمانات قبل أي اتفاق.', '© 2027 وادي نيوز'].join('\n');
    expect(titleOf(raw)).toBe(head);
  });
});

describe('isSideFurniture: never the site\'s name in a title bar', () => {
  it('a symbol, hashtags or a sponsor\'s label; a name is not', () => {
    expect(isSideFurniture('📌 مثبت', lex.sponsors, lexKey)).toBe(true);
    expect(isSideFurniture('#طاقة #نقل', lex.sponsors, lexKey)).toBe(true);
    expect(isSideFurniture('برعاية مصرف الواحات', lex.sponsors, lexKey)).toBe(true);
    expect(isSideFurniture('صدى الوادي', lex.sponsors, lexKey)).toBe(false);
    expect(isSideFurniture('الوادي 24', lex.sponsors, lexKey)).toBe(false);
  });
});

describe('the dev pages (the tuning part; dev-aside-37t is never asserted)', () => {
  it.each(['u3010', 'u3012', 'u3013', 'u3015', 'u3016', 'u3018', 'u3019', 'u3021', 'u3022', 'u3024', 'u3025', 'u3027',
    'u3028', 'u3030', 'u3031', 'u3033', 'u3034', 'u3036', 'u3037', 'u3039'])('%s: title and outlet', (id) => {
    const { extraction, expected } = labelled(id);
    const article = extraction.articles[0];
    if (expected.title === null) expect(extraction.evidence[0].fields.find((f) => f.field === 'title')?.rule).toMatch(/^made from the lead/);
    else expect(article.title).toBe(expected.title);
    expect(article.source ?? null).toBe(expected.outlet);
  });
});
