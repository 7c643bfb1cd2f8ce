// Session 45 (actors on outlets never seen; s-dev and real 2025–2026 pages): the indefinite
// accusative of a nisba names the country («مقترحا أمريكيا»); officials under the spellings and
// offices of 2025–2026 coverage; a son who shares his father's family name; nouns and verbs right
// after a name are not part of it. Real dictionary and context words (content/), sentences
// written in the shape of the pages, none copied.
import { describe, expect, it } from 'vitest';
import { nisbaAccusativeForms } from '../arabic';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';
import { loadDiscoveryLexicon } from '../data';
import { discoverPeople } from './discover';
import { compileLexicon } from './discovery-lexicon';
import { buildActorMatcher } from './matcher';

const actors = curatedActors();
const ids = actorIdsWith(actors);

describe('the indefinite accusative of a nisba (s-dev sd10)', () => {
  it('names the country after an indefinite noun', () => {
    expect(ids('ناقش الوفدان مقترحا أمريكيا لتجميد الضربات.')).toEqual(['united-states']);
    expect(ids('وتلقت الحكومة دعما صينيا وتمويلا قطريا.')).toEqual(['china', 'qatar']);
    expect(ids('وأرسلت أنقرة وفدا سعوديا وخبراء.')).toContain('saudi-arabia');
  });
  it('is built from the stem, never from a stem whose «أل» is its own letters', () => {
    expect(new Set(nisbaAccusativeForms('أمريكي'))).toEqual(new Set(['امريكيا', 'اميركيا']));
    expect(nisbaAccusativeForms('الروسي')).toEqual(['روسيا']);
    expect(nisbaAccusativeForms('ألماني')).toEqual(['المانيا']);
    expect(nisbaAccusativeForms('الكوري الجنوبي')).toEqual([]);
  });
  it('a word of the same shape that is no nisba links nothing', () => {
    expect(ids('وقدم دعما سياسيا وعسكريا كبيرا.')).toEqual([]);
  });
});

describe('officials as 2025–2026 outlets name them', () => {
  it('spellings of the US army secretary and the Russian negotiator', () => {
    expect(ids('وقاد وزير الجيش دانيل دريسكل المحادثات، وقال دريسكل إنها مثمرة.')).toContain('dan-driscoll');
    expect(ids('وكتب المفاوض مدينسكي أن التبادل سيجري على دفعتين.')).toEqual(['vladimir-medinsky']);
  });
  it('the Ukrainian reshuffle of January 2026', () => {
    expect(ids('صادق البرلمان على تعيين ميخايلو فيدوروف وزيرا للدفاع خلفا لشميجال.').sort()).toEqual(['denys-shmyhal', 'mykhailo-fedorov']);
    expect(ids('وعين أوليه إيفاشينكو رئيسا لجهاز الاستخبارات.')).toEqual(['oleh-ivashchenko']);
  });
  it('the plant under the «زابوريزهيا» spelling, the region alone is no plant', () => {
    expect(ids('تشرف الوكالة على محطة زابوريزهيا النووية.')).toEqual(['zaporizhzhia-npp']);
    expect(ids('وتجمد الجبهة في خيرسون وزابوريزهيا.')).toEqual([]);
  });
  it('a son named in full is not his father; the father alone still links', () => {
    expect(ids('بحث وزير الزراعة ديمتري باتروشيف صادرات القمح.')).toEqual(['dmitry-patrushev']);
    expect(ids('وقال نيكولاي باتروشيف إن الغرب يصعد، وأضاف باتروشيف أن الرد سيأتي.')).toEqual(['nikolai-patrushev']);
  });
});

describe('a noun or a verb after a name is not part of it (s-dev sd01, sd04)', () => {
  const lexicon = compileLexicon(loadDiscoveryLexicon());
  const matcher = buildActorMatcher(actors, lexicon.link);
  const people = (text: string) => discoverPeople([text], matcher, lexicon).map((c) => c.name);
  it('«وفد», «نشر»', () => {
    expect(people('يقود الوفد الجنرال توماس ريدلي.')).toEqual(['توماس ريدلي']);
    expect(people('فيما أعلن القائد الأعلى لقوات الحلفاء في أوروبا الجنرال توماس ريدلي نشر مقاتلات إضافية.').join(' ')).not.toMatch(/نشر/);
    expect(people('يقود فيها وزير الجيش الأمريكي بيتر هولمز وفد واشنطن، فيما يرأس الوفد الآخر مسؤول.').join(' ')).not.toMatch(/وفد/);
  });
});
