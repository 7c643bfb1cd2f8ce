// Issue 13, seventeenth round (session 19, helper 13d): title, date and agency on shapes the
// spent sets missed — a partner's line is no credit, a link's dated path is no date, a short line
// between two menu entries is no headline, a wire's name closing the story without brackets or
// alone after it, two wires joined by «و», month-first dates with an Arabic comma or «Jun.» — each
// on pages written for this test in other outlets' shapes (the mechanism, not the page, must
// transfer), and the dev pages u900–u919 but the seven put aside (dev-aside-13d: never asserted).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { lex, fromText, extract, idOf, page } = roundFixtures(['dev', 'aside14', 'aside16']);
const HEADLINE = 'البرلمان الأوروبي يطالب بضمانات دولية لأي هدنة في أوكرانيا';
const LEAD = 'طالب البرلمان الأوروبي بضمانات دولية لأي هدنة في أوكرانيا، في قرار صوت عليه النواب بأغلبية كبيرة خلال جلسة عقدت في ستراسبورغ.';
const LAST = 'وأكد القرار أن أي اتفاق يجب أن يحترم سيادة أوكرانيا، وأن يتضمن آلية لمراقبة وقف إطلاق النار بمشاركة أوروبية';
const story = (end: string, ...after: string[]) => fromText(page('صوت الساحل', 'الرئيسية', 'دولي', HEADLINE, '12 يونيو 2026', LEAD, LAST + end, ...after, 'شارك'));

describe('agency: a partner named is not the story\'s credit', () => {
  it('«شريكنا الإعلامي: قنا» in the footer (`sponsorLabels`, the label may take a colon) credits no wire', () => {
    const p = story('.', 'شريكنا الإعلامي: قنا', '© صوت الساحل 2026');
    expect(p.article.agency).toBeUndefined();
    const sponsor = story('.', 'الراعي الإعلامي: وكالة الأنباء القطرية');
    expect(sponsor.article.agency).toBeUndefined();
  });
  it('a wire credited in the dateline still is, whatever partner the footer names', () => {
    const p = fromText(page('صوت الساحل', HEADLINE, '12 يونيو 2026', `ستراسبورغ (أ ف ب) - ${LEAD}`, LAST + '.', 'شريكنا الإعلامي: قنا'));
    expect(idOf(p.article.agency)).toBe('afp');
  });
});

describe('agency: a wire\'s name closing the story, with or without brackets', () => {
  it('after the last sentence\'s full stop or a spaced dash, or between slashes; a full stop after the brackets', () => {
    for (const end of ['. - رويترز', ' - رويترز', '. رويترز', ' (رويترز).']) expect(idOf(story(end).article.agency), end).toBe('reuters');
    expect(idOf(story('. /أ ف ب/').article.agency)).toBe('afp');
  });
  it('the paragraph keeps its words; a last sentence naming a wire is no credit', () => {
    expect(story('. - رويترز').article.paragraphs.at(-1)).toBe(`${LAST}. - رويترز`);
    expect(story('، بحسب ما نقلت وكالة رويترز.').article.agency).toBeUndefined();
    expect(story(' وفق ما أفاد مسؤول لرويترز.').article.agency).toBeUndefined();
  });
  it('a known wire alone on the first line after the story signs it; generic wires name no one', () => {
    expect(idOf(story('.', 'رويترز').article.agency)).toBe('reuters');
    expect(idOf(story('.', 'الأناضول').article.agency)).toBe('anadolu');
    expect(idOf(story('.', '- وكالات').article.agency)).toBeNull();
  });
  it('two wires joined by «و» in a source line: the first is the agency', () => {
    expect(idOf(story('.', 'المصدر: رويترز وأ ف ب').article.agency)).toBe('reuters');
    // A name that only holds a «و» inside is one name, never split.
    expect(idOf(story('.', 'المصدر: وكالة الأنباء الألمانية').article.agency)).toBe('dpa');
  });
});

describe('date: a link is not a printed date; month-first dates in more spellings', () => {
  // The thirty-third round (session 36) changed the convention: a copy whose only date is in the page's own link
  // is dated by it (aside32 u2747; u808, u809, u817, u918 relabelled) — the link is still never a printed date's rival.
  it('a copy whose only date is in the saved link\'s path is dated by it (aside16 u808\'s shape, another tool)', () => {
    const p = fromText(page('Pocket', 'My List', HEADLINE, 'alsahilvoice.net/world/2026/06/12/eu-guarantees', LEAD, LAST + '.', 'Archive'));
    expect(p.article.title).toBe(HEADLINE);
    expect(p.article.date).toBe('2026-06-12');
    // dev u918: the page's own link with a dated path under the story, no date printed.
    expect(extract('u918').article.date).toBe('2026-06-22');
  });
  it('a printed date still wins where a link holds another', () => {
    const p = fromText(page('صوت الساحل', HEADLINE, 'https://alsahilvoice.net/2026/06/11/eu', '12 يونيو 2026', LEAD, LAST + '.'));
    expect(p.article.date).toBe('2026-06-12');
  });
  it('«يونيو 22، 2026» (an Arabic comma) and «Jun. 23, 2026» (an abbreviation\'s full stop)', () => {
    expect(lex.dates.parse('يونيو 22، 2026')).toBe('2026-06-22');
    expect(lex.dates.parse('Jun. 23, 2026')).toBe('2026-06-23');
    expect(fromText(page('صوت الساحل', HEADLINE, 'يونيو 22، 2026', LEAD, LAST + '.')).article.date).toBe('2026-06-22');
  });
});

describe('title: a short line between two menu entries is one of them (aside16 u796\'s cause)', () => {
  it('a region\'s name in the menu whose words the lead repeats is not the headline', () => {
    const lead = `يترقب مزارعو جهة درعة تافيلالت نتائج المحادثات حول الموانئ الأوكرانية، بعد أن ارتفعت كلفة الأسمدة المستوردة خلال الأشهر الماضية.`;
    const h = 'مزارعو درعة يترقبون نتائج المحادثات حول الموانئ الأوكرانية';
    const p = fromText(page('ورزازات اليوم', 'الرئيسية', 'جهة درعة تافيلالت', 'دولي', h, '21 ماي 2026', lead, LAST + '.'));
    expect(p.article.title).toBe(h);
  });
  it('a kicker or a section label right above the headline is still passed over, and a short headline under the menus still wins', () => {
    const short = 'موسكو ترحب بقرار ستراسبورغ';
    const p = fromText(page('صوت الساحل', 'الرئيسية', 'دولي', short, '12 يونيو 2026', `رحبت موسكو بقرار ستراسبورغ بشأن الضمانات، ${LEAD}`, LAST + '.'));
    expect(p.article.title).toBe(short);
  });
});

describe('title and body: a question headline over the page\'s header is no paragraph (dev-aside-13d u902\'s cause, once spent)', () => {
  const lead = 'اتسعت الوساطة الخليجية بين موسكو وكييف منذ الجولة الأولى قبل عام، إذ انتقلت من ملف تبادل الأسرى إلى نقاشات أوسع تشمل الممرات البحرية.';
  const next = 'وقال دبلوماسيون إن الوسطاء يعملون على صيغة تسمح بعقد لقاء على مستوى وزراء الخارجية قبل نهاية الصيف.';
  it('a kicker and a question joined by «..» over the date is the headline, not the lead', () => {
    const h = 'الوساطة الخليجية بين موسكو وكييف.. ما الذي تغير منذ الجولة الأولى؟';
    const p = fromText(page('نبض الخليج', 'سياسة', h, '13 يونيو 2026', lead, next));
    expect(p.article.title).toBe(h);
    expect(p.article.paragraphs).toEqual([lead, next]);
  });
  it('a question sharing one word with the lead, over a byline: the headline on its shape, never paragraph 1 (spent pages aside14 u670, dev u703)', () => {
    const h = 'هل تصمد الهدنة في البحر الأسود حتى الخريف؟';
    const p = fromText(page('نبض الخليج', 'تحليلات', h, 'كتب: سامي يوسف', lead, next));
    expect(p.article.title).toBe(h);
    expect(p.article.paragraphs[0]).toBe(lead);
    expect(extract('u670').article.paragraphs.join(' ')).not.toContain('هل تغير تسوية أوكرانيا');
  });
  it('a question opening the story, prose right under it, stays its first paragraph', () => {
    const q = 'هل تستطيع أوروبا أن تضمن أي هدنة بين روسيا وأوكرانيا من دون الولايات المتحدة؟';
    const p = fromText(page('نبض الخليج', HEADLINE, '13 يونيو 2026', q, lead, next));
    expect(p.article.title).toBe(HEADLINE);
    expect(p.article.paragraphs[0]).toBe(q);
  });
});

describe('an agency\'s own site crediting itself is outlet and agency (46 labelled pages; u673 and u805 corrected)', () => {
  it('aside14 u673 and aside16 u805', () => {
    const yaqein = extract('u673').article;
    expect(idOf(yaqein.agency)).toBe(idOf(yaqein.source));
    const kiffa = extract('u805').article;
    expect(idOf(kiffa.agency)).toBe(idOf('وكالة كيفة للأنباء'));
  });
});

describe('dev pages u900–u919 (the 13 not put aside)', () => {
  it('the updated date printed first, a Hijri date alone near the headline, events dated in the story', () => {
    expect(extract('u900').article.date).toBe('2026-06-12');
    expect(extract('u916').article.date).toBe('2026-06-21');
    expect(extract('u906').article.date).toBe('2026-06-11');
    expect(extract('u907').article.date).toBeUndefined();
  });
  it('a wire quoted in the story is not its agency; a wire in the byline, a tag at the end and a dateline are', () => {
    for (const id of ['u900', 'u913', 'u918']) expect(extract(id).article.agency, id).toBeUndefined();
    expect(idOf(extract('u904').article.agency)).toBe('anadolu');
    expect(idOf(extract('u901').article.agency)).toBe('reuters');
    expect(idOf(extract('u916').article.agency)).toBe('irna');
  });
  it('headlines under kickers, tickers, teasers and captions; a headline-less flash gets a made title', () => {
    expect(extract('u903').article.title).toBe('الخارجية الفلسطينية تدعو موسكو وكييف إلى إبقاء ملف اللاجئين بعيدا عن التجاذبات');
    expect(extract('u910').article.title).toBe('الوفد الأوكراني يصل إلى جنيف استعدادا لجولة المحادثات مع روسيا');
    expect(extract('u913').article.title).toBe('العراق يعرض تسهيل تصدير الحبوب الأوكرانية عبر موانئه');
    expect(extract('u915').article.title.startsWith('أعلنت الرئاسة الأوكرانية')).toBe(true);
    expect(idOf(extract('u915').article.agency)).toBe('afp');
  });
});
