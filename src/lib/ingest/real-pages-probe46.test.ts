// Forty-sixth session (13r): a fresh probe of real outlets' pages (45 excerpts, 45 new sites) read together with
// the spent real-page asides of probes 39–41. Causes found on pages of two sites or more: the site's own name
// closed by a separator where no place vouches for it — alone on the line over the lead («NAME :», «NAME 2030 /»)
// or glued to it («NAME:- …», «NAME -قال …») — and a country or «أخبار COUNTRY» before the headline read as
// the title bar's site name. Pages in our own words (dev u4240–u4257; the aside third u4241, u4244, u4247,
// u4250, u4253, u4256 is not read here); the real text stays outside the repository (docs/ingest.md
// «Forty-third round: real outlets' pages (helper 13r)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { separatorStub } from './own-credit-stub';
import { regionTag } from './region-tag';

const { lex, fromText, extract } = roundFixtures(['dev']);
const HEAD = 'البلدية تبدأ صيانة شبكة تصريف مياه الأمطار قبل الشتاء';
const LEAD = 'بدأت البلدية أعمال صيانة شبكة تصريف مياه الأمطار في الأحياء الشرقية تحسبا لموسم الشتاء المقبل وتستمر شهرين.';
const MORE = 'وقال مدير الأشغال إن الأعمال تشمل تنظيف مئتي فتحة تصريف وتبديل الأغطية التالفة.';

describe('the site\'s credit alone on the line over the lead (own-credit-stub.ts)', () => {
  const stub = (line: string, lead = LEAD) => separatorStub(line, lead, lex, lex.names);
  it('two or three words, or a word and a number, closed by «:», «:-» or «/»: the outlet, by grammar only', () => {
    expect(stub('نبض الساحل :')?.outlet?.name).toBe('نبض الساحل');
    expect(stub('صوت الوادي :-')?.outlet?.name).toBe('صوت الوادي');
    expect(stub('مدار 360 /')?.outlet?.name).toBe('مدار 360');
    expect(stub('شرفة عدن /')?.evidence).toBe('grammar');
  });
  it('one word alone, a place, a reporter, a section, a credit word or the lead\'s own subject: no credit', () => {
    expect(stub('بحري :')).toBeUndefined();
    expect(stub('الخرطوم :')).toBeUndefined();
    expect(stub('سامي الفيتوري :')).toBeUndefined();
    expect(stub('أخبار محلية :')).toBeUndefined();
    expect(stub('متابعات خاصة :')).toBeUndefined();
    expect(stub('البلدية الشرقية :', 'أعلنت البلدية الشرقية بدء أعمال صيانة شبكة تصريف مياه الأمطار في الأحياء تحسبا للشتاء.')).toBeUndefined();
  });
  it('a metadata label closed by its colon introduces a value, not a site (session 46, at the merge)', () => {
    expect(stub('آخر تحديث :')).toBeUndefined();
    expect(stub('تاريخ النشر :')).toBeUndefined();
    expect(stub('مصدر الخبر :')).toBeUndefined();
  });
  it('a line that goes on, or a short line under it, is no stub', () => {
    expect(stub('نبض الساحل : تقرير')).toBeUndefined();
    expect(stub('نبض الساحل :', 'صور من الحدث.')).toBeUndefined();
  });
  it('on a page: the outlet, the stub out of the story', () => {
    const x = fromText([HEAD, '', 'نبض الساحل :', '', LEAD, '', MORE, ''].join('\n'));
    expect(x.article.source).toBe('نبض الساحل');
    expect(x.article.paragraphs).toEqual([LEAD, MORE]);
  });
  it('a reporter\'s name there credits no one', () => {
    expect(fromText([HEAD, '', 'سامي الفيتوري :', '', LEAD, '', MORE, ''].join('\n')).article.source).toBeUndefined();
  });
});

describe('the site\'s credit glued to the lead by «:-» or a dash glued after (dateline-shapes.ts)', () => {
  it('«NAME:- …», «NAME:-…», «NAME -قال …»: the outlet, cut from the lead', () => {
    for (const text of [`أفق الخليج:- ${LEAD}`, `أفق الخليج:-${LEAD}`, `أفق الخليج -${LEAD}`]) {
      const d = parseDateline(text, lex);
      expect(d?.outlet?.name).toBe('أفق الخليج');
      expect(text.slice(d!.end)).toBe(LEAD);
    }
  });
  it('«متابعات:- …»: cut, naming no one', () => {
    const d = parseDateline(`متابعات:- ${LEAD}`, lex);
    expect(d?.outlet).toBeUndefined();
    expect(`متابعات:- ${LEAD}`.slice(d!.end)).toBe(LEAD);
  });
  it('a hyphenated range or a dash spaced on both sides is read as before', () => {
    expect(parseDateline(`بين عامي 2020 -2024 ${LEAD}`, lex)?.outlet).toBeUndefined();
  });
});

describe('a country before the headline on its line (region-tag.ts)', () => {
  it('a country or a place, alone or after a section head word, is a tag', () => {
    expect(regionTag('السعودية', lex)).toBe(true);
    expect(regionTag('اخبار سوريا', lex)).toBe(true);
    expect(regionTag('أخبار لبنان', lex)).toBe(true);
    expect(regionTag('أخبار الخليج', lex)).toBe(false);
    expect(regionTag('نسيم الشرق', lex)).toBe(false);
  });
  it('on a page: «COUNTRY | HEADLINE» names no outlet', () => {
    const x = fromText([`الأردن | ${HEAD}`, '', LEAD, '', MORE, ''].join('\n'));
    expect(x.article.source).toBeUndefined();
  });
});

describe('the pages', () => {
  it('read as labelled', () => {
    expect(extract('u4240').article.source).toBe('نبض الساحل');
    expect(extract('u4242').article.source).toBe('صوت الوادي');
    expect(extract('u4243').article.source).toBe('شرفة عدن');
    expect(extract('u4245').article.source).toBe('ميدان برس');
    expect(extract('u4246').article.source).toBe('رصيف نيوز');
    expect(extract('u4248').article.source).toBeUndefined();
    expect(extract('u4249').article.source).toBe('الرافدين اليوم');
    expect(extract('u4252').article.source).toBeUndefined();
    expect(extract('u4254').article.source).toBeUndefined();
    expect(extract('u4255').article.source).toBeUndefined();
    expect(extract('u4255').article.paragraphs[0].startsWith('أعلنت وزارة الصحة')).toBe(true);
    expect(extract('u4257').article.source).toBeUndefined();
    expect(extract('u4257').article.paragraphs[0].startsWith('طرح البنك المركزي')).toBe(true);
  });
});
