// Session 46 (the spent u-aside's misses, helper 10m): a header line «outlet - city» ending its
// paragraph, a nisba after a quoted name that a company's shares head, and a surname right after
// another person's first name. Real dictionary and context words (content/), sentences written in
// the shape of the pages, none copied. Each case fails on s46-merge 31b52dbf; each guard passes on both.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, buildOne, curatedActors } from '../corpus/build.test-helpers';

const actors = curatedActors();
const ids = actorIdsWith(actors);

describe('a header line «outlet - city» is a dateline (ua07, ua08)', () => {
  it('a dash, an underscore or a slash, and the city ending the paragraph', () => {
    expect(ids('الوطن - الرياض', 'وصلت شحنة قمح روسي إلى الميناء.')).toEqual(['russia']);
    expect(ids('صحيفة الشمال _ الرياض', 'وصل وفد أوكراني إلى الغرفة التجارية.')).toEqual(['ukraine']);
    expect(ids('الأخبار نيوز/ بغداد', 'وصل وفد أوكراني إلى الوزارة.')).toEqual(['ukraine']);
  });
  it('guards: the capital acting after a dash, or a long sentence ending on a capital, still names it', () => {
    expect(ids('قال المسؤول إن الوفد حمل رسالة من الرئيس الأوكراني إلى نظيره في موسكو، ثم غادر - وردت الرياض.')).toContain('saudi-arabia');
    expect(ids('الرياض ترحب بالاتفاق', 'رحبت الرياض بالاتفاق بين موسكو وكييف.')).toEqual(['russia', 'saudi-arabia', 'ukraine']);
  });
});

describe('a nisba after a quoted name that shares head is the company\'s (ua17)', () => {
  it('«أسهم «…» الألمانية و«…» السويدية», «سهم «…» النرويجية»', () => {
    expect(ids('وقفزت أسهم «هنزولدت» الألمانية و«ساب» السويدية في تعاملات أمس.')).toEqual([]);
    expect(ids('صعد سهم «إكوينور» النرويجية بنسبة 2%.')).toEqual([]);
  });
  it('guards: a weapon\'s nisba names its country, and a nisba after shares with no quoted name is the country\'s', () => {
    expect(ids('طلبت كييف صواريخ «توماهوك» الأمريكية.')).toEqual(['ukraine', 'united-states']);
    expect(ids('تراجعت أسهم الشركات بعد العقوبات الأمريكية الجديدة.')).toEqual(['united-states']);
  });
});

describe('a surname after another person\'s first name is that person (ua08)', () => {
  it('«الروسي دانييل مدفيديف» and his bare surname after it, in the body and the title', () => {
    expect(ids('تأهل الروسي دانييل مدفيديف إلى النهائي.', 'ويلتقي مدفيديف في النهائي الإسباني كارلوس ألكاراز.')).toEqual(['russia', 'spain']);
    expect(buildOne(['تأهل الروسي دانييل مدفيديف إلى النهائي بعد فوزه على الإيطالي يانيك سينر.'], actors, { title: 'مدفيديف يتجاوز سينر' }).actorIds.sort()).toEqual(['italy', 'russia']);
    expect(ids('قال السفير الأمريكي تشارلز كوشنر إن فرنسا شريك أساسي.', 'وأضاف كوشنر أن العلاقات متينة.')).toEqual(['france', 'united-states']);
  });
  it('guards: the official named in full keeps his bare surname; a bare surname alone is still his', () => {
    expect(ids('قال دميتري مدفيديف إن الرد سيكون قاسيا.', 'وأضاف مدفيديف أن موسكو لن تتراجع.')).toEqual(['dmitry-medvedev', 'russia']);
    expect(ids('لوح مدفيديف مجددا بالرد.')).toEqual(['dmitry-medvedev']);
  });
});
