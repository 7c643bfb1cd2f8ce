// Unit tests for the single stages: dates, line classification, text helpers, slugs, decoding.
import { describe, expect, it } from 'vitest';
import { buildLexicon } from './boilerplate';
import { loadBoilerplate, loadSources, parseBoilerplate } from '../data/load';
import { classifyLine, classifyLines } from './classify';
import { hijriToGregorian, isRelativeTime } from './dates';
import { decodeRawBytes, MAX_RAW_BYTES } from './decode';
import { removeInlineWidgets } from './extract';
import { embeddedSlug, slugFromFileName } from './slug';
import { cleanLine, limitTitle, shortenAtWord, splitAtSentenceEnds, splitLongParagraph, titleFromLead } from './text';

const lex = buildLexicon(loadBoilerplate(), loadSources());
const kind = (line: string) => classifyLine(line, lex).kind;
const parseArabicDate = (text: string) => lex.dates.parse(text);
const findDates = (text: string) => lex.dates.findDates(text);

describe('parseArabicDate', () => {
  it.each([
    ['17:3819/03/2025, الأربعاء', '2025-03-19'],
    ['تاريخ النشر: 5th, April 2024 GMT', '2024-04-05'],
    ['24 فبراير/ شباط 2022', '2022-02-24'],
    ['2025-03-19', '2025-03-19'],
    ['١٩/٠٣/٢٠٢٥', '2025-03-19'],
    ['الأربعاء 19 آذار 2025', '2025-03-19'],
    ['12 كانون الثاني 2024', '2024-01-12'],
    ['3 كانون الأول 2023', '2023-12-03'],
    ['1 تشرين الثاني 2022', '2022-11-01'],
    ['April 5, 2024', '2024-04-05'],
    ['20 رمضان 1446 هـ', '2025-03-20'],
    ['1446/09/20 هـ', '2025-03-20'],
    ['١ محرم ١٤٤٧ هـ', '2025-06-26'],
    ['الخميس، ٣ أبريل ٢٠٢٥ - ٥ شوال ١٤٤٦ هـ', '2025-04-03'],
  ])('%s → %s', (input, iso) => expect(parseArabicDate(input)).toBe(iso));
  it.each(['منذ 30 دقائق', 'منذ ساعة واحدة', '31/02/2024', '2.3 مليار دولار', 'في 15 من الشهر الجاري', 'عام 2014'])(
    'no date in «%s»', (input) => expect(parseArabicDate(input)).toBeUndefined(),
  );
  it('prefers Gregorian over Hijri on the same line', () => {
    expect(findDates('٥ شوال ١٤٤٦ هـ الموافق 3 أبريل 2025').map((d) => d.calendar)).toEqual(['hijri', 'gregorian']);
    expect(parseArabicDate('٥ شوال ١٤٤٦ هـ الموافق 4 أبريل 2025')).toBe('2025-04-04');
  });
  it('converts Hijri with Umm al-Qura and rejects impossible dates', () => {
    expect(hijriToGregorian(1445, 9, 1)).toBe('2024-03-11');
    expect(hijriToGregorian(1445, 13, 1)).toBeUndefined();
  });
  it('recognises relative times', () => {
    expect(isRelativeTime('منذ 30 دقائق')).toBe(true);
    expect(isRelativeTime('منذ ساعة واحدة')).toBe(true);
    expect(isRelativeTime('منذ 24 فبراير 2022 تشن روسيا')).toBe(false);
  });
});

describe('classifyLine', () => {
  it.each([
    ['المصدر: RT Arabic', 'source'],
    ['كلمات دلالية: روسيا، أوكرانيا', 'tags'],
    ['#روسيا', 'hashtags'],
    ['إقرأ أيضاً:', 'marker'],
    ['اقرأ أيضا: زيلينسكي يطالب بمزيد من الدعم', 'inline-link'],
    ['التعليقات', 'marker'],
    ['كن أول من يترك تعليقًا.', 'boilerplate'],
    ['هاشتاغز', 'boilerplate'],
    ['منذ 30 دقائق', 'relative-time'],
    ['(صورة: رويترز)', 'caption'],
    ['أرشيفية', 'boilerplate'],
    ['الرئيسية > أخبار > عربي ودولي', 'menu'],
    ['الأناضول', 'agency'],
    ['موسكو - رويترز', 'dateline'],
    ['موسكو (وكالات)', 'dateline'],
    ['كتب: أحمد علي', 'byline'],
    ['آخر تحديث: 19/03/2025', 'date'],
    ['17:3819/03/2025, الأربعاء', 'date'],
    ['Sputnik', 'latin'],
    ['لافروف: نظام كييف والغرب لا يبحثان عن السلام', 'heading'],
    ['يني شفق', 'short'],
    ['قال وزير الخارجية الروسي إن السلام لا يدخل ضمن خطط الغرب.', 'body'],
  ])('%s → %s', (line, expected) => expect(kind(line)).toBe(expected));
  it('marks bullet lists and their echoes as menus, but not an echo heading prose', () => {
    const lines = ['  • خبر أول عن روسيا', '  • خبر ثان عن أوكرانيا', 'خبر أول عن روسيا', '', 'خبر ثان عن أوكرانيا', 'وقال المتحدث إن المحادثات مستمرة منذ أسابيع.'];
    expect(classifyLines(lines, lex).map((l) => l.kind)).toEqual(['menu', 'menu', 'menu', 'blank', 'heading', 'body']);
  });
  it('counts repeated lines', () => {
    const out = classifyLines(['عنوان الخبر هنا الآن', 'عنوان الخبر هنا الآن'], lex);
    expect(out[0].repeats).toBe(2);
  });
});

describe('boilerplate lexicon', () => {
  it('validates with zod and names the bad field', () => {
    expect(() => parseBoilerplate('exactLines: [1, ""]', 'x.yaml')).toThrow(/x\.yaml:1 "exactLines\[0\]"/);
    expect(() => parseBoilerplate('unknownKey: []', 'x.yaml')).toThrow(/x\.yaml:1 unknown field "unknownKey"/);
    expect(buildLexicon({ ...loadBoilerplate(), exactLines: ['شارك'] }).exact.has('شارك')).toBe(true);
  });
  it('month names are data: twelve per calendar, checked', () => {
    const months = 'dateWords:\n  gregorianMonths: [[يناير]]\n  hijriMonths: [[محرم]]\n  weekdays: [الأحد]';
    expect(() => parseBoilerplate(months, 'x.yaml')).toThrow(/x\.yaml.*gregorianMonths.*twelve lists/s);
    expect(() => parseBoilerplate('exactLines: [شارك]', 'x.yaml')).toThrow(/dateWords/);
    // A month series added to the data is read without a code change.
    const words = loadBoilerplate().dateWords;
    const extended = { ...words, gregorianMonths: words.gregorianMonths.map((names, i) => (i === 10 ? [...names, 'Noiembrie'] : names)) };
    expect(buildLexicon({ ...loadBoilerplate(), dateWords: extended }).dates.parse('3 Noiembrie 2025')).toBe('2025-11-03');
    expect(lex.dates.parse('3 Noiembrie 2025')).toBeUndefined();
  });
  it('removes inline widgets glued to the first sentence', () => {
    expect(removeInlineWidgets('أخبار ذات صلة خبر أ خبر ب تابع التغطية كاملةذكرت الوزارة أن', lex)).toBe('ذكرت الوزارة أن');
    expect(removeInlineWidgets('ذكرت الوزارة أن أخبار ذات صلة', lex)).toBe('ذكرت الوزارة أن أخبار ذات صلة');
  });
});

describe('text helpers', () => {
  it('cleans invisible characters and odd spaces', () => {
    expect(cleanLine('\u202Eسيبي\u200Dغا\u00A0 بارو\u2069 ')).toBe('سيبيغا بارو');
  });
  it('splits sentences without breaking numbers or initials', () => {
    expect(splitAtSentenceEnds('بلغت 2.3 مليار. قال جيه.دي فانس: "نعم". ثم انتهى')).toEqual(['بلغت 2.3 مليار.', 'قال جيه.دي فانس: "نعم".', 'ثم انتهى']);
  });
  it('splits long paragraphs at sentence boundaries, never inside quotes', () => {
    const s = 'جملة قصيرة نسبيا تتكرر هنا لأغراض الاختبار فقط. ';
    const quoted = '«بداية اقتباس طويل. ' + s.repeat(12) + 'نهاية الاقتباس.» ';
    const parts = splitLongParagraph((s.repeat(10) + quoted + s.repeat(10)).trim());
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ')).toBe((s.repeat(10) + quoted + s.repeat(10)).trim());
    for (const p of parts) expect((p.match(/«/g) ?? []).length).toBe((p.match(/»/g) ?? []).length);
  });
  it('shortens at a word boundary with an ellipsis', () => {
    const long = 'كلمة '.repeat(500).trim();
    const t = limitTitle(long);
    expect(t.length).toBeLessThanOrEqual(201);
    expect(t.endsWith('كلمة…')).toBe(true);
    expect(shortenAtWord('أعرب الوزير عن استعداده للتفاوض مع روسيا', 20)).toBe('أعرب الوزير عن…'.replace(' عن…', '…'));
    // A first sentence of under five words is a fragment, not a title: the next sentence joins it.
    expect(titleFromLead('قصير جدا. ثم جملة أخرى.')).toBe('قصير جدا. ثم جملة أخرى');
    expect(titleFromLead('أعلن البيت الأبيض الثلاثاء اتفاقا جديدا. ثم جملة.')).toBe('أعلن البيت الأبيض الثلاثاء اتفاقا جديدا');
    // Cutting before a long quotation would leave «وأضاف فومين…»: cut inside it (never after «وعلى»…) and close it.
    const quoted = 'وأضاف فومين: "لن نقبل بأي اتفاق يمس أمن بلادنا، والكرة الآن في ملعب الطرف الآخر وعلى الجميع أن يتحمل مسؤوليته كاملة".';
    expect(titleFromLead(quoted)).toBe('وأضاف فومين: "لن نقبل بأي اتفاق يمس أمن بلادنا، والكرة الآن في ملعب الطرف الآخر…"');
  });
});

describe('slugs', () => {
  it('derives slugs from the file name only', () => {
    expect(slugFromFileName('000_f1015a2331e42f8d.txt')).toBe('000-f1015a2331e42f8d');
    expect(slugFromFileName('My Page (2).TXT')).toBe('my-page-2');
    expect(slugFromFileName('x'.repeat(80) + '.txt')).toHaveLength(60);
    expect(embeddedSlug('abc', 2)).toBe('abc-e2');
  });
  it('adds a name hash for non-ASCII or empty results', () => {
    const a = slugFromFileName('خبر لافروف 1.txt');
    expect(a).toMatch(/^1-[0-9a-f]{8}$/);
    expect(slugFromFileName('خبر.txt')).toMatch(/^[0-9a-f]{8}$/);
    expect(slugFromFileName('خبر.txt')).not.toBe(slugFromFileName('مقال.txt'));
    expect(slugFromFileName('news ü.txt')).toMatch(/^news-[0-9a-f]{8}$/);
  });
});

describe('decodeRawBytes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('accepts UTF-8 (with or without BOM) and UTF-16 with a BOM', () => {
    expect(decodeRawBytes(enc('\uFEFFخبر'))).toMatchObject({ ok: true, text: 'خبر' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('خبر عاجل', 'utf16le')]);
    expect(decodeRawBytes(le)).toMatchObject({ ok: true, text: 'خبر عاجل', encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.from('\uFEFFخبر', 'utf16le')).swap16();
    expect(decodeRawBytes(be)).toMatchObject({ ok: true, text: 'خبر' });
  });
  it.each([
    [Uint8Array.from([0xd8, 0xae, 0xff, 0xfe, 0x41]), /UTF-8/],
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
    [enc('خبر \u0001\u0002\u0003\u0004'), /binary/],
    [enc('   \n\t '), /empty/],
    [enc('only english text here.'), /no Arabic/],
    [new Uint8Array(MAX_RAW_BYTES + 1).fill(0x41), /too large/],
  ])('rejects %#', (bytes, reason) => {
    const r = decodeRawBytes(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });
});
