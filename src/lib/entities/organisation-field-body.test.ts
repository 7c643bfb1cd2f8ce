// Session 50 (part af, helper 10s): an organisation's name or alias followed by «لـ»/«لل» + a sport or a
// broadcasting field (`bodyFields` in content/discovery-stopwords.yaml) names that field's federation or union, not
// the organisation: «الاتحاد الأوروبي لكرة القدم» is UEFA, «الاتحاد الأوروبي للإذاعة والتلفزيون» the EBU. Real
// dictionary and context words, sentences written for this test, none copied. Each case fails on main a0c1216a;
// each guard passes on both.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const ids = actorIdsWith(curatedActors());

describe('an organisation\'s name before «لـ» + a sport or broadcasting field is another body (bodyFields)', () => {
  it('European and African federations and unions', () => {
    expect(ids('قرر الاتحاد الأوروبي لكرة القدم تمديد إيقاف الأندية الروسية.')).toEqual(['russia']);
    expect(ids('أعلن الاتحاد الأوروبي للإذاعة والتلفزيون استبعاد هيئات البث الروسية.')).toEqual(['russia']);
    expect(ids('أبقى الاتحاد الأوروبي لألعاب القوى على إيقاف الرياضيين البيلاروس.')).toEqual(['belarus']);
    expect(ids('منح الاتحاد الأفريقي لكرة اليد الجزائر تنظيم البطولة.')).toEqual(['algeria']);
    expect(ids('سمح الاتحاد الأوروبي للملاكمة بعودة اللاعبين الروس.')).toEqual(['russia']);
  });
  it('guards: the organisation itself, before a policy word or a date, stays', () => {
    expect(ids('قرر الاتحاد الأوروبي تمديد العقوبات على روسيا لستة أشهر.')).toEqual(['european-union', 'russia']);
    expect(ids('دعا الاتحاد الأوروبي للمرة الثانية إلى هدنة في أوكرانيا.')).toEqual(['european-union', 'ukraine']);
    expect(ids('رحب الاتحاد الأفريقي لدى افتتاح القمة بجهود السلام في أوكرانيا.')).toEqual(['african-union', 'ukraine']);
  });
});
