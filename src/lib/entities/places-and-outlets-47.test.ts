// Session 47 (part y, helper 10t): a capital after a compass word, a stadium named after its city, and an
// outlet named by a place and a number («ليبيا 24 –») are places and media, not the country acting. Real
// dictionary and context words (content/), sentences written in the shape of the pages, none copied. Each
// case fails on main 2088612d; each guard passes on both.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const ids = actorIdsWith(curatedActors());

describe('a capital after a compass word says where (placeWords)', () => {
  it('«جنوب شرقي بغداد», «شمال موسكو», «غربي كييف»', () => {
    expect(ids('دخلت محطة بسماية جنوب شرقي بغداد الخدمة.')).toEqual([]);
    expect(ids('سقطت مسيرة في مستودع شمال موسكو.')).toEqual([]);
    expect(ids('انقطعت الكهرباء عن قرى غربي كييف.')).toEqual([]);
  });
  it('guards: the political West before the capital, and the capital acting after a compass word\'s clause', () => {
    expect(ids('تتسع الهوة بين الغرب وموسكو.')).toEqual(['russia']);
    expect(ids('قالت مصادر في الجنوب إن موسكو رفضت العرض.')).toEqual(['russia']);
  });
});

describe('a stadium named after its city (placeHeads)', () => {
  it('«ستاد القاهرة الدولي», «استاد الدوحة»', () => {
    expect(ids('يلتقي الفريقان على ستاد القاهرة الدولي مساء الجمعة.')).toEqual([]);
    expect(ids('تقام المباراة على استاد الدوحة.')).toEqual([]);
  });
  it('guard: «الكرة في ملعب موسكو» is Moscow\'s move', () => {
    expect(ids('قال المبعوث إن الكرة الآن في ملعب موسكو.')).toEqual(['russia']);
  });
});

describe('a place\'s name and a number closed by a dash or a quote is an outlet', () => {
  it('«ليبيا 24 – وكالات:», «لموقع «ليبيا 24»»', () => {
    expect(ids('ليبيا 24 – وكالات: قالت المفوضية إن ملايين ما زالوا نازحين داخل أوكرانيا.')).toEqual(['ukraine']);
    expect(ids('وقال مصدر لموقع «ليبيا 24» إن الشحنة وصلت من أوكرانيا.')).toEqual(['ukraine']);
  });
  it('guards: a count after the capital, and the country named in the story', () => {
    expect(ids('تسلمت موسكو 146 من جنودها الأسرى.')).toEqual(['russia']);
    expect(ids('ليبيا 24 – طرابلس: أكدت ليبيا دعمها للحلول السلمية.')).toEqual(['libya']);
  });
});
