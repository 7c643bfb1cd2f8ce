import { describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { buildActorMatcher, extendActorMatcher } from './matcher';
import { linkActors, rankActors } from './link';
import { seedActors } from './__fixtures__/seeds';

const matcher = buildActorMatcher(seedActors);
const ids = (text: string | string[], m = matcher) => rankActors(linkActors(Array.isArray(text) ? text : [text], m).mentions).sort();

describe('linkActors', () => {
  it('is clitic-aware and keeps the clitic out of the span', () => {
    const p = 'التقى وبوتين ثم لبوتين وبالكرملين وللناتو.';
    const { mentions } = linkActors([p], matcher);
    expect(mentions.map((m) => [m.actorId, m.text])).toEqual([
      ['vladimir-putin', 'بوتين'], ['vladimir-putin', 'بوتين'], ['kremlin', 'الكرملين'], ['nato', 'ناتو'],
    ]);
    for (const m of mentions) expect(p.slice(m.start, m.end)).toBe(m.text);
  });
  it('matches multi-token names longest first, across «.» and spelling variants', () => {
    expect(ids('أكد جيه.دي فانس وجي دي فانس')).toEqual(['jd-vance']);
    expect(ids('الرئيس الأوكراني فلودمير زيلينسكي')).toEqual(['ukraine', 'volodymyr-zelensky']);
    expect(ids('في حلف شمال الأطلنطي /ناتو/')).toEqual(['nato']);
    expect(ids('قال الرئيس دونالد ترمب')).toEqual(['donald-trump']);
  });
  it('never eats short names (لافروف، بوتين) and never reads بكين as ب+كين', () => {
    expect(ids('قال لافروف')).toEqual(['sergey-lavrov']);
    expect(ids('في بكين')).toEqual(['china']);
    const noBeijing = buildActorMatcher(seedActors.filter((a) => a.id !== 'china'));
    expect(ids('في بكين', noBeijing)).toEqual([]);
  });
  it('counts nisba adjectives and capitals as the country', () => {
    expect(ids('وزير الدفاع الإيطالي')).toEqual(['italy']);
    expect(ids('والقوات الأوكرانية في موسكو')).toEqual(['russia', 'ukraine']);
    expect(ids('الأميركيين والامريكيون')).toEqual(['united-states']);
  });
  it('lets a longer name consume a nisba', () => {
    const withMod: Actor[] = [...seedActors, { id: 'russian-mod', type: 'organization', name: 'وزارة الدفاع الروسية', en: 'Russian MoD', aliases: [] }];
    const m = buildActorMatcher(withMod);
    expect(ids('قالت وزارة الدفاع الروسية', m)).toEqual(['russian-mod']);
    expect(ids('قال وزير الدفاع الروسي', m)).toEqual(['russia']);
  });
  it('a bare family name counts only when unambiguous or the full name is in the article', () => {
    const twoCaines: Actor[] = [...seedActors, { id: 'tim-kaine', type: 'person', name: 'تيم كين', en: 'Tim Kaine', aliases: [], short: ['كين'] }];
    const m = buildActorMatcher(twoCaines);
    expect(ids('وقال كين إن', m)).toEqual([]);
    expect(ids(['رئيس الأركان دان كين.', 'وقال كين إن'], m)).toEqual(['dan-caine']);
    expect(ids('وقال كين إن')).toEqual(['dan-caine']);
  });
  it('places every mention in its paragraph and sentence', () => {
    const ps = ['قال لافروف. ثم رد ترامب.', 'وقال بوتين'];
    const { mentions, sentences } = linkActors(ps, matcher);
    expect(mentions.map((m) => [m.actorId, m.paragraph, m.sentence])).toEqual([
      ['sergey-lavrov', 0, 0], ['donald-trump', 0, 1], ['vladimir-putin', 1, 2],
    ]);
    expect(sentences).toHaveLength(3);
    expect(mentions.map((m) => m.kind)).toEqual(['short', 'short', 'short']);
  });
  it('extendActorMatcher adds discovered people without rebuilding the dictionary', () => {
    const m = extendActorMatcher(matcher, [{ id: 'discovered-x', type: 'person', name: 'غويدو كروسيتو', en: 'X', aliases: [], short: ['كروسيتو'], discovered: true }]);
    const { mentions } = linkActors(['وقال كروسيتو لبوتين'], m);
    expect(mentions.map((x) => [x.actorId, x.kind])).toEqual([['discovered-x', 'discovered'], ['vladimir-putin', 'short']]);
    expect(m.layers[0]).toBe(matcher.layers[0]);
  });
});
