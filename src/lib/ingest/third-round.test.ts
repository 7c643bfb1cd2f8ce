// Issue 13, third round: the misses of aside2 (spent in this round: tuned on, see
// docs/ingest.md) and of the new development pages (u80–u88). aside3 is never asserted here
// (it is the held-out measure).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { parseDateline } from './dateline';
import { extractWithEvidence } from './extract';
import { sourceIdentity } from './score';

const ROOT = fileURLToPath(new URL('../../../tests/fixtures/ingest-unseen/', import.meta.url));
const sources = loadSources();
const boilerplate = loadBoilerplate();
const lex = buildLexicon(boilerplate, sources);
function extract(id: string) {
  for (const set of ['aside2', 'dev']) {
    const name = readdirSync(ROOT + set).find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'));
    if (name) {
      const x = extractWithEvidence(readFileSync(`${ROOT}${set}/${name}`, 'utf8'), name, lex);
      return { article: x.articles[0], place: x.evidence[0].place };
    }
  }
  throw new Error(`no fixture page ${id}`);
}
const idOf = (name: string | undefined) => sourceIdentity(name, sources);

describe('place-only datelines', () => {
  it('«الجزائر - استقبل …»: a known place and a dash open the lead with no credit (APS)', () => {
    const { article, place } = extract('u41');
    expect(article.paragraphs[0].startsWith('استقبل وزير الدولة')).toBe(true);
    expect(place).toBe('الجزائر');
  });
  it('«كييف - طلبت …» (Arabi Post)', () => {
    const { article, place } = extract('u88');
    expect(article.paragraphs[0].startsWith('طلبت الحكومة الأوكرانية')).toBe(true);
    expect(place).toBe('كييف');
  });
  it('a place the places data does not list is not a dateline («سعيد - …» stays)', () => {
    expect(parseDateline('سعيد - كان هذا ما قاله الرجل أمام الصحفيين أمس.', lex)).toBeUndefined();
  });
  it('two known places joined by a dash, then a quoted outlet: «لندن - موسكو: «الشرق الأوسط»»', () => {
    const { article, place } = extract('u52');
    expect(article.paragraphs[0].startsWith('جددت موسكو، أمس (الأحد)')).toBe(true);
    expect(place).toBe('لندن - موسكو');
    expect(idOf(article.source)).toBe('asharq-al-awsat');
  });
});

describe('credit words and the page’s own name', () => {
  it('«بغداد اليوم - متابعة» opening the lead: the page’s name and a credit word are cut (no title starting «متابعة»)', () => {
    const { article } = extract('u61');
    expect(article.paragraphs[0].startsWith('كشفت وسائل إعلام أمريكية')).toBe(true);
    expect(article.title.startsWith('متابعة')).toBe(false);
    expect(article.source).toBe('بغداد اليوم');
  });
  it('«الخليج أونلاين - متابعات»: a credit word names no agency', () => {
    const { article } = extract('u87');
    expect(article.agency).toBeUndefined();
    expect(article.source).toBe('الخليج أونلاين');
  });
  it('credit words are data: a word listed under creditWords in boilerplate.yaml is read as one', () => {
    const text = 'بغداد اليوم - حصري كشفت وسائل إعلام أمريكية عن تفاصيل جديدة.';
    const own = (t: string) => (t.trim() === 'بغداد اليوم' ? { name: 'بغداد اليوم', kind: 'outlet' as const } : lex.names(t));
    expect(parseDateline(text, lex, own)?.end ?? 0).toBeLessThan(text.indexOf('كشفت'));
    const more = buildLexicon({ ...boilerplate, creditWords: [...boilerplate.creditWords, 'حصري'] }, sources);
    const ownMore = (t: string) => (t.trim() === 'بغداد اليوم' ? { name: 'بغداد اليوم', kind: 'outlet' as const } : more.names(t));
    expect(parseDateline(text, more, ownMore)?.end).toBe(text.indexOf('كشفت'));
  });
  it('a Latin brand above the Arabic name: the Arabic name is the site’s («Alsumaria» / «السومرية نيوز»)', () => {
    expect(extract('u46').article.source).toBe('السومرية نيوز');
  });
  it('«طرابلس - ليبيا أوبزرفر» under a Latin brand: the page’s Arabic name is the dateline’s outlet', () => {
    const { article, place } = extract('u85');
    expect(article.paragraphs[0].startsWith('استقبل رئيس المجلس الرئاسي')).toBe(true);
    expect(place).toBe('طرابلس');
    expect(article.source).toBe('ليبيا أوبزرفر');
  });
  it('«فرانس24/ أ ف ب» on a credit line of its own after the story gives the agency', () => {
    expect(idOf(extract('u49').article.agency)).toBe('afp');
  });
});

describe('a dateline with a place and a date but no credit', () => {
  it('«بنغازي 14 ديسمبر 2025 – …»: the full date vouches for a place the data does not list', () => {
    const text = 'بنغازي 14 ديسمبر 2025 – التقى قائد الجيش الليبي وفدا روسيا لبحث التعاون العسكري.';
    const d = parseDateline(text, lex);
    expect(d?.place).toBe('بنغازي');
    expect(text.slice(d!.end).startsWith('التقى')).toBe(true);
    expect(lex.dates.parse(d!.date!)).toBe('2025-12-14');
  });
  it('a weekday and a date are a date line, not a place («الخميس 18 ديسمبر 2025 - …» stays)', () => {
    expect(parseDateline('الخميس 18 ديسمبر 2025 - التقى الرئيس وفدا روسيا لبحث التعاون.', lex)).toBeUndefined();
  });
});

describe('a line of names after the story', () => {
  const story = [
    'الرئيسية', 'دولي', 'ماكرون يدعو إلى ضمانات أمنية أوروبية لأوكرانيا',
    'قال الرئيس الفرنسي الخميس إن أوروبا يجب أن تكون طرفا في أي تسوية تخص أوكرانيا. وأضاف أن القادة سيبحثون الضمانات الممكنة.',
    'وتأتي تصريحاته بعد اتصالات مع نظيريه الأمريكي والأوكراني خلال الأسبوع الجاري.',
  ];
  const agencyOf = (closing: string) => extractWithEvidence([...story, closing].join('\n'), 'x.txt', lex).articles[0].agency;
  it('names the wire when every part is a known name, one with digits («فرانس24/ أ ف ب»)', () => {
    expect(idOf(agencyOf('فرانس24/ أ ف ب'))).toBe('afp');
  });
});
