// Issue 13, after the twelfth round (session 14): a copy framed by a tool's Latin lines names its
// site between the tool's header and the headline, or between the story and the tool's footer
// (`toolFrameName`). aside12 is spent (its misses were printed in the twelfth round): u554, u561,
// u571 are asserted here with dev u581, and pages of other tools' shapes written for this test.
import { describe, expect, it } from 'vitest';
import { extractWithEvidence } from './extract';
import { roundFixtures } from './round-fixtures';

const { lex, fromText, extract, page } = roundFixtures(['aside12', 'dev']);
const HEADLINE = 'موسكو وكييف تتبادلان مئات الأسرى بوساطة إماراتية جديدة';
const STORY = [
  'أعلنت روسيا وأوكرانيا إتمام عملية تبادل جديدة شملت مئات الأسرى من الجانبين، بوساطة إماراتية هي الأحدث في سلسلة وساطات مماثلة.',
  'وقال مسؤولون من البلدين إن العملية جرت عند الحدود مع بيلاروسيا، وإن جولات أخرى قد تتبع خلال الأسابيع المقبلة.',
];
const outletRule = (raw: string) => extractWithEvidence(raw, 'page.txt', lex).evidence[0].fields.find((f) => f.field === 'outlet')?.rule;

describe('the site named inside a tool\'s frame', () => {
  it('between the tool\'s header and the headline: a channel viewer (u554 «Telegram»), a chat\'s link preview (u571)', () => {
    expect(extract('u554').article.source).toBe('العاصمة أونلاين');
    expect(extract('u571').article.source).toBe('عاين');
  });
  it('between the story and the tool\'s footer: a read-later app (u561 «Archive · Move · Share»), a news app (u581 «Open in browser»)', () => {
    expect(extract('u561').article.source).toBe('نواة');
    expect(extract('u581').article.source).toBe('المغاربية');
  });
  it('other tools, same frame: a WhatsApp link preview, a Pocket-style footer', () => {
    const preview = page('Karim 9:02 PM', 'https://alrafidain-news.example/article/7712', 'الرافدين', HEADLINE, ...STORY, 'Reply');
    expect(fromText(preview).article.source).toBe('الرافدين');
    // Since the sixteenth round the link itself names the site too (own-site.ts), the stronger of two agreeing rules.
    expect(outletRule(preview)).toMatch(/copying tool's header|page's own link/);
    const footer = page('Saved', 'Top Stories', HEADLINE, ...STORY, 'صوت الشمال', 'View original · Share · Delete');
    expect(fromText(footer).article.source).toBe('صوت الشمال');
  });
  it('not the site\'s own header (a brand over its domain), a © footer, or a prompt above the footer', () => {
    const own = page('Nahar Plus', 'naharplus.example', 'أخبار دولية', HEADLINE, ...STORY, 'Read more');
    expect(outletRule(own) ?? '').not.toContain('copying tool');
    const copyright = page('Daily Brief', HEADLINE, ...STORY, 'الميزان', '© 2025 Daily Brief');
    expect(outletRule(copyright) ?? '').not.toContain('copying tool');
    const prompt = page('upday', 'Top News', HEADLINE, ...STORY, 'اشترك في نشرتنا', 'Open in browser');
    expect(fromText(prompt).article.source ?? '').not.toBe('اشترك في نشرتنا');
  });
  it('a page whose last line is Arabic is no tool\'s frame', () => {
    const plain = page('Telegram', 'الرافدين', HEADLINE, ...STORY, 'جميع الحقوق محفوظة');
    expect(outletRule(plain) ?? '').not.toContain('copying tool');
  });
});
