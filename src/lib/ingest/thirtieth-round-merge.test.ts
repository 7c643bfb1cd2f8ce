// Thirtieth round, merged (session 33, helper 13m): three shapes the spent blind set aside30 missed —
// a markdown copy's «# » kept on the headline, a bare common noun («الموقع», «القائمة») taken for the
// outlet (and «علي … نيوز» read as «على»), and a dateline «PLACE- DATE (AGENCY)-» with the dash glued to the place. Pages here are
// written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { notAPublisher } from './outlet-candidates';
import { markdownKinds, withoutMarkdownMarkers } from './markdown-copy';

const { fromText, page, lex } = roundFixtures(['dev']);

const HEADLINE = 'البلدية تطلق حملة لصيانة شبكة الإنارة في الأحياء الشمالية';
const LEAD = 'أطلقت البلدية حملة لصيانة شبكة الإنارة العامة في الأحياء الشمالية، تستمر ثلاثة أسابيع بمشاركة فرق فنية من الشركة الوطنية للكهرباء.';
const MORE = 'وأوضح رئيس البلدية أن الحملة تشمل استبدال المصابيح القديمة بأخرى موفرة للطاقة في الشوارع الرئيسية.';

describe('a markdown copy', () => {
  it('the headline loses its «# » when the page shows markdown of two kinds', () => {
    const a = fromText(page('## نجمة الوادي', `# ${HEADLINE}`, '12 مارس 2027', LEAD, MORE, '- [الرئيسية](/)', '- [اتصل بنا](/contact)')).article;
    expect(a?.title).toBe(HEADLINE);
  });
  it('a metadata block and a heading are two kinds; a bold line loses its «**»', () => {
    const lines = ['---', 'title: x', '---', `# ${HEADLINE}`, '**12 مارس 2027**', LEAD];
    expect(markdownKinds(lines)).toBe(3);
    expect(withoutMarkdownMarkers(lines).slice(3, 5)).toEqual([HEADLINE, '12 مارس 2027']);
  });
  it('guards: a hashtag keeps its «#»; one heading alone is no markdown copy', () => {
    const tags = ['#البلدية #الإنارة', '- [الرئيسية](/)', `# ${HEADLINE}`];
    expect(withoutMarkdownMarkers(tags)[0]).toBe('#البلدية #الإنارة');
    const lone = [`# ${HEADLINE}`, LEAD];
    expect(withoutMarkdownMarkers(lone)).toBe(lone);
  });
});

describe('a bare common noun is no outlet', () => {
  it('«الموقع», «القائمة» alone name no one', () => {
    expect(notAPublisher('الموقع', lex)).toBeDefined();
    expect(notAPublisher('القائمة', lex)).toBeDefined();
  });
  it('guards: a name holding a common noun, a known source and «الأخبار» (a paper\'s name) stay', () => {
    expect(notAPublisher('أخبار الواحة', lex)).toBeUndefined();
    expect(notAPublisher('موقع نجمة الوادي', lex)).toBeUndefined();
    expect(notAPublisher('الأخبار', lex)).toBeUndefined();
  });
  it('a «read it on the site» link under the story does not name the site', () => {
    const a = fromText(page('نشرة نجمة الوادي اليومية', HEADLINE, '12 مارس 2027', LEAD, MORE, 'اقرأ المزيد على الموقع', 'الموقع', 'نجمة الوادي 2027')).article;
    expect(a?.source).not.toBe('الموقع');
  });
});

describe('a name opening with a given name, closed by a site\'s word', () => {
  it('«علي … نيوز» over a Latin menu is the site, never the menu\'s «الأخبار» (its «علي» is no «على»)', () => {
    const a = fromText(page('علي النهرين نيوز', 'Home', 'الأخبار', 'News', HEADLINE, '12 مارس 2027', LEAD, MORE, 'علي النهرين نيوز 2027')).article;
    expect(a?.source).toBe('علي النهرين نيوز');
  });
  it('guard: a given name and a family name are still a person', () => {
    expect(notAPublisher('علي الحسيني', lex)).toBeDefined();
  });
});

describe('a dateline PLACE- DATE (AGENCY)-', () => {
  it('the dash glued to the place before a full date: place, date and agency read, cut from the lead', () => {
    const text = 'وهران- 21 جوان 2027 (واج)- أطلقت السلطات المحلية مشروعا لتوسعة الميناء';
    const d = parseDateline(text, lex);
    expect(d?.place).toBe('وهران');
    expect(d?.agency?.id).toBe('aps');
    expect(text.slice(d?.end ?? 0)).toBe('أطلقت السلطات المحلية مشروعا لتوسعة الميناء');
  });
  it('guard: a place, a dash and a number of people opening a sentence is no dateline', () => {
    expect(parseDateline('غزة- 27 شخصا أصيبوا في حادث سير على الطريق الساحلي صباح اليوم', lex)).toBeUndefined();
  });
});
