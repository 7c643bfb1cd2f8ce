// Thirty-first round (session 34, helper 13o): the outlet by agreement of independent places. A weak name two
// places print — a Latin © line and the lead's «لـ"NAME"», an unread Latin masthead and the lead — gains and
// passes the abstain line; a wire's place, a strong or a demoted signal, and a masthead nothing agrees with do
// not. Pages here are written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { agreeOnOutlet } from './outlet-agreement';
import type { Signal } from './credits';
import { classifyLines } from './classify';

const { fromText, page, lex, outletEvidence } = roundFixtures(['dev']);

const HEADLINE = 'البلدية تفتتح سوقا أسبوعيا للمزارعين في الساحة القديمة';
const MORE = 'وأضاف أن السوق سيفتح كل يوم جمعة من السابعة صباحا حتى الظهر، وأن الرسوم رمزية.';
const lead = (told: string) => `القاهرة – قال رئيس البلدية لـ"${told}" إن السوق الأسبوعي الجديد يستقبل أربعين بائعا من المزارعين الصغار في الساحة القديمة.`;
const MENU = ['الرئيسية', 'محليات', 'اقتصاد'];

describe('a weak name two places print', () => {
  it('a Latin © line and the lead quoting the site in Arabic: one site, shown as the page spells it', () => {
    const raw = page(...MENU, HEADLINE, '3 مارس 2027', lead('عوسج اليوم'), MORE, '© 2027 Awsaj Alyoum');
    expect(fromText(raw).article?.source).toBe('عوسج اليوم');
    expect(outletEvidence(raw)?.rule).toMatch(/agreed by the lead/);
  });
  it('a Latin masthead no rule reads and the lead quoting the site', () => {
    const raw = page('BAYLASAN', ...MENU, HEADLINE, '3 مارس 2027', lead('بيلسان'), MORE, 'جميع الحقوق محفوظة');
    expect(fromText(raw).article?.source).toBe('بيلسان');
  });
  it('the page\'s own bare domain and a share prompt spelling it: the Arabic name, the prompt dropped', () => {
    const raw = page(...MENU, HEADLINE, '3 مارس 2027', lead('ش').replace('لـ"ش" ', ''), MORE, 'شارك الخبر من بيلسان نت عبر:', 'فيسبوك', 'baylasan.net');
    const x = fromText(raw);
    expect(x.article?.source).toBe('بيلسان نت');
    expect(x.article?.paragraphs.join(' ')).not.toMatch(/شارك الخبر/);
  });
  it('guards: the masthead alone, or the lead\'s name alone, gives no outlet', () => {
    expect(fromText(page('BAYLASAN', ...MENU, HEADLINE, '3 مارس 2027', lead('ش').replace('لـ"ش" ', ''), MORE)).article?.source).toBeUndefined();
    expect(fromText(page(...MENU, HEADLINE, '3 مارس 2027', lead('عوسج اليوم'), MORE)).article?.source).toBeUndefined();
  });
});

describe('agreeOnOutlet', () => {
  const lines = classifyLines(['Awsaj Alyoum', 'الرئيسية', HEADLINE, lead('عوسج اليوم'), MORE, 'تابعوا عوسج اليوم على فيسبوك', '© 2027 Awsaj Alyoum'], lex);
  const frame = { lines, start: 3, bodyEnd: 5, titleIndex: 2, leadNames: ['عوسج اليوم'] };
  const run = (signals: Signal[]) => { agreeOnOutlet(signals, frame, lex); return signals; };
  it('a weak signal gains what the other places print, up to the cap', () => {
    const [s] = run([{ field: 'outlet', value: 'عوسج اليوم', confidence: 0.4, rule: 'a follow line', line: 6 }]);
    const w = lex.data.outletAgreement!;
    expect(s.confidence).toBeGreaterThan(0.4);
    expect(s.confidence).toBeLessThanOrEqual(0.4 + w.cap);
    expect(s.agreedBy).toMatch(/line 7/);
  });
  it('a wire\'s place, a strong signal and a demoted one are left as they are', () => {
    const signals = run([
      { field: 'outlet', value: 'عوسج اليوم', confidence: 0.45, rule: 'dateline (name read by grammar only)', line: 4 },
      { field: 'outlet', value: 'Awsaj Alyoum', confidence: 0.75, rule: '© line', line: 7 },
      { field: 'outlet', value: 'عوسج اليوم', confidence: 0.4, rule: '© line (a publishing house)', line: 6 },
    ]);
    expect(signals.map((s) => s.confidence)).toEqual([0.45, 0.75, 0.4]);
  });
});
