// Session 13 (issue 14, actors; o-dev): a capital's markets, districts, sky or residents are the
// city, not its government; and a ministry named by its seat («وزارة الدفاع في موسكو») is that
// country's ministry. Real dictionary and context words (content/), sentences written in the shape
// of o-dev's misses (od08, od10), none copied.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const actors = curatedActors();
const ids = actorIdsWith(actors);

describe('a part of a capital, or its people, is a place (o-dev od10)', () => {
  it('its markets, districts, sky and residents', () => {
    expect(ids('ارتفع سعر الخبز في أسواق القاهرة منذ بداية العام.')).toEqual([]);
    expect(ids('دوت صفارات الإنذار في أحياء كييف الشرقية.')).toEqual([]);
    expect(ids('رصدت الدفاعات أجسام طائرة في أجواء موسكو.')).toEqual([]);
    expect(ids('قضى سكان كييف ليلة في الملاجئ.')).toEqual([]);
  });
  it('the capital still acts outside such a phrase', () => {
    expect(ids('رفضت القاهرة الاتهامات الموجهة إليها.')).toEqual(['egypt']);
    expect(ids('اتهمت كييف موسكو بقصف محطة كهرباء.')).toEqual(['russia', 'ukraine']);
  });
});

describe('a ministry named by its seat is that country\'s ministry (o-dev od08)', () => {
  it('the defence and foreign ministries «في موسكو» / «في كييف»', () => {
    expect(ids('بحسب ما أعلنت وزارة الدفاع في موسكو.')).toEqual(['russian-defense-ministry']);
    expect(ids('استدعت وزارة الخارجية في كييف السفير المجري.')).toEqual(['hungary', 'ukrainian-foreign-ministry']);
  });
  it('a ministry of another seat is not read as Moscow\'s', () => {
    expect(ids('قالت وزارة الدفاع في برلين إن الشحنة وصلت.')).not.toContain('russian-defense-ministry');
  });
});
