// Twenty-seventh round: the outlet's confidence rated by the fitted model, and two shapes the rules
// took for a site (dev u2150–u2153, in our own words, after a real-page probe: docs/ingest.md
// «Twenty-seventh round»). The model rates the rules' pick and never changes it; the review list
// takes the lower of its probability and the rules' own confidence.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, loadOutletModel, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { extractWithEvidence } from './extract';
import { observeOutletCandidates, rateRulesOutlet, candidateProbabilities } from './outlet-model';
import type { OutletCandidate } from './outlet-features';
import { reviewCatch } from './review-order';

const DEV = fileURLToPath(new URL('../../../tests/fixtures/ingest-unseen/dev/', import.meta.url));
const devPage = (id: string) => readFileSync(DEV + readdirSync(DEV).find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'))!, 'utf8');
const sources = loadSources();
const model = loadOutletModel();
const plain = buildLexicon(loadBoilerplate(), sources);
const rated = buildLexicon(loadBoilerplate(), sources, model);
const outletOf = (raw: string, lex = plain) => extractWithEvidence(raw, 'page.txt', lex).evidence[0].fields.find((f) => f.field === 'outlet')!;

describe('shapes the rules took for a site', () => {
  it('the last words of the headline printed alone over it name no outlet (u2150)', () => {
    expect(outletOf(devPage('u2150')).value).toBeNull();
  });
  it('a two-word masthead over a headline that does not end with it is still read (u2151)', () => {
    expect(outletOf(devPage('u2151')).value).toBe('نبض السهل');
  });
  it('a logout link and its confirmation prompt over the headline name no outlet (u2152)', () => {
    expect(outletOf(devPage('u2152')).value).toBeNull();
  });
  // The twenty-seventh round's merge: aside27 (spent) took a language switcher's entry and a search button for the site.
  it('a language switcher\'s entries over the masthead are not the site: the masthead is (u2126)', () => {
    expect(outletOf(devPage('u2126')).value).toBe('واحة الأخبار');
  });
  it('a search button and a Kurdish switcher over the masthead are not the site: the masthead is (u2127)', () => {
    expect(outletOf(devPage('u2127')).value).toBe('صوت الجبل');
  });
  // The twenty-eighth round's merge: aside28 (spent) took a newsroom's phone line over the masthead for the site.
  it('a phone line and a mail line over the masthead are not the site: the masthead is (u2128, u2129)', () => {
    expect(outletOf(devPage('u2128')).value).toBe('نبض الوادي');
    expect(outletOf(devPage('u2129')).value).toBe('ساحل الخير');
  });
  // The twenty-ninth round's merge: aside29 (spent) took a follow prompt, a feed reader's tab and a
  // partner's label for the site. Pages in our own words, in those shapes.
  it('a follow prompt «تابعونا» alone under the story is not the site', () => {
    const raw = ['WADI NEWS', 'الرئيسية', 'محليات', 'دولي', 'مبعوث أوروبي يزور كييف لبحث تبادل الأسرى', '12.03.2027',
      'وصل مبعوث أوروبي إلى كييف اليوم لبحث ترتيبات جولة جديدة من تبادل الأسرى بين روسيا وأوكرانيا، بحسب ما أعلنت الخارجية الأوكرانية.',
      'وقال المبعوث إن الجولة قد تشمل مدنيين محتجزين منذ بداية الحرب.', 'اشترك في النشرة البريدية', 'تابعونا', 'Facebook', 'YouTube'].join('\n');
    expect(outletOf(raw).value).not.toBe('تابعونا');
  });
  it('a feed reader\'s «Starred» tab is not the site: the feed\'s title under its tabs is', () => {
    const raw = ['Nextcloud', 'News', 'All articles', 'Starred', 'Feeds', 'نافذة الريف (5)', 'أنقرة تقترح جولة محادثات جديدة في إسطنبول',
      'Mar 14, 2027, 9:05 AM', 'اقترحت تركيا استضافة جولة جديدة من المحادثات بين موسكو وكييف في إسطنبول خلال الشهر المقبل، وفق ما أعلن مسؤول تركي.',
      'وأضاف المسؤول أن الجانبين لم يردا بعد على المقترح.'].join('\n');
    expect(outletOf(raw).value).toBe('نافذة الريف');
  });
  it('a partner\'s label «شريك المحتوى: …» under the masthead is not the site: the masthead is', () => {
    const raw = ['الوادي بوست', 'شريك المحتوى: قناة السهل', 'الرئيسية', 'محلية', 'دولي', 'وزير عراقي: التسوية في أوكرانيا تخفض أسعار القمح', '2027/03/20',
      'قال وزير التجارة العراقي إن أي تسوية بين روسيا وأوكرانيا ستخفض أسعار القمح في الأسواق العالمية خلال أشهر.',
      'وأضاف أن الوزارة وقعت عقودا جديدة لتأمين المخزون.'].join('\n');
    expect(outletOf(raw).value).toBe('الوادي بوست');
  });
});

describe('the model rates the rules\' outlet', () => {
  // Pages where the rules name a site, name none, and abstain.
  const ids = ['u1903', 'u2010', 'u2013', 'u2019', 'u2021', 'u2150', 'u2151', 'u2152'];
  it('never changes the outlet chosen: every value is the one ingest gives without the model', () => {
    for (const id of ids) expect(outletOf(devPage(id), rated).value, id).toBe(outletOf(devPage(id)).value);
  });
  it('the confidence is the lower of the rules\' own and the model\'s probability of the rules\' pick, and says both', () => {
    for (const id of ids) {
      const raw = devPage(id);
      let first: OutletCandidate[] | undefined;
      observeOutletCandidates((c) => { first ??= c; });
      let rules;
      try { rules = outletOf(raw); } finally { observeOutletCandidates(undefined); }
      const rating = rateRulesOutlet(first!, model, rules.value !== null)!;
      const e = outletOf(raw, rated);
      expect(e.confidence, id).toBe(Math.min(rules.confidence, rating.confidence));
      expect(e.rule, id).toBe(`${rules.rule}; model p=${rating.confidence.toFixed(2)}`);
    }
  });
  it('rates «no outlet» when the rules name none: a probability among the page\'s candidates', () => {
    let first: OutletCandidate[] | undefined;
    observeOutletCandidates((c) => { first ??= c; });
    try { outletOf(devPage('u2010')); } finally { observeOutletCandidates(undefined); }
    const none = first!.findIndex((c) => !c.best);
    const p = candidateProbabilities(first!, model);
    expect(rateRulesOutlet(first!, model, false)?.confidence).toBe(Math.round(p[none] * 100) / 100);
    expect(rateRulesOutlet(first!, model, false)?.alternative?.value).toBe('نافذة الجنوب');
  });
});

describe('how far the review list\'s order finds the wrong fields', () => {
  it('counts the wrong fields among the first 5 % and 10 % of the list, least sure first, and those under the review line', () => {
    // 20 fields: two wrong, one the least sure, one in the middle.
    const fields = Array.from({ length: 20 }, (_, i) => ({ key: `p${String(i).padStart(2, '0')}`, confidence: 0.5 + i * 0.025, wrong: i === 0 || i === 9 }));
    expect(reviewCatch(fields)).toEqual({ at5: '1/2', at10: '1/2', listed: 8, listedWrong: 1 });
  });
});
