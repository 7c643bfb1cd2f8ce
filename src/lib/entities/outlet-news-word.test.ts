// Session 48 (part ab, helper 10t): a place's name and a news word (`outletTails` in
// content/discovery-stopwords.yaml) closed by a dash, a colon or a quote is an outlet's name («زاد الأردن
// الإخباري –», ««القاهرة الإخبارية»»), not the country named. Real dictionary and context words, sentences
// written in the shape of the pages, none copied. Each case fails on main 85ccebc5; each guard passes on both.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const ids = actorIdsWith(curatedActors());

describe('a place\'s name and a news word closed by a dash or a quote is an outlet (outletTails)', () => {
  it('«زاد الأردن الإخباري –», «قناة «القاهرة الإخبارية»», «العراق نيوز:»', () => {
    expect(ids('زاد الأردن الإخباري – أعلن سلاح الجو الأوكراني إسقاط 40 مسيرة.')).toEqual(['ukraine']);
    expect(ids('قال مراسل قناة «القاهرة الإخبارية» إن الوفد الأوكراني وصل.')).toEqual(['ukraine']);
    expect(ids('العراق نيوز: وصلت شحنة ذرة من أوكرانيا.')).toEqual(['ukraine']);
  });
  it('guards: the country acting, or named before its news, stays', () => {
    expect(ids('زاد الأردن الإخباري – أكد الأردن دعمه للحلول السلمية في أوكرانيا.')).toEqual(['jordan', 'ukraine']);
    expect(ids('تابع المشهد الإخباري في الأردن تطورات الحرب في أوكرانيا.')).toEqual(['jordan', 'ukraine']);
  });
});
