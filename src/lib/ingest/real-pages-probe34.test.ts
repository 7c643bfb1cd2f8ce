// Thirty-fourth session (13p): a fresh probe of real outlets' text. Its largest classes: a picture's
// caption over a lead without headline taken for the headline (a name the lead prints word for word, a
// stock «صورة تعبيرية …» label), a copy whose sentences lack their full stop losing its shorter lines,
// and the site's credit line naming its reporter («NAME الإلكترونية - REPORTER»). Pages in our own words
// (dev u2690–u2699) and inline lines; the real text stays outside the repository (docs/ingest.md
// «Thirty-first round: a fresh probe of real pages (helper 13p)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { opensAsCaption, printedWholeInLead } from './caption-lines';

const { lex, extract, fromText } = roundFixtures(['dev']);
const LEAD = 'وصف الرئيس الروسي فلاديمير بوتين المحادثات مع المبعوث الأمريكي بأنها مفيدة وصريحة.';
const MORE = 'وأضاف أن الاتصالات بين الجانبين ستستمر خلال الأسابيع المقبلة.';

describe('a picture\'s caption over the lead is no headline', () => {
  it('a name of three to five words the lead prints word for word', () => {
    expect(printedWholeInLead('الرئيس الروسي فلاديمير بوتين', LEAD, lex.functionWords)).toBe(true);
    expect(printedWholeInLead('الرئيس الروسي، فلاديمير بوتين', LEAD, lex.functionWords)).toBe(true);
  });
  it('not: the lead retells it, a statement with a function word, two words, a colon, or no lead', () => {
    expect(printedWholeInLead('بوتين الرئيس الروسي', LEAD, lex.functionWords)).toBe(false);
    expect(printedWholeInLead('المحادثات مع المبعوث الأمريكي', LEAD, lex.functionWords)).toBe(false);
    expect(printedWholeInLead('فلاديمير بوتين', LEAD, lex.functionWords)).toBe(false);
    expect(printedWholeInLead('الرئيس الروسي: فلاديمير بوتين', LEAD, lex.functionWords)).toBe(false);
    expect(printedWholeInLead('الرئيس الروسي فلاديمير بوتين', undefined, lex.functionWords)).toBe(false);
  });
  it('a stock picture\'s label opens a caption; «صورة» alone opens a headline about a picture', () => {
    expect(opensAsCaption('صورة تعبيرية ترمز للميناء', lex.captionOpeners)).toBe(true);
    expect(opensAsCaption('صورة أرشيفية لمحطة زابوريجيا', lex.captionOpeners)).toBe(true);
    expect(opensAsCaption('(صورة أرشيفية)', lex.captionOpeners)).toBe(true);
    expect(opensAsCaption('صورة لبوتين في الكرملين تثير الجدل', lex.captionOpeners)).toBe(false);
    expect(opensAsCaption('تعبيرية صورة', lex.captionOpeners)).toBe(false);
  });
  it('inline: the title is made from the lead under either caption', () => {
    expect(fromText(`الرئيس الروسي فلاديمير بوتين\n\n${LEAD}\n${MORE}\n`).article.title.startsWith('وصف الرئيس')).toBe(true);
    expect(fromText(`صورة تعبيرية لمبنى الكرملين في موسكو\n${LEAD}\n${MORE}\n`).article.title.startsWith('وصف الرئيس')).toBe(true);
  });
  it('the pages: no headline from a caption; the headline under a stock caption; guards keep their headlines', () => {
    for (const id of ['u2690', 'u2691']) {
      const a = extract(id).article;
      expect(a.title.startsWith(a.paragraphs[0].slice(0, 20)), id).toBe(true);
    }
    expect(extract('u2692').article.title).toBe('مفتشو الوكالة الذرية يعودون إلى محطة زابوريجيا الأسبوع المقبل');
    expect(extract('u2693').article.title).toBe('صورة لزيلينسكي وميرتس في برلين تثير تعليقات واسعة');
    expect(extract('u2694').article.title).toBe('لافروف يصل إلى أنقرة لبحث الوساطة التركية');
  });
});

describe('a copy whose sentences lack their full stop keeps every line of its story', () => {
  const long = 'في جولة ميدانية صباح اليوم تفقد المحافظ أعمال صيانة شبكة المياه في الأحياء الشرقية التي تضررت خلال موجة الأمطار الأخيرة واستمع إلى شرح من المهندسين عن مراحل العمل';
  const closing = 'وكانت الأمطار الغزيرة قد تسببت الشهر الماضي في انهيار أجزاء من الشبكة القديمة التي يعود بعضها إلى أكثر من أربعين عاما ما ترك آلاف الأسر دون مياه لعدة أيام';
  const short1 = 'وقال المحافظ إن الأولوية الآن لإعادة المياه إلى المنازل قبل الشتاء';
  const short2 = 'وأشار إلى أن فرق البلدية ستعمل على مدار الساعة حتى نهاية الأسبوع';
  it('two shorter lines in a row between longer ones', () => {
    const got = fromText([long, short1, short2, closing].join('\n') + '\n').article.paragraphs;
    expect(got).toEqual([long, short1, short2, closing]);
  });
  it('the last one over a «read also» marker', () => {
    const got = fromText([long, short1, '', 'اقرأ أيضا', 'افتتاح سوق الخضار الجديد في الحي الغربي بعد أشهر من التأجيل'].join('\n') + '\n').article.paragraphs;
    expect(got).toEqual([long, short1]);
  });
  it('not: lines that do not continue the story, nor a run of five', () => {
    const links = ['افتتاح سوق الخضار الجديد في الحي الغربي بعد أشهر من التأجيل', 'جامعة المدينة تعلن مواعيد التسجيل للفصل الدراسي المقبل في كلياتها'];
    expect(fromText([long, ...links, closing].join('\n') + '\n').article.paragraphs).not.toContain(links[0]);
    const run = [short1, short2, short1.replace('المحافظ', 'المدير'), short2.replace('البلدية', 'الدفاع المدني'), short1.replace('المحافظ', 'الوزير')];
    expect(fromText([long, ...run, closing].join('\n') + '\n').article.paragraphs).not.toContain(run[4]);
  });
  it('the pages', () => {
    expect(extract('u2695').article.paragraphs).toHaveLength(4);
    expect(extract('u2696').article.paragraphs).toHaveLength(2);
  });
});

describe('the site\'s credit line naming its reporter', () => {
  it('«NAME الإلكترونية - REPORTER» before the lead: the site, the reporter cut with it', () => {
    const d = parseDateline('العلم المغربية الإلكترونية - فكري ولد علي احتضن مقر العمالة لقاء تشاوريا موسعا', lex);
    expect(d?.outlet?.name).toBe('العلم المغربية الإلكترونية');
    expect(d?.place).toBe('');
    expect(d && 'العلم المغربية الإلكترونية - فكري ولد علي احتضن مقر العمالة'.slice(d.end)).toBe('احتضن مقر العمالة');
    expect(parseDateline('مدار الجنوب نيوز - حسين الموسوي', lex)?.outlet?.name).toBe('مدار الجنوب نيوز');
  });
  it('a place before the reporter stays a place; «ولد» chains the reporter\'s name', () => {
    const d = parseDateline('الرباط - محمد ولد الشيخ أعلن المكتب الوطني عن خطة جديدة', lex);
    expect(d?.place).toBe('الرباط');
    expect(d?.outlet).toBeUndefined();
    expect(d && 'الرباط - محمد ولد الشيخ أعلن المكتب'.slice(d.end)).toBe('أعلن المكتب');
  });
  it('the pages: the site read, a place\'s reporter never the outlet', () => {
    expect(extract('u2697').article.source).toBe('واحة الأطلس الإلكترونية');
    expect(extract('u2697').article.paragraphs[0].startsWith('أشرف عامل الإقليم')).toBe(true);
    expect(extract('u2698').article.source).toBe('مدار الجنوب نيوز');
    expect(extract('u2699').article.source).toBeUndefined();
  });
});
