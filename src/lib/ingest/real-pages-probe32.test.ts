// Thirty-second session (13p): a fresh probe of real outlets' text. Its only wrong outlets were short top
// lines the weak «site name?» guesses took for the site: a picture's alt text naming the story's people
// joined by «و» («بوتين وزيلينسكي») and a section closing on what it covers («اخبار العرب والعالم»); a date
// it missed was printed only in the lead's words («صباح اليوم الأحد 26 أكتوبر 2025»).
// Pages in our own words (dev u2480–u2490) and inline lines; the real text stays outside the repository
// (docs/ingest.md «Twenty-ninth round: a fresh probe of real pages (helper 13p)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { labelShaped, labelWords } from './story-label';
import { namesTheStory } from './weak-guess';
import { todayInLead } from './lead-date';

const { lex, extract, fromText } = roundFixtures(['dev']);
const words = labelWords(lex);
const LEAD = 'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان في اتصال هاتفي ترتيبات جولة جديدة من المحادثات.';
const MORE = 'وقال بيان للخارجية الروسية إن الوزيرين اتفقا على مواصلة التنسيق خلال الأسابيع المقبلة.';
const line = (index: number, text: string) => ({ index, text });

describe('a picture\'s alt text naming the story\'s people is no masthead', () => {
  it('names joined by «و», each a word of the opening lines, over the lead or the headline', () => {
    const lines = [line(0, 'لافروف وفيدان'), line(1, LEAD), line(2, MORE)];
    expect(namesTheStory(lines[0], lines, 1)).toBe(true);
    // the second name may be printed only in the story's second line, the line closed by a caption's comma
    const split = [line(0, 'لافروف والوزيرين،'), line(1, LEAD), line(2, MORE)];
    expect(namesTheStory(split[0], split, 1)).toBe(true);
  });
  it('a name the opening does not repeat, one word, words not joined by «و», or the phrase printed whole stay names', () => {
    const not = (text: string, lead = LEAD) => {
      const lines = [line(0, text), line(1, lead), line(2, MORE)];
      return namesTheStory(lines[0], lines, 1);
    };
    expect(not('النخيل والموج')).toBe(false);
    expect(not('لافروف')).toBe(false);
    expect(not('لافروف فيدان')).toBe(false);
    expect(not('الساحل والجبل', 'أفادت مصادر دبلوماسية لـ"الساحل والجبل" أن موسكو اقترحت جولة جديدة.')).toBe(false);
  });
  it('the pages: no outlet from the alt text, and the headline under it is the title', () => {
    for (const id of ['u2480', 'u2482', 'u2483']) expect(extract(id).article.source, id).toBeUndefined();
    const u2481 = extract('u2481').article;
    expect(u2481.source).toBeUndefined();
    expect(u2481.title).toBe('قادة أوروبيون يبحثون في روما تمويل إعادة إعمار الموانئ الأوكرانية');
  });
  it('guards: a coordinated masthead the lead does not repeat, or names whole after «لـ», is still the site', () => {
    expect(extract('u2484').article.source).toBe('النخيل والموج');
    expect(extract('u2485').article.source).toBe('الساحل والجبل');
    expect(fromText(`النخيل والموج\n${LEAD}\n${MORE}\n`).article.source).toBe('النخيل والموج');
  });
});

describe('a section closing on what it covers («… والعالم») is no masthead', () => {
  it('label shapes this session adds, and names they keep', () => {
    for (const t of ['الخليج والعالم', 'اخبار العرب والعالم', 'أخبار مصر والعالم', 'محلي ودولي', 'عرب وعالم']) expect(labelShaped(t, words), t).toBe(true);
    for (const t of ['روسيا والعالم الإسلامي', 'أخبار الخليج', 'النخيل والموج', 'صوت العرب']) expect(labelShaped(t, words), t).toBe(false);
  });
  it('the pages: a section over the headline names no outlet; a name printed again in the © line still does', () => {
    for (const id of ['u2486', 'u2487', 'u2488', 'u2489']) expect(extract(id).article.source, id).toBeUndefined();
    expect(extract('u2490').article.source).toBe('الشرق والعالم');
  });
});

describe('the lead that says which day «today» is dates a page that prints no date', () => {
  it('«اليوم» + a weekday + a full date right after it, with or without commas', () => {
    expect(todayInLead('أعلنت الهيئة مساء اليوم الثلاثاء 16 آذار 2027 توسيع القائمة.', lex.dates)).toBe('2027-03-16');
    expect(todayInLead('تستضيف الدوحة اليوم الخميس، 18 مارس 2027، جولة محادثات.', lex.dates)).toBe('2027-03-18');
  });
  it('an event\'s day without «اليوم», «اليوم» with no weekday, or a date without a year give none', () => {
    expect(todayInLead('ستعقد الجولة يوم الأحد 21 مارس 2027 في أبوظبي.', lex.dates)).toBeUndefined();
    expect(todayInLead('قال الوزير اليوم إن الجولة ستعقد في 21 مارس 2027.', lex.dates)).toBeUndefined();
    expect(todayInLead('قال الوزير اليوم الأحد 21 مارس إن الجولة ستعقد قريبا.', lex.dates)).toBeUndefined();
  });
  it('the pages: the lead\'s date when nothing else is printed, none for an event\'s day', () => {
    expect(extract('u2491').article.date).toBe('2027-03-16');
    expect(extract('u2492').article.date).toBe('2027-03-18');
    expect(extract('u2493').article.date).toBeUndefined();
  });
});
