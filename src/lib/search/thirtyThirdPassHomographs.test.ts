// Session 41 (issue 15, thirty-third pass, 15f): a word-family form that names another thing too (content/search-
// patterns.yaml `homographs`) carries its family's key only at the low weight where a word of the other sense stands
// right beside it — «شركات وسيطة» are brokers, «الحلفاء والشيح» esparto grass — and at full weight elsewhere. Sentences
// written for the test; the real indexer's record (keyedRecordBody) and the curated data as loaded.
import { describe, expect, it } from 'vitest';
import { indexCtx, key, weights } from './curatedMatch.testkit';

const mediation = key('وسيط');
const allies = key('حليف');

describe('a homograph beside its other sense', () => {
  it('reads the data: the families’ keys are single keys', () => {
    expect(mediation.split(' ')).toHaveLength(1);
    expect(allies.split(' ')).toHaveLength(1);
    expect(indexCtx.patterns?.homographs?.size).toBeGreaterThan(0);
  });

  it('keys a broker at the low weight, a mediator at full weight', () => {
    const brokers = weights('قالت الوزارة إن الذخيرة بيعت عبر شركات وسيطة مسجلة في الخارج');
    expect(brokers.full.has(mediation)).toBe(false);
    expect(brokers.low.has(mediation)).toBe(true);
    // Its concept (mediation) goes with it.
    expect(brokers.full.has('uumediationuu')).toBe(false);
    const trade = weights('اشتكى المزارعون من أن صفقات الوسطاء ترفع ثمن الخضر');
    expect(trade.full.has(mediation)).toBe(false);
    const talks = weights('أعلن الوسطاء القطريون أن الجولة المقبلة من المحادثات ستعقد الأسبوع المقبل');
    expect(talks.full.has(mediation)).toBe(true);
    expect(talks.full.has('uumediationuu')).toBe(true);
    const envoy = weights('وصل الوسيط الأممي إلى العاصمة للقاء الطرفين');
    expect(envoy.full.has(mediation)).toBe(true);
  });

  it('keys the steppe plant at the low weight, the allies at full weight', () => {
    const grass = weights('لم تنبت الحلفاء هذا العام في السهول الجافة');
    expect(grass.full.has(allies)).toBe(false);
    expect(grass.low.has(allies)).toBe(true);
    expect(weights('جمع الرعاة ما بقي من الحلفاء والشيح لإطعام الماشية').full.has(allies)).toBe(false);
    expect(weights('اجتمع وزراء دفاع الحلفاء في بروكسل لبحث المساعدات').full.has(allies)).toBe(true);
    expect(weights('طمأن الرئيس الحلفاء الأوروبيين بشأن الالتزامات').full.has(allies)).toBe(true);
  });
});
