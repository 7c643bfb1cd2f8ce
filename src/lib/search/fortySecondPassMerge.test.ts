// Session 50 (issue 15, forty-second pass at the merge, 15m): two foreign names the blind aside42 showed unread — a
// name typed at the skeleton's floor whose page spelling leaves out a vowel and falls under it («جريبين» ↔ «غريبن»),
// and an actor's one-word name typed in a spelling its aliases lack («انرجواتوم» ↔ «إنرغوأتوم») — with the guards: a
// typed word some page writes is never read otherwise. A small corpus keyed by the real indexer behind a fake
// Pagefind; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx } from './curatedMatch.testkit';
import { planQuery, type KeyContext } from './keys';
import { rankTiers } from './tiers';
import { aliasSpellingIds } from './aliasSpellings';
import { keyTokens } from './keyTokens';
import { shortNameSpellings } from './shortNames';
import { actorKey } from './terms';
import { fakePagefind } from './fakePagefind.testkit';
import { loadSearchSpellings, parseSearchSpellings } from '../data/searchSpellings';

const rules = loadSearchSpellings();
/** The forty-second pass's rules before the merge: the short names without `floorVowels`. */
const before = parseSearchSpellings('minLetters: 6\nminConsonants: 4\nlettersPerEdit: 7\nshortNames:\n  minLetters: 4\n  classes:\n    - [غ, ق, ك, ج]\n');

const pages = {
  jets: 'وافق البرلمان على تمويل طائرات غريبن المقاتلة لسلاح الجو',
  plant: 'قالت شركة إنرغوأتوم إن منسوب بركة التبريد في المحطة ينخفض',
  oranges: 'ارتفعت أسعار البرتقال في الأسواق الشعبية هذا الشهر',
  grain: 'نقلت الشاحنات القمح إلى صوامع الموانئ الجنوبية',
  scholars: 'نسخ المخطوطات علماء حضارمة على مدى قرون',
};
const spelledCtx = (r = rules): KeyContext => ({ ...ctx, spellings: new Map(), queryForms: { rare: 3, spellings: r } });
const corpus = fakePagefind(pages, indexCtx);
const ids = async (q: string, c = spelledCtx()) => (await rankTiers(planQuery(q, c), corpus, { total: 10 })).map((r) => r.result.id);
const token = (w: string, c: KeyContext) => keyTokens(w, c, true)[0];

describe('a name at the skeleton’s floor whose page spelling drops a vowel', () => {
  it('reads the typed word one inner vowel shorter, its /g/ written otherwise', () => {
    expect(shortNameSpellings('جريبين', rules)).toContain('غريبن');
    expect(shortNameSpellings('جريبين', before)).toEqual([]);
    // Not the first letter nor the last: a name's last vowel is its grammar; and only at the floor (six letters).
    expect(shortNameSpellings('جريبين', rules).every((w) => w.length === 5)).toBe(true);
    expect(shortNameSpellings('بوريسبيل', rules)).toEqual([]);
  });

  it('finds the jets’ page, and no page for a typed word a page writes', async () => {
    expect(await ids('طائرات جريبين')).toContain('jets');
    expect(await ids('جريبين')).toEqual(['jets']);
    expect(await ids('جريبين', spelledCtx(before))).toEqual([]);
    // «البرتقال» is on a page: a word, not read otherwise.
    expect(await ids('اسعار البرتقال')).toEqual(['oranges']);
  });
});

describe('an actor’s one-word name typed in a spelling its aliases lack', () => {
  it('reads the typed word to the actor whose alias shares its skeleton and is a vowel or a /g/ letter apart', () => {
    expect(aliasSpellingIds(token('انرجواتوم', spelledCtx()), spelledCtx())).toEqual(['energoatom']);
    expect(planQuery('شركة انرجواتوم', spelledCtx()).units[1].unseenNames).toEqual([actorKey('energoatom')]);
    // A word of no name's skeleton reads no actor; the data's own alias is the alias, not a reading.
    expect(aliasSpellingIds(token('الشاحنات', spelledCtx()), spelledCtx())).toEqual([]);
    expect(planQuery('شركة إنرغوأتوم', spelledCtx()).units.some((u) => u.unseenNames)).toBe(false);
  });

  it('finds the actor’s page only where no page writes the typed word', async () => {
    expect(await ids('شركة انرجواتوم')).toContain('plant');
    expect(await ids('انرجواتوم')).toEqual(['plant']);
    expect(await ids('انرجواتوم', { ...ctx, spellings: new Map() })).toEqual([]);
    expect(await ids('الموانئ الجنوبية')).toEqual(['grain']);
  });
});

describe('a region’s people written with ة (content/search-regions.yaml `people`)', () => {
  it('finds «علماء حضارمة» for «حضرموت» and «علماء حضرموت»', async () => {
    expect(await ids('حضرموت')).toEqual(['scholars']);
    expect(await ids('علماء حضرموت')).toEqual(['scholars']);
  });
});
