// Session 49 (issue 15, forty-first pass, helper 15k): a place named by its parts (content/search-place-parts.yaml,
// placeParts.ts). A query naming the whole also searches each part in its place, one way, on the real data through the
// real planning and ranking. Each sentence below is written for the test (no page's text).
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { fakePagefind } from './fakePagefind.testkit';
import { planQuery } from './keys';
import { rankTiers } from './tiers';
import { parsePlaceParts, placePartsConcepts } from '../data/placeParts';

const key = (word: string) => planQuery(word, ctx).search;
/** The thesaurus searches of a query, each as its set of keys. */
const searches = (q: string) => (planQuery(q, ctx).thesaurus?.searches ?? []).map((s) => new Set(s.split(' ')));
/** Whether one of the query's extra searches asks for every key of `words` (each keyed as a query word). */
const asks = (q: string, words: string[]) => searches(q).some((s) => words.every((w) => key(w).split(' ').every((k) => s.has(k))));

describe('a region, a province, a state, a sea named by its parts', () => {
  it('Donbas asks for its provinces and their towns, the reader\'s other word kept', () => {
    expect(asks('معارك دونباس', ['دونيتسك', 'معارك'])).toBe(true);
    expect(asks('معارك دونباس', ['لوغانسك', 'معارك'])).toBe(true);
    expect(asks('معارك دونباس', ['باخموت', 'معارك'])).toBe(true);
    expect(asks('إجلاء السكان من دونباس', ['كراماتورسك', 'إجلاء'])).toBe(true);
  });
  it('Alaska asks for Anchorage, Crimea for Sevastopol, Kherson for Oleshky, Transnistria for Tiraspol', () => {
    expect(asks('قمة ألاسكا', ['أنكوراج', 'قمة'])).toBe(true);
    expect(asks('هجوم على القرم', ['سيفاستوبول'])).toBe(true);
    expect(asks('فيضانات خيرسون', ['أوليشكي', 'فيضانات'])).toBe(true);
    expect(asks('أزمة الغاز في ترانسنيستريا', ['تيراسبول', 'الغاز'])).toBe(true);
  });
  it('a sea asks for its ports with the port word, a port town that is its port alone', () => {
    expect(asks('موانئ البحر الأسود', ['تشورنومورسك'])).toBe(true);
    expect(asks('البحر الأسود', ['ميناء', 'أوديسا'])).toBe(true);
    expect(searches('البحر الأسود').some((s) => s.size === 1 && s.has(key('أوديسا')))).toBe(false);
  });
  it('the plant, an actor, asks for its town only with the plant\'s word (the actor\'s aliases not written twice)', () => {
    expect(asks('محطة زابوريجيا', ['مفاعلات', 'إنيرغودار'])).toBe(true);
    expect(searches('محطة زابوريجيا').some((s) => s.size === 1 && s.has(key('إنيرغودار')))).toBe(false);
  });
});

describe('one way: a part never asks for its whole, nor a sibling (guards)', () => {
  it('a town, a province, a port ask for nothing of their whole', () => {
    expect(asks('معارك باخموت', ['دونباس'])).toBe(false);
    expect(asks('قصف دونيتسك', ['دونباس'])).toBe(false);
    expect(asks('ميناء أوديسا', ['البحر', 'الأسود'])).toBe(false);
    expect(asks('أنكوراج', ['ألاسكا'])).toBe(false);
  });
  it('Donetsk asks for none of Luhansk\'s towns', () => {
    expect(asks('قصف دونيتسك', ['سيفيرودونيتسك'])).toBe(false);
    expect(asks('قصف دونيتسك', ['لوغانسك'])).toBe(false);
    expect(asks('قصف لوغانسك', ['باخموت'])).toBe(false);
  });
});

describe('ranked after the reader\'s own words, named on the page', () => {
  const pages = {
    whole: 'اشتدت المعارك في دونباس خلال الليل',
    part: 'تدور معارك عنيفة حول باخموت منذ أيام',
    lone: 'افتتح متحف جديد في باخموت قبل الحرب',
  };
  it('the page naming Bakhmut follows the page naming Donbas, as a concept page; a page on Bakhmut alone does not come', async () => {
    const out = await rankTiers(planQuery('معارك دونباس', ctx), fakePagefind(pages, ctx), { total: 3 });
    expect(out.filter((r) => r.tier !== 'partial').map((r) => [r.result.id, r.tier])).toEqual([
      ['whole', 'exact'],
      ['part', 'concept'],
    ]);
  });
  it('the note names the parts searched', () => {
    expect(planQuery('معارك دونباس', ctx).concept?.shown).toContain('مقاطعة دونيتسك');
  });
});

describe('the file', () => {
  it('a part of another place is taken in turn with the others', () => {
    const places = parsePlaceParts('places:\n  - { id: a, names: [ألف], parts: [باء, جيم] }\n  - { id: b, names: [دال], parts: [هاء] }\n  - { id: w, names: [واو], parts: ["@a", "@b"] }\n');
    const parts = placePartsConcepts(places, []).find((c) => c.id === 'place/w/parts')!.phrasings;
    expect(parts).toEqual(['ألف', 'دال', 'باء', 'هاء', 'جيم']);
  });
  it('refuses an unknown place, a place its own part, an unknown actor', () => {
    expect(() => parsePlaceParts('places:\n  - { id: a, names: [ألف], parts: ["@b"] }\n')).toThrow(/no place/);
    expect(() => parsePlaceParts('places:\n  - { id: a, names: [ألف], parts: ["@b"] }\n  - { id: b, names: [باء], parts: ["@a"] }\n')).toThrow(/part of itself/);
    expect(() => placePartsConcepts(parsePlaceParts('places:\n  - { id: a, actor: nobody, parts: [باء] }\n'), [])).toThrow(/actor/);
  });
});

describe('the partial tier reads a part as its place', () => {
  it('a page naming Sevastopol and the drones, not the debris, is a partial match of «حطام المسيرات في القرم»', async () => {
    const pages = { part: 'أسقطت الدفاعات عشرات المسيرات فوق سيفاستوبول', none: 'أسقطت الدفاعات عشرات المسيرات فوق المدينة', other: 'حطام سيارة على طريق في القرم' };
    const out = await rankTiers(planQuery('حطام المسيرات في القرم', ctx), fakePagefind(pages, ctx), { total: 3 });
    expect(out.map((r) => [r.result.id, r.tier])).toContainEqual(['part', 'partial']);
    expect(out.map((r) => r.result.id)).not.toContain('none');
  });
});
