// Precision leftovers of issue 14 (session 3): a capital after «من» acts when a noun of asking,
// saying or pushing comes before it («طلب من موسكو»), and «المملكة» alone is Saudi Arabia only
// next to a Saudi mention. Linked through the build's own path, with the real dictionary.
import { describe, expect, it } from 'vitest';
import { loadActors } from '../data';
import { buildOne } from '../corpus/build.test-helpers';

const actors = loadActors();
const ids = (...paragraphs: string[]) => buildOne(paragraphs, actors).actorIds;

describe('«من» + capital: a place, unless someone acts from there', () => {
  it('«طلب من موسكو», «تعليق فوري من موسكو», «بضغط من واشنطن» are the governments', () => {
    expect(ids('وجاء الإعلان بعد طلب من موسكو لتأجيل الجولة.')).toContain('russia');
    expect(ids('ولم يصدر تعليق فوري من موسكو على التقرير.')).toContain('russia');
    expect(ids('وتراجعت الحكومة بضغط من واشنطن.')).toContain('united-states');
  });
  it('«عاد من موسكو», «وصل من كييف» stay places', () => {
    expect(ids('وعاد الوفد من موسكو مساء الخميس.')).not.toContain('russia');
    expect(ids('ووصل المبعوث من كييف إلى وارسو.')).not.toContain('ukraine');
  });
});

describe('«المملكة» alone', () => {
  it('is Saudi Arabia next to a Saudi mention (its nisba, one of its people)', () => {
    expect(ids('وأشاد ولي العهد السعودي بدور المملكة في الوساطة بين الطرفين.')).toContain('saudi-arabia');
    expect(ids('استقبل الأمير محمد بن سلمان الرئيس الأوكراني في جدة.', 'وأكد أن المملكة مستعدة لمواصلة جهودها.')).toContain('saudi-arabia');
  });
  it('is not Saudi Arabia in a Jordanian item, nor alone', () => {
    expect(ids('أكد وزير الخارجية موقف المملكة الداعي إلى حل سلمي للأزمة.', 'وبحث الوزيران دور الأردن في دعم الجهود الإنسانية.')).not.toContain('saudi-arabia');
    expect(ids('وقال المتحدث إن المملكة تتابع التطورات عن كثب.')).toEqual([]);
  });
  it('«المملكة المتحدة» is still the United Kingdom', () => {
    expect(ids('وقالت المملكة المتحدة إنها سترسل مساعدات.')).toEqual(['united-kingdom']);
  });
});
