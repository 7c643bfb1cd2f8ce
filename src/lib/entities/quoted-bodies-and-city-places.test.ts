// Session 46 (part v, helper 10t): a company's nisba after its quoted name is the company's
// («شركة «نفتوغاز» الأوكرانية», README convention since session 45), and a city's airports or exchange
// are places («مطارات موسكو», «بورصة لندن للمعادن»), not the government. Real dictionary and context
// words (content/), sentences written in the shape of the pages, none copied. Each case fails on main
// 866e7343; each guard passes on both.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const ids = actorIdsWith(curatedActors());

describe('a nisba after a quoted company name is the company\'s', () => {
  it('«شركة «نفتوغاز» الأوكرانية»', () => {
    expect(ids('قالت شركة «نفتوغاز» الأوكرانية إن الهجوم أوقف جزءا من الإنتاج.')).toEqual([]);
    expect(ids('أعلنت شركة "أوكرنافتا" الأوكرانية توقف محطة الضخ.')).toEqual([]);
  });
  it('guards: unquoted as before, and a country acting after the company still links', () => {
    expect(ids('قالت شركة نفتوغاز الأوكرانية إن الهجوم أوقف الإنتاج.')).toEqual([]);
    expect(ids('قالت شركة «نفتوغاز» إن أوكرانيا ستستورد الغاز.')).toEqual(['ukraine']);
  });
});

describe('a city\'s airports and exchange are places', () => {
  it('«مطارات موسكو», «بورصة لندن للمعادن»', () => {
    expect(ids('علقت مطارات موسكو رحلاتها لساعات.')).toEqual([]);
    expect(ids('سجلت أسعار الألمنيوم في بورصة لندن للمعادن أعلى مستوى.')).toEqual([]);
  });
  it('guard: the capital acting still names the government', () => {
    expect(ids('أعلنت موسكو تعليق الرحلات إلى المطارات الأوروبية.')).toEqual(['russia']);
  });
});

describe('officials the dictionary lacked (content/actors.yaml, session 46)', () => {
  it('Alexander Novak by his full name, Sergei Sobyanin by his name or surname', () => {
    expect(ids('بحث رئيس الوزراء مع ألكسندر نوفاك التعاون في قطاع الطاقة.')).toEqual(['alexander-novak']);
    expect(ids('أعلن رئيس بلدية العاصمة سيرغي سوبيانين إسقاط المسيرات.')).toEqual(['sergei-sobyanin']);
    expect(ids('وقال سوبيانين إن فرق الطوارئ في الموقع.')).toEqual(['sergei-sobyanin']);
  });
  it('guard: «نوفاك» alone is also a first name', () => {
    expect(ids('فاز نوفاك ديوكوفيتش بالمباراة النهائية.')).toEqual([]);
  });
});
