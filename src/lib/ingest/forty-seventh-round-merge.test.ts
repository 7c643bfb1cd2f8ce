// Forty-seventh round, at the merge (session 50, helper 13m): classes aside47 (spent) showed, read by data in
// content/boilerplate.yaml — a reader view's font buttons alone on their line («Aa», «A+ A-»: exactLines), a mail
// footer read by its noun and «لأنك» whatever the verb (containsPhrases), a notes app's Arabic creation stamp as a copy
// tool's time («تم الإنشاء: DATE», «أُنشئ في DATE»: indirectDates.copyTimeLabels). Pages: aside47 u4906, u4909, u4926
// (spent) and dev u4990–u4998 (u4992, u4995, u4998 the aside third dev-aside-50m).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { labelled } = roundFixtures(['aside47', 'dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;

describe('font buttons alone on their line are interface, never the site', () => {
  it.each(['u4906', 'u4996', 'u4991', 'u4998'])('%s: the outlet', (id) => expect(got(id).source).toBe(want(id).outlet));
});

describe('a mail footer telling why the mail came is clutter, whatever its verb', () => {
  it.each(['u4909', 'u4992', 'u4994'])('%s: the paragraphs only', (id) => expect(got(id).paragraphs).toEqual(want(id).paragraphs));
});

describe('a notes app\'s creation stamp is the copy\'s time, not the story\'s date', () => {
  it.each(['u4926', 'u4993', 'u4997'])('%s: the story\'s date', (id) => expect(got(id).date).toBe(want(id).date));
});

describe('a copying tool\'s domain glued of a town and «today»: the name whole, not the town', () => {
  const { fromText, page } = roundFixtures(['dev']);
  const clip = (domain: string, author: string, town: string) => page('---', 'created: 2028-08-05T10:12:40 (UTC +01:00)', 'tags: []',
    `source: https://${domain}/economie/phosphate-ukraine`, `author: ${author}`, '---',
    '# عقد لتوريد الفوسفات التونسي إلى مزارع أوكرانية', 'عقد لتوريد الفوسفات التونسي إلى مزارع أوكرانية', '---', '3 أوت 2028',
    `وقعت شركة الفوسفات عقدا لتوريد شحنات من الأسمدة إلى مزارع في جنوب أوكرانيا، وقال عمال المناجم في ${town} إن العقد يضمن استمرار الإنتاج.`,
    'وأضاف مسؤول في الشركة أن الشحنة الأولى ستغادر ميناء صفاقس الشهر المقبل، وأن العقد يشمل أربع شحنات خلال العام.');
  it('u4932 (spent): «كبوشية اليوم», not «كبوشية»', () => expect(got('u4932').source).toBe('كبوشية اليوم'));
  it('a markdown clip of another town\'s site reads the name whole', () => expect(fromText(clip('metlaouitoday.tn', 'المتلوي اليوم', 'المتلوي')).article.source).toBe('المتلوي اليوم'));
  it('guard: a domain that spells only the town still meets the town\'s name as printed', () => expect(fromText(clip('metlaoui.tn', 'المتلوي', 'المتلوي')).article.source).toBe('المتلوي'));
});
