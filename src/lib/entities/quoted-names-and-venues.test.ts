// Session 15 (issue 14, actors; q-dev): a company's quoted name keeps its nisba («شركة «لوك أويل»
// الروسية» is the company's, not Russia); a seat's alias before «لل» + a trade is a venue («قصر
// الكرملين للمؤتمرات»); «أوبك» vouches for «المملكة» as Saudi Arabia; the plant of Zaporizhzhia
// under the spelling «زاباروجيا» and by its adjective alone; «اعتبارا» after «شرم الشيخ» is no
// person, nor a verb right after a role («وضع», «وسلمته»). Real dictionary and context words (content/), sentences written in the shape of q-dev's
// misses, none copied.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, buildOne, curatedActors } from '../corpus/build.test-helpers';

const actors = curatedActors();
const ids = actorIdsWith(actors);

describe('a quoted company name keeps its nisba (q-dev qd16)', () => {
  it('the nisba after the closing quote is the company\'s', () => {
    expect(ids('قالت الوزارة إنها تتواصل مع شركة «لوك أويل» الروسية بشأن عقدها.')).toEqual([]);
    expect(ids('قالت الوزارة إنها تتواصل مع شركة لوك أويل الروسية بشأن عقدها.')).toEqual([]);
  });
  it('a nisba after a quoted word that is no company still names the country', () => {
    expect(ids('أعلن منظمو «المنتدى» الروسية مشاركة وفود عدة.')).toEqual(['russia']);
    expect(ids('انتقد النائب «الصفقة» الروسية مع الشركة.')).toEqual(['russia']);
  });
});

describe('a seat\'s alias before «لل» + a trade is a venue (q-dev qd20)', () => {
  it('the Kremlin Palace of Congresses is a hall', () => {
    expect(ids('تحيي الفرقة حفلا في قصر الكرملين للمؤتمرات الشهر المقبل.')).toEqual([]);
  });
  it('the Kremlin and its palace acting stay the Kremlin', () => {
    expect(ids('أعلن قصر الكرملين موعد الزيارة.')).toEqual(['kremlin']);
    expect(ids('قال الكرملين للصحفيين إن الموعد لم يحدد.')).toEqual(['kremlin']);
  });
});

describe('«أوبك» vouches for «المملكة» (q-dev qd11)', () => {
  it('OPEC+ led by the kingdom', () => {
    expect(ids('قرر تحالف «أوبك+» بقيادة المملكة وروسيا الإبقاء على الإنتاج.')).toEqual(['russia', 'saudi-arabia']);
  });
  it('without a Saudi mention «المملكة» stays unlinked', () => {
    expect(ids('قرر التحالف بقيادة المملكة وروسيا الإبقاء على الإنتاج.')).toEqual(['russia']);
  });
});

describe('the plant of Zaporizhzhia under new spellings (q-dev qd04)', () => {
  it('«زاباروجيا», and «زابوريجيا النووية» without «محطة»', () => {
    expect(ids('فقدت محطة زاباروجيا النووية خط الكهرباء الخارجي.')).toEqual(['zaporizhzhia-npp']);
    expect(ids('قال المدير إن الوضع في زابوريجيا النووية لا يزال هشا.')).toEqual(['zaporizhzhia-npp']);
  });
  it('the region is not the plant', () => {
    expect(ids('تقترح الخطة تجميد خطوط التماس في زابوريجيا وخيرسون.')).toEqual([]);
  });
});

describe('no person after a place named with a title word (q-dev qd03)', () => {
  it('«شرم الشيخ اعتبارا من …»', () => {
    const built = buildOne(['تستأنف الشركة رحلاتها إلى الغردقة وشرم الشيخ اعتبارا من الشهر المقبل.'], actors);
    expect(built.discovered.map((a) => a.name)).toEqual([]);
  });
  it('a verb right after a role (the spent parts: «وضع», «وسلمته»)', () => {
    const names = (t: string) => buildOne([t], actors).discovered.map((a) => a.name);
    expect(names('قال قائد قوات الصواريخ الروسية وضع أول فوج في حالة تأهب.')).toEqual([]);
    expect(names('استدعت الوزارة السفير البريطاني وسلمته مذكرة احتجاج.')).toEqual([]);
  });
  it('«الرئيس سيلقي كلمة»: a verb after a title', () => {
    expect(buildOne(['أعلن المتحدث أن الرئيس سيلقي كلمة أمام البرلمان غدا.'], actors).discovered.map((a) => a.name)).toEqual([]);
  });
});
