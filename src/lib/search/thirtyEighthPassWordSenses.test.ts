// Session 46 (issue 15, thirty-eighth pass, 15r): a news word whose other sense its neighbours give away. Three probes of
// real outlets' text found a league report first for «الجولة», «القمة» or «الضغط» of talks; a listed form
// (content/search-word-senses.yaml) with a word of its other sense's company within four content words is keyed at the
// low weight only, so the report is still found, after the pages writing the word in the news' sense. Sentences written
// for the test; the real record builder (keyedRecordBody) and the curated data as loaded.
import { describe, expect, it } from 'vitest';
import { indexCtx, key, weights } from './curatedMatch.testkit';
import { parseSearchWordSenses } from '../data/wordSenses';
import { otherSenseTokens } from './wordSenses';
import { keyTokens } from './keyTokens';

describe('a word beside its other sense’s company', () => {
  it('reads the data', () => {
    // Forms are read less the article: جولة/الجولة are one entry.
    expect(indexCtx.patterns?.wordSenses?.size).toBeGreaterThanOrEqual(4);
    expect(() => parseSearchWordSenses('senses: [{forms: [جولة], sense: x, beside: [الدوري الممتاز]}]')).toThrow();
    expect(() => parseSearchWordSenses('senses: [{forms: [جولة], sense: x, beside: [الدوري]}, {forms: [جولة], sense: y, beside: [مباراة]}]')).toThrow();
    expect(parseSearchWordSenses('senses: [{forms: [جولة], sense: x, beside: [الدوري]}]')).toEqual([{ forms: ['جولة'], beside: ['الدوري'] }]);
  });

  it('keys a league’s round at the low weight, a round of talks at full weight', () => {
    const round = key('الجولة');
    const league = weights('يلتقي الفريقان في الجولة الحادية عشرة من الدوري المحلي يوم السبت');
    expect(league.full.has(round)).toBe(false);
    expect(league.low.has(round)).toBe(true);
    // The other words keep their weight.
    expect(league.full.has(key('الفريقان'))).toBe(true);
    const talks = weights('انطلقت جولة جديدة من المحادثات بين الوفدين في العاصمة');
    expect(talks.full.has(key('جولة'))).toBe(true);
    // A number between the word and its company is skipped, and the company may come first.
    expect(weights('أسفرت قرعة البطولة عن مواجهة قوية في الجولة 14').full.has(round)).toBe(false);
    // Beyond four content words the company says nothing of this word.
    expect(weights('عقدت الجولة الثالثة من المفاوضات في مدينة ساحلية هادئة بعد مباراة ودية').full.has(round)).toBe(true);
  });

  it('keys a match’s «القمة» low, a summit’s and a league word elsewhere on the page full', () => {
    const summit = key('القمة');
    expect(weights('انتهت قمة الجولة بين المتصدر ووصيفه بالتعادل').full.has(summit)).toBe(false);
    expect(weights('يستعد الناديان لمباراة القمة مساء الخميس').full.has(summit)).toBe(false);
    expect(weights('اختتمت القمة بين الرئيسين في ألاسكا دون اتفاق').full.has(summit)).toBe(true);
    // One sentence of sport on a talks page does not move the summit's word in another sentence far from it.
    const mixed = weights('عقدت القمة في العاصمة وسط إجراءات أمنية مشددة وإغلاق الطرق المؤدية إلى القصر الرئاسي. وفي الرياضة انتهت مباراة الديربي بالتعادل');
    expect(mixed.full.has(summit)).toBe(true);
  });

  it('keys pressing on the pitch and blood pressure low, pressure on a government full', () => {
    const pressure = key('الضغط');
    expect(weights('واصل أصحاب الأرض الضغط على المرمى في الشوط الثاني').full.has(pressure)).toBe(false);
    expect(weights('يعاني المريض من ارتفاع ضغط الدم').full.has(key('ضغط'))).toBe(false);
    expect(weights('دعا الوزير إلى تكثيف الضغط على موسكو لوقف القتال').full.has(pressure)).toBe(true);
  });

  it('keys an estate agent’s «الوساطة» low, a mediation between parties full (session 47)', () => {
    const brokerage = key('الوساطة');
    // ix-ramadi-brokers' wording: an agent's fee, not a mediator's effort.
    expect(weights('ارتفعت عمولات الوساطة العقارية في الدوحة مع موسم الإيجارات').full.has(brokerage)).toBe(false);
    expect(weights('حددت الهيئة سقفا لعمولة الوساطة في تأجير الشقق').full.has(brokerage)).toBe(false);
    expect(weights('ارتفعت عمولات الوساطة العقارية في الدوحة').low.has(brokerage)).toBe(true);
    // Mediation keeps its weight, its concept's token too.
    const talks = weights('أشادت موسكو وكييف بالوساطة القطرية في ملف الأطفال');
    expect(talks.full.has(brokerage)).toBe(true);
    expect(talks.full.has('uumediationuu')).toBe(true);
    expect(weights('نجحت وساطة تركية في إتمام عملية تبادل جديدة').full.has(key('وساطة'))).toBe(true);
  });

  it('marks the token itself, through its clitics and the company’s', () => {
    const toks = keyTokens('وبالجولة الأخيرة من الدوري', indexCtx);
    expect([...otherSenseTokens(toks, indexCtx)]).toEqual([0]);
    expect(otherSenseTokens(keyTokens('جولة مفاوضات في جنيف', indexCtx), indexCtx).size).toBe(0);
  });
});
