// Issue 13, sixteenth round: the page's own site read from where every template and every copying
// tool prints it (own-site.ts) — the title bar «HEADLINE | NAME», the page's own link (its domain,
// the name next to it or the page's spelling of it), a tool's Latin header whose first line is the
// tool's own name — and an institution's longer name in a © line. Dev pages u815–u829 (written
// after aside16, before any change) and pages of other shapes written for this test. aside16 is
// never asserted here (it is the held-out measure).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { roundFixtures } from './round-fixtures';

const { fromText, extract, idOf, page, outletEvidence: outlet } = roundFixtures(['dev', 'aside15']);
const HEADLINE = 'موسكو وكييف تتفقان على جولة جديدة لتبادل الأسرى بوساطة خليجية';
const STORY = [
  'اتفقت روسيا وأوكرانيا على جولة جديدة لتبادل الأسرى بوساطة خليجية، تشمل مئات المحتجزين من الجانبين وفق ما أعلنه الوسطاء.',
  'وقال مسؤول مطلع إن الجولة قد تجري خلال أيام، وإن القوائم النهائية سلمت إلى الطرفين للمراجعة.',
];

describe('the title bar «HEADLINE | NAME» names the site; the headline is the line without it', () => {
  it('dev u826 (a pipe) and u829 (a dash, under a brand the title bar shortens)', () => {
    const nawa = extract('u826').article;
    expect(nawa.title).toBe('بغداد تدعو إلى إشراك دول المنطقة في ضمانات أي اتفاق أوكراني');
    expect(nawa.source).toBe('راديو نوا');
    const noor = extract('u829').article;
    expect(noor.title).toBe('الإمارات تعلن نجاح وساطة جديدة لتبادل الأسرى بين روسيا وأوكرانيا');
    expect(noor.source).toBe('نور دبي');
    expect(idOf(noor.agency)).toBe('wam');
  });
  it('the name first, then the headline; a known name resolves to its source', () => {
    const first = fromText(page(`صوت الجبل :: ${HEADLINE}`, 'الرئيسية', 'أخبار', HEADLINE, ...STORY, 'شارك'));
    expect(first.article.title).toBe(HEADLINE);
    expect(first.article.source).toBe('صوت الجبل');
    const known = fromText(page(`${HEADLINE} | الجزيرة نت`, 'الرئيسية', HEADLINE, ...STORY));
    expect(idOf(known.article.source)).toBe('al-jazeera');
  });
  it('not a kicker glued to the headline, nor a longer headline whose tail is a clause', () => {
    const kicker = fromText(page('صوت الجبل', 'تحليل:', `تحليل: ${HEADLINE}`, ...STORY));
    expect(kicker.article.title).toBe(`تحليل: ${HEADLINE}`);
    // Seven words after the dash are a clause of the headline, not a site's name.
    const clause = `${HEADLINE} - والكرملين يؤكد أن الموعد لم يحدد بعد رسميا`;
    const long = fromText(page('صوت الجبل', clause, ...STORY, 'صوت الجبل'));
    expect(long.article.title).toBe(clause);
    expect(long.article.source).toBe('صوت الجبل');
  });
});

describe('the page\'s own link, whatever the tool that kept it', () => {
  it('dev u817: a share «Shared via Samsung Internet» and the link, no name on the page: the domain, at low confidence', () => {
    expect(extract('u817').article.source).toBe('tinghirnews.com');
    const raw = readFileSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/ingest-unseen/dev/u817-samsung-internet-shared-via-tinghir-news.txt'), 'utf8');
    expect(outlet(raw)?.confidence).toBeLessThan(0.5);
  });
  it('dev u825: the name next to the link spells its domain without the article («najah» = «النجاح»); the tool\'s Latin name is not the site', () => {
    const a = extract('u825').article;
    expect(a.source).toBe('جامعة النجاح الوطنية');
  });
  it('a labelled link of another tool («Clipped from:») on a known domain resolves to its source', () => {
    const p = fromText(page('Friday, June 12, 2026', 'Clipped from: https://www.aljazeera.net/news/2026/6/12/talks', HEADLINE, ...STORY));
    expect(idOf(p.article.source)).toBe('al-jazeera');
  });
  it('a Latin tool name the link does not spell loses to the link («Pinboard» over «sawtaljabal.example»)', () => {
    const p = fromText(page('Pinboard', HEADLINE, ...STORY, 'saved by Pinboard', 'sawtaljabal.example/news/2026/06/12', 'صوت الجبل'));
    expect(p.article.source).toBe('صوت الجبل');
  });
  it('an unspelled domain is no rival to a masthead: it speaks only when nothing else names a site', () => {
    const p = fromText(page('صوت الجبل', 'الرئيسية', HEADLINE, ...STORY, 'https://sjbl-news.example/a/1'));
    expect(p.article.source).toBe('صوت الجبل');
    // A three-word masthead (0.45) and the domain (0.44) would be close rivals, and both dropped.
    const three = fromText(page('صوت الجبل الحر', 'الرئيسية', 'أخبار', HEADLINE, ...STORY, 'https://sjbl-news.example/a/1'));
    expect(three.article.source).toBe('صوت الجبل الحر');
  });
  it('not a link inside the story, nor two links to two sites (a list names no one page)', () => {
    const inside = fromText(page('الرئيسية', HEADLINE, STORY[0], 'https://sawtaljabal.example/a/1', STORY[1]));
    expect(inside.article.source ?? '').not.toContain('sawtaljabal');
    const two = fromText(page(HEADLINE, ...STORY, 'https://first-site.example/a', 'https://second-site.example/b'));
    expect(two.article.source).toBeUndefined();
  });
});

describe('a tool\'s Latin header names itself first (no data entry per tool)', () => {
  it('aside15 u736 and u743 without their `copyWrappers` entries: Raindrop.io\'s name is no site, Keep\'s link is', () => {
    expect(extract('u736').article.source).toBe('السفير العربي');
    expect(extract('u743').article.source).toBe('alaan.tv');
  });
  it('an unlisted app whose name is a domain («Linkstack.app» over the saved page\'s domain and name)', () => {
    const p = fromText(page('Linkstack.app', 'Inbox', 'sawtaljabal.example', 'صوت الجبل', HEADLINE, ...STORY, 'Archive'));
    expect(p.article.source).toBe('صوت الجبل');
  });
});

describe('an institution\'s longer name in a © line (`institutionWords`)', () => {
  it('dev u821: «© 2026 مركز الروابط للبحوث والدراسات الاستراتيجية», six words', () => {
    expect(extract('u821').article.source).toBe('مركز الروابط للبحوث والدراسات الاستراتيجية');
  });
  it('a long © name that opens with no institution\'s word is still not read as a name', () => {
    const p = fromText(page('الرئيسية', HEADLINE, ...STORY, '© 2026 جميع الحقوق محفوظة ويمنع النسخ أو إعادة النشر دون إذن'));
    expect(p.article.source).toBeUndefined();
  });
});

describe('a partner named by «بالتعاون مع» is only named (`providerLabels`: «مقدم من» hands the story over)', () => {
  it('«بالشراكة مع سكاي نيوز عربية» under a masthead: the page\'s own site stays the outlet', () => {
    const p = fromText(page('صوت الجبل', 'الرئيسية', 'أخبار', HEADLINE, 'بالشراكة مع سكاي نيوز عربية', ...STORY, '© 2026 صوت الجبل'));
    expect(p.article.source).toBe('صوت الجبل');
  });
  it('«مقدم من» over a known outlet on a portal still credits it (aside6 u241\'s shape)', () => {
    const p = fromText(page('Portal', 'مقدم من', 'سكاي نيوز عربية', HEADLINE, ...STORY));
    expect(idOf(p.article.source)).toBe('sky-news-arabia');
  });
});

describe('more places the site names itself (dev u830–u834, written after the first changes)', () => {
  it('dev u830: the short link «الرابط المختصر: https://…» under the story is the page\'s own link', () => {
    expect(extract('u830').article.source).toBe('sadaalwadi.com');
  });
  it('dev u831: the logo\'s alt text «شعار نبض الخليج» is the masthead, less the logo word (`logoWords`)', () => {
    const a = extract('u831').article;
    expect(a.source).toBe('نبض الخليج');
    expect(idOf(a.agency)).toBe('qna');
    const latin = fromText(page('Sawt Aljabal logo', 'الرئيسية', HEADLINE, ...STORY));
    expect(latin.article.source ?? '').not.toMatch(/logo/i);
  });
  it('dev u832: a breadcrumb opening with the site\'s name «المرسال > أخبار عالمية > روسيا»; «الرئيسية > …» names no one', () => {
    expect(extract('u832').article.source).toBe('المرسال');
    const home = fromText(page('الرئيسية > أخبار عالمية > روسيا', HEADLINE, ...STORY));
    expect(home.article.source).toBeUndefined();
  });
  it('dev u833: a follow prompt next to the footer\'s domain gives the name it spells, not the prompt', () => {
    expect(extract('u833').article.source).toBe('الوسيط المغاربي');
  });
});
