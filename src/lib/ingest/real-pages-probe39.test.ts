// Thirty-ninth session (13r): a fresh probe of real outlets' pages. Its tune part's misses: a picture's
// caption «NAME- TITLE» under the date line read as the site's credit line, the site's own credit split by
// a bar «NAME | SECTION» over a lead without headline not read, an unlisted Turkish wire's Latin code
// closing the story «… . (İLKHA)» not read, and a one-word section over the headline taken for the site
// (left: the outlet chooser's). Pages in our own words (dev u3360–u3371); the real text stays outside the
// repository (docs/ingest.md «Thirty-sixth round: a fresh probe of real pages (helper 13r)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { captionOfStory } from './weak-guess';
import { closingWireCode } from './wire-code';

const { lex, extract, fromText } = roundFixtures(['dev']);
const lines = (...texts: string[]) => texts.map((text, index) => ({ index, text }));
const LEAD = 'قال وزير الخارجية التركي هاكان فيدان، في مؤتمر صحفي اليوم، إن بلاده مستعدة لاستضافة جولة جديدة من المحادثات.';
const MORE = 'وأضاف فيدان أن الاتصالات مع الجانبين لم تنقطع خلال الأسابيع الماضية.';

describe('a caption «NAME – TITLE» the lead retells is no credit line', () => {
  it('the name printed plainly and every title word printed in the first two lines', () => {
    expect(captionOfStory('هاكان فيدان', 'وزير الخارجية', lines(LEAD, MORE), 0, lex.sitePrefixes)).toBe(true);
    // A name with the article counts too when both halves are printed.
    expect(captionOfStory('ناصر الدوسري', 'محافظ الخرج', lines('دشن محافظ الخرج ناصر الدوسري اليوم مشروعا جديدا.'), 0, lex.sitePrefixes)).toBe(true);
  });
  it('not: the name framed as a site, a title word the lead lacks, the name only in the third line', () => {
    expect(captionOfStory('نبض الجنوب', 'محليات', lines('أقر المجلس الموازنة.', 'وقال رئيس المجلس لـ"نبض الجنوب" إن الزيادة ضرورية.'), 0, lex.sitePrefixes)).toBe(false);
    expect(captionOfStory('هاكان فيدان', 'سياسة دولية', lines(LEAD, MORE), 0, lex.sitePrefixes)).toBe(false);
    expect(captionOfStory('هاكان فيدان', 'وزير الخارجية', lines('قال وزير الخارجية إن الجولة قريبة.', MORE, LEAD), 0, lex.sitePrefixes)).toBe(false);
  });
  it('inline: the caption under the headline names no outlet; a credit line the lead does not retell still does', () => {
    const headline = 'فيدان: أنقرة مستعدة لاستضافة جولة جديدة';
    expect(fromText(`${headline}\nهاكان فيدان- وزير الخارجية\n${LEAD}\n${MORE}\n`).article.source).toBeUndefined();
    expect(fromText(`${headline}\nنبض الجنوب – محليات\n${LEAD}\n${MORE}\n`).article.source).toBe('نبض الجنوب');
  });
});

describe('the own credit split by a bar «NAME | SECTION»', () => {
  it('alone over a lead without headline, or between the headline and the lead', () => {
    expect(fromText(`سنديان بوست | سوريا\n${LEAD}\n${MORE}\n`).article.source).toBe('سنديان بوست');
    expect(fromText(`أنقرة مستعدة لاستضافة جولة جديدة من المحادثات\nضفاف نيوز | دوليات\n${LEAD}\n${MORE}\n`).article.source).toBe('ضفاف نيوز');
  });
  it('not: a breadcrumb, nor a caption split by a bar', () => {
    expect(fromText(`الرئيسية | محليات\n${LEAD}\n${MORE}\n`).article.source).toBeUndefined();
    expect(fromText(`هاكان فيدان | وزير الخارجية\n${LEAD}\n${MORE}\n`).article.source).toBeUndefined();
  });
});

describe('an unlisted wire\'s Latin code closing the story', () => {
  it('after the last sentence\'s closing mark, Turkish capitals included', () => {
    expect(closingWireCode('وقال: "سنكون معا في النصر". (İLKHA)', lex)).toBe('İLKHA');
    expect(closingWireCode('وأكد أن الجولة المقبلة ستكون حاسمة. (MHA)', lex)).toBe('MHA');
  });
  it('not: an acronym glossing a name before the full stop, a language tag, two capitals', () => {
    expect(closingWireCode('وزار مفتشو الوكالة الدولية للطاقة الذرية (IAEA).', lex)).toBeUndefined();
    expect(closingWireCode('وقال إن المحادثات مستمرة. (ENG)', lex)).toBeUndefined();
    expect(closingWireCode('وقال إن المحادثات مستمرة. (TT)', lex)).toBeUndefined();
  });
  it('inline: the code is the agency', () => {
    expect(fromText(`${LEAD}\n\n${MORE} (MHA)\n`).article.agency).toBe('MHA');
  });
});

describe('the pages', () => {
  it('captions name no outlet; credits split by a dash or a bar name the site; a breadcrumb names none', () => {
    expect(extract('u3360').article.source).toBeUndefined();
    expect(extract('u3361').article.source).toBeUndefined();
    expect(extract('u3363').article.source).toBe('نبض الجنوب');
    expect(extract('u3364').article.source).toBe('سنديان بوست');
    expect(extract('u3366').article.source).toBe('ضفاف نيوز');
    expect(extract('u3367').article.source).toBeUndefined();
  });
});
