// Session 50 (helper 10s, the spent asides y and aa): a country's name before «للكهرباء» is a power utility's name
// («السعودية للكهرباء», as «مصر للطيران» is an airline: `companyTrades`), and a place's name and a news word closed by
// a slash is an outlet's credit («العراق نيوز/ متابعة»), not the country. Real dictionary and context words,
// sentences written for this test, none copied. Each case fails on main a0c1216a; each guard passes on both.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const ids = actorIdsWith(curatedActors());

describe('a utility named by its country, an outlet credit closed by a slash', () => {
  it('«السعودية للكهرباء», «مصر للكهرباء»', () => {
    expect(ids('بدأت «السعودية للكهرباء» تشغيل محطة جديدة بعد صفقة توربينات مع روسيا.')).toEqual(['russia']);
    expect(ids('وقعت مصر للكهرباء اتفاقا مع أوكرانيا لصيانة المحولات.')).toEqual(['ukraine']);
  });
  it('«العراق نيوز/ متابعة»', () => {
    expect(ids('العراق نيوز/ متابعة – قال لافروف إن موسكو منفتحة على الحوار.')).toEqual(['russia', 'sergey-lavrov']);
  });
  it('guards: the country acting, a season with a slash', () => {
    expect(ids('أعلنت السعودية دعمها للكهرباء النظيفة في أوكرانيا.')).toEqual(['saudi-arabia', 'ukraine']);
    expect(ids('شارك منتخب روسيا 2022/2023 في الدوري.')).toEqual(['russia']);
  });
});
