// Forty-sixth round, at the merge (session 49, helper 13m): the classes aside46 (spent) showed — a journal app's entry whose
// markdown «# » heading stands under the app's own short lines (markdown-copy.ts: a heading before any prose is a title),
// a domain glued of a place name's head word and the name («abudistoday.ps» = «أبو ديس اليوم»: names.ts, the table's
// head words in content/boilerplate.yaml), and a site's one-letter initial between the place and the wire
// («مسقط - ب - العمانية»: site-initial.ts). Pages: aside46 u4730, u4732, u4756 (spent) and dev u4850–u4856.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { markdownKinds, withoutMarkdownMarkers } from './markdown-copy';
import { withoutSiteInitial } from './site-initial';
import { sourceIdentity } from './score';

const { lex, labelled } = roundFixtures(['aside46', 'dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;

describe('a journal app\'s entry: the «# » heading under the app\'s short lines is the title, its «#» cut', () => {
  it.each(['u4756', 'u4850', 'u4851'])('%s: the headline without «#»', (id) => expect(got(id).title).toBe(want(id).title));
  it.each(['u4756', 'u4850'])('%s: the story\'s own date, not the entry\'s', (id) => expect(got(id).date).toBe(want(id).date));
  it('a heading after the app\'s short lines counts with a tag line; one after prose does not', () => {
    const entry = ['Day One', 'Thursday, January 20, 2028', '# عنوان الخبر عن القمح الأوكراني', 'فقرة أولى طويلة من الخبر فيها كلمات كثيرة تكفي لتكون نثرا لا عنوانا في الصفحة', '#العراق #تعليم'];
    expect(markdownKinds(entry)).toBe(2);
    expect(withoutMarkdownMarkers(entry)[2]).toBe('عنوان الخبر عن القمح الأوكراني');
    const prose = ['عنوان', 'فقرة أولى طويلة من الخبر فيها كلمات كثيرة تكفي لتكون نثرا لا عنوانا في الصفحة', '# سطر يبدأ بعلامة المربع في وسط النص', '#أوروبا #روسيا'];
    expect(markdownKinds(prose)).toBe(1);
    expect(withoutMarkdownMarkers(prose)).toEqual(prose);
  });
  it('u4852 (guard): a «# » line after the story\'s prose is kept, the headline untouched', () => {
    expect(got('u4852').title).toBe(want('u4852').title);
    expect(got('u4852').paragraphs.some((p) => p.startsWith('# '))).toBe(true);
  });
});

describe('a domain glued of a place name\'s head word and the name spells the name whole', () => {
  it.each(['u4732', 'u4853', 'u4854'])('%s: the outlet with its «اليوم» / «نيوز»', (id) => expect(got(id).source).toBe(want(id).outlet));
  it('the head word meets as a word; a head alone or another head spells nothing', () => {
    expect(lex.sameName('abudistoday.ps', 'أبو ديس اليوم', true)).toBe(true);
    expect(lex.sameName('abudistoday.ps', 'أم ديس اليوم', true)).toBe(false);
    expect(lex.sameName('abunews.com', 'أبو الأخبار', true)).toBe(false);
  });
});

describe('a site\'s one-letter initial between the place and the wire is no name', () => {
  it.each(['u4730', 'u4855', 'u4856'])('%s: the wire read, the lead clean', (id) => {
    expect(sourceIdentity(got(id).agency, lex.sources)).toBe(want(id).agency);
    expect(got(id).paragraphs[0]).toBe(want(id).paragraphs[0]);
  });
  it('blanked only before a name the lists know, offsets kept', () => {
    const text = 'مسقط - ب - العمانية استقبل الميناء';
    const blanked = withoutSiteInitial(text, lex.names)!;
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe('مسقط -     العمانية استقبل الميناء');
    expect(withoutSiteInitial('غزة - أ - قال مسؤول في البلدية', lex.names)).toBeUndefined();
    expect(withoutSiteInitial('عمان - بترا - قال مسؤول', lex.names)).toBeUndefined();
  });
});
