// Thirty-third session (13p): a fresh probe of real outlets' text. Its wrong outlets were top lines the
// weak guesses took for the site — a picture's file name read as a domain («13024338BASRA.jpg»), a
// caption naming the story's one person («فولوديمير زيلينسكي») —; its empty ones included a site's own
// credit glued before the lead («متابعات – NAME – …») and an Iraqi lead's «وتابعته "NAME"».
// Pages in our own words (dev u2580–u2591) and inline lines; the real text stays outside the repository
// (docs/ingest.md «Thirtieth round: a fresh probe of real pages (helper 13p)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { isMediaFileName } from './text';
import { leadPrintsIt } from './weak-guess';

const { lex, extract, fromText } = roundFixtures(['dev']);
const LEAD = 'قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو لا ترى أساسا لاستئناف الحوار مع واشنطن.';
const MORE = 'وأضاف أن بلاده مستعدة للاستماع إلى أي مقترحات جدية.';
const line = (index: number, text: string) => ({ index, text });

describe('a picture\'s file name is no domain and no brand', () => {
  it('file names by their extension; domains and brands are none', () => {
    for (const t of ['13024338BASRA.jpg', 'IMG-20260402-WA0017.jpg', 'khartoum-bridge-reopening-2026.JPEG', 'clip.mp4', 'report.pdf']) expect(isMediaFileName(t), t).toBe(true);
    for (const t of ['swissinfo.ch', 'alqaraa.com', 'Le360', 'photo.jpg here', 'news.jpg.com']) expect(isMediaFileName(t), t).toBe(false);
  });
  it('the pages: no outlet from the file name, with or without a headline under it', () => {
    for (const id of ['u2580', 'u2581']) expect(extract(id).article.source, id).toBeUndefined();
    expect(extract('u2581').article.title).toBe('محافظ ميسان يوجه بإكمال مشروع الماء الجديد قبل الصيف');
    // a real domain on the first line is still read
    expect(fromText(`wadi-nile.info\n${LEAD}\n${MORE}\n`).article.source).toBe('wadi-nile.info');
  });
});

describe('a caption naming the story\'s person, printed whole by the lead, is no masthead', () => {
  const reads = (text: string, lead = LEAD) => {
    const lines = [line(0, text), line(1, lead), line(2, MORE)];
    return leadPrintsIt(lines[0], lines, 1, lex.sitePrefixes);
  };
  it('two to four words without the article that the opening prints as plain prose', () => {
    expect(reads('سيرغي ريابكوف')).toBe(true);
    // printed in the story's second line too; in its third, not read
    const second = [line(0, 'أنطونيو غوتيريش'), line(1, MORE), line(2, 'دعا الأمين العام أنطونيو غوتيريش إلى هدنة.')];
    expect(leadPrintsIt(second[0], second, 1, lex.sitePrefixes)).toBe(true);
    const third = [line(0, 'أنطونيو غوتيريش'), line(1, MORE), line(2, MORE), line(3, 'دعا الأمين العام أنطونيو غوتيريش إلى هدنة.')];
    expect(leadPrintsIt(third[0], third, 1, lex.sitePrefixes)).toBe(false);
  });
  it('a name the lead frames as a site («لـ"…"», quotes, «موقع …»), a name with the article, one word or one the lead does not print stays a name', () => {
    expect(reads('نبض حلب', 'قال مسؤول لـ"نبض حلب" إن أعمال الترميم ستستأنف.')).toBe(false);
    expect(reads('نبض حلب', 'قال مسؤول لموقع نبض حلب إن أعمال الترميم ستستأنف.')).toBe(false);
    expect(reads('نبض حلب', 'قال مسؤول في تصريح «نبض حلب» إن أعمال الترميم ستستأنف.')).toBe(false);
    expect(reads('نخيل الفاو', 'في لقاء خاص مع نخيل الفاو، كشف مدير الميناء موعد التشغيل.')).toBe(false);
    expect(reads('ريابكوف')).toBe(false);
    expect(reads('وادي النيل')).toBe(false);
    expect(reads('سيرغي لافروف')).toBe(false);
  });
  it('the pages: no outlet from the caption; mastheads the lead names stay the site', () => {
    for (const id of ['u2582', 'u2583']) expect(extract(id).article.source, id).toBeUndefined();
    expect(extract('u2583').article.date).toBe('2026-04-14');
    expect(extract('u2584').article.source).toBe('نبض حلب');
    expect(extract('u2585').article.source).toBe('نخيل الفاو');
  });
});

describe('a credit word, a name and a separator glued before the lead: the site\'s own credit', () => {
  it('«متابعات – NAME –», «خاص - NAME -» before prose name the outlet and are cut from the lead', () => {
    const d = parseDateline('متابعات – منارة سنار – أعلنت وزارة الصحة بولاية سنار وصول شحنة جديدة', lex);
    expect(d?.outlet?.name).toBe('منارة سنار');
    expect(d?.place).toBe('');
    expect(parseDateline('خاص - بوابة القضارف - دشن والي الولاية موسم الحصاد', lex)?.outlet?.name).toBe('بوابة القضارف');
  });
  it('a reporter after the credit word is cut naming no one; the credit alone on its line, or with no prose after it, is no dateline', () => {
    const byline = parseDateline('متابعات – محمد عثمان – قال وزير المالية إن الرواتب ستصرف', lex);
    expect(byline?.outlet).toBeUndefined();
    expect(byline?.end).toBe('متابعات – محمد عثمان – '.length);
    expect(parseDateline('متابعة – ريم سالم', lex)).toBeUndefined();
    expect(parseDateline('متابعات – منارة سنار', lex)).toBeUndefined();
  });
  it('the pages', () => {
    const u2586 = extract('u2586').article;
    expect(u2586.source).toBe('منارة سنار');
    expect(u2586.paragraphs[0].startsWith('أعلنت وزارة الصحة')).toBe(true);
    expect(extract('u2587').article.source).toBe('بوابة القضارف');
    const u2588 = extract('u2588').article;
    expect(u2588.source).toBeUndefined();
    expect(u2588.paragraphs[0].startsWith('قال وزير المالية')).toBe(true);
  });
});

describe('«وتابعته "NAME"»: the site that followed what was said', () => {
  it('the pages: in the lead or the paragraph under it, with or without a site\'s word; never a wire', () => {
    expect(extract('u2589').article.source).toBe('الرافدين برس');
    expect(extract('u2590').article.source).toBe('شط العرب نيوز');
    expect(extract('u2591').article.source).toBeUndefined();
  });
  it('a third paragraph, or two different names, give none', () => {
    const head = 'أعلنت المديرية خطة جديدة لتأهيل الطرق في الأقضية.';
    expect(fromText(`${head}\nوقال المدير إن العمل سيبدأ قريبا.\nوأضاف للوكالة الرسمية وتابعته "ميسان برس"، إن التمويل جاهز.\n`).article.source).toBeUndefined();
    expect(fromText(`أعلن المدير في بيان وتابعته "ميسان برس"، أن العمل سيبدأ.\nوقال للوكالة الرسمية وتابعته "نخيل الفاو"، إن التمويل جاهز.\n`).article.source).toBeUndefined();
  });
});
