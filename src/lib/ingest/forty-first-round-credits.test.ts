// Forty-first round, two credit shapes (session 44, 13k2): a paper in a dateline's slot (paper-credits.ts) and a
// story's last sentence closed by a bracket (closing-brackets.ts). Pages: tests/fixtures/ingest-unseen/dev/u4050–u4059
// (the tuned pages only; `dev-aside-44k2` — u4050, u4053, u4056, u4059 — is never read here).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';
import { classifyLine } from './classify';
import { closedSentenceTail } from './closing-brackets';
import { isUnclosedPaperSubject } from './paper-credits';

const { lex, labelled } = roundFixtures(['dev']);

describe('a paper named in a dateline\'s slot', () => {
  it.each(['u4051', 'u4052'])('%s: the paper closed by a separator is the page\'s credit (outlet, no agency), the lead without it', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.articles[0].agency ?? null).toBeNull();
    expect(extraction.evidence[0].place).toBe(expected.place);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('u4054: a known paper opening the lead with no separator after it is the subject — the site stays the outlet', () => {
    const { extraction, expected } = labelled('u4054');
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('the rule asks for the type word and the missing separator', () => {
    expect(isUnclosedPaperSubject('صحيفة كوميرسانت', false, ' ', lex)).toBe(true);
    expect(isUnclosedPaperSubject('جريدة الأفق', false, ' ', lex)).toBe(true);
    expect(isUnclosedPaperSubject('صحيفة الأفق', false, ': ', lex)).toBe(false);
    expect(isUnclosedPaperSubject('صحيفة الأفق', true, ' ', lex)).toBe(false);
    expect(isUnclosedPaperSubject('سيريا ستيبس', false, ' ', lex)).toBe(false);
  });
  it('«PLACE – جريدة NAME –» and «PLACE - صحيفة NAME:» still read; «ذكرت صحيفة NAME أن …» is no dateline', () => {
    const closed = parseDateline('حمص – جريدة الضفة الشرقية – أعلن محافظ المدينة افتتاح معبر جديد للمسافرين.', lex);
    expect(closed?.place).toBe('حمص');
    expect(closed?.outlet?.name).toBe('جريدة الضفة الشرقية');
    const open = parseDateline('عمّان - صحيفة كوميرسانت الروسية نشرت أمس تفاصيل مقترح جديد للهدنة.', lex);
    expect(open?.outlet).toBeUndefined();
    const cited = parseDateline('ذكرت صحيفة الضفة الشرقية أن الوفد الأوكراني وصل إلى العاصمة مساء أمس.', lex);
    expect(cited?.outlet).toBeUndefined();
  });
});

describe('a story\'s last sentence closed by a bracket', () => {
  it.each(['u4055', 'u4057'])('%s: «… . (WIRE)» on a copy naming no site: the agency, no outlet, the paragraph kept with its tag', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].agency).toBe(expected.agency === 'anadolu' ? 'الأناضول' : 'قنا');
    expect(extraction.articles[0].source ?? null).toBeNull();
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
  it('u4058: a bracketed clause closing the last sentence is prose naming no one', () => {
    const { extraction, expected } = labelled('u4058');
    expect(extraction.articles[0].agency ?? null).toBeNull();
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
  it('a caption closed by a wire, and a headline with a bracket, stay apart from the story', () => {
    expect(closedSentenceTail('الرئيس الأوكراني خلال مؤتمر صحفي في كييف. (أ ف ب)', 9, lex)).toBe(false);
    expect(classifyLine('الرئيس الأوكراني خلال مؤتمر صحفي في كييف. (أ ف ب)', lex).kind).not.toBe('body');
    expect(closedSentenceTail('وأضاف أن الوفدين سيلتقيان مجددا الأسبوع المقبل. (مصدر مجهول)', 10, lex)).toBe(false);
    expect(closedSentenceTail('موسكو وكييف تتبادلان الأسرى (صور)', 5, lex)).toBe(false);
    expect(classifyLine('وأضاف أن الوفدين سيلتقيان مجددا الأسبوع المقبل. (الأناضول)', lex).kind).toBe('body');
  });
});
