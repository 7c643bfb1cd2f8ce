// Issue 13, fourth round: the misses of aside3 (spent in this round: tuned on, see
// docs/ingest.md) and of the new development pages (u111–u118). aside4 is never asserted here
// (it is the held-out measure).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBoilerplate, loadSources } from '../data/load';
import { buildLexicon } from './boilerplate';
import { parseDateline } from './dateline';
import { extractWithEvidence } from './extract';
import { classifyLines } from './classify';
import { sourceIdentity } from './score';

const ROOT = fileURLToPath(new URL('../../../tests/fixtures/ingest-unseen/', import.meta.url));
const sources = loadSources();
const lex = buildLexicon(loadBoilerplate(), sources);
function extract(id: string) {
  for (const set of ['aside3', 'aside2', 'dev']) {
    const name = readdirSync(ROOT + set).find((f) => f.startsWith(`${id}-`) && f.endsWith('.txt'));
    if (name) {
      const x = extractWithEvidence(readFileSync(`${ROOT}${set}/${name}`, 'utf8'), name, lex);
      return { article: x.articles[0], place: x.evidence[0].place, evidence: x.evidence[0] };
    }
  }
  throw new Error(`no fixture page ${id}`);
}
const idOf = (name: string | undefined) => sourceIdentity(name, sources);

describe('datelines', () => {
  it('a credit written with a short vowel «مسقط - العُمانية» is still the agency (Oman daily)', () => {
    const { article, place } = extract('u116');
    expect(article.paragraphs[0].startsWith('دعت سلطنة عُمان')).toBe(true);
    expect(place).toBe('مسقط');
    expect(idOf(article.agency)).toBe('ona');
  });
  it('«OUTLET / PLACE/»: «أوكرانيا اليوم / كييف/ دعا …» is cut, the place kept (Ukraine Today)', () => {
    const { article, place } = extract('u66');
    expect(article.paragraphs[0].startsWith('دعا الرئيس الأوكراني')).toBe(true);
    expect(place).toBe('كييف');
    expect(article.source).toBe('أوكرانيا اليوم');
  });
  it('«OUTLET / PLACE/» needs a name the page knows: an ordinary «X / Y/» opening is left alone', () => {
    expect(parseDateline('الحرب / السلام/ كتب الرجل عن هذا كثيرا في مذكراته.', lex)).toBeUndefined();
  });
});

describe('outlet from every honest signal', () => {
  it('«السومرية نيوز – دوليات» (OUTLET – SECTION) above the lead is the credited outlet, not the aggregator at the top', () => {
    expect(extract('u64').article.source).toBe('السومرية نيوز');
  });
  it('«العالم - أوروبا» above the lead names the outlet (Al-Alam)', () => {
    expect(extract('u75').article.source).toBe('العالم');
  });
  it('a three-word site name at the top printed again in the closing credit (MCD)', () => {
    expect(extract('u76').article.source).toBe('مونت كارلو الدولية');
  });
  it('a wire’s «© 2025 وكالة فرانس برس» under its own dateline is not the site; the Latin brand’s domain is (swissinfo.ch)', () => {
    const { article } = extract('u77');
    expect(article.source).toBe('swissinfo.ch');
    expect(idOf(article.agency)).toBe('afp');
  });
  it('a Latin-only brand printed again in the byline is the outlet; the byline’s «(مع و م ع)» is the agency (Le360)', () => {
    const { article } = extract('u118');
    expect(article.source?.toLowerCase()).toBe('le360');
    expect(idOf(article.agency)).toBe('map');
  });
  it('«المصدر: موقع المنار + وكالات»: the generic wires are not part of the outlet’s name', () => {
    expect(extract('u117').article.source).toBe('موقع المنار');
  });
});

describe('menu words and site names are not agencies', () => {
  it('a menu item «وطنية» (also NNA’s abbreviation) is neither agency nor outlet (Assabah News)', () => {
    const { article } = extract('u71');
    expect(article.agency).toBeUndefined();
    expect(article.source).toBe('الصباح نيوز');
  });
  it('the agency’s own name as the site’s brand is the outlet, not the story’s credit (APS, place-only dateline)', () => {
    const { article } = extract('u41');
    expect(idOf(article.source)).toBe('aps');
    expect(article.agency).toBeUndefined();
  });
});

describe('page numbers', () => {
  it('a lone page number above the headline is not a rank: the headline stays (Al-Bayan print)', () => {
    expect(extract('u78').article.title).toBe('بروكسل تقر حزمة عقوبات جديدة وموسكو تتوعد بالرد');
  });
  it('a ranked list (1, item, 2, item) still makes its items list lines', () => {
    const lines = classifyLines(['الأكثر قراءة', '1', 'سعر الذهب اليوم في الأسواق المحلية.', '2', 'نتيجة المباراة الأخيرة للفريق'], lex);
    expect(lines[2].kind).toBe('menu');
    expect(lines[4].kind).toBe('menu');
  });
});

describe('second batch of dev pages (u119–u126)', () => {
  it('a photo caption printed twice back to back is not a headline printed twice (Akhbar El-Yom)', () => {
    expect(extract('u119').article.title).toBe('زيلينسكي يطالب أوروبا بقرار سريع بشأن الأصول الروسية');
  });
  it('a three-word masthead printed once is still a (weak) guess at the outlet', () => {
    const { article, evidence } = extract('u119');
    expect(article.source).toBe('بوابة أخبار اليوم');
    expect(evidence.fields.find((f) => f.field === 'outlet')?.confidence).toBeLessThan(0.7);
  });
  it('«دبي - الحدث.نت» on a page headed «الحدث»: the web edition’s suffix names the same outlet', () => {
    expect(extract('u120').article.source).toBe('الحدث');
  });
  it('«بيت لحم- معا-»: the first word of the masthead «وكالة معا الاخبارية» is the page’s own name', () => {
    const { article, place } = extract('u123');
    expect(article.paragraphs[0].startsWith('عرض الفاتيكان')).toBe(true);
    expect(place).toBe('بيت لحم');
    // Eighth round: one source identity — shown as the masthead prints it.
    expect(article.source).toBe('وكالة معا الاخبارية');
  });
});

describe('third batch of dev pages (u127–u130)', () => {
  it('«عبدالله الحربي- سبق- الرياض:»: reporter, outlet and place are one dateline; the place is the known one (Sabq)', () => {
    const { article, place } = extract('u130');
    expect(article.paragraphs[0].startsWith('يرى خبراء')).toBe(true);
    expect(place).toBe('الرياض');
    expect(article.source).toBe('سبق');
  });
});

describe('a short headline on the first line is not a masthead', () => {
  it('a four-word first line followed by the story names no outlet (the bench generator’s shape)', () => {
    const page = [
      'باريس ووارسو تبحثان الطاقة',
      'وفي كورسك، أفادت وسائل إعلام محلية بأن عشرات الطائرات المسيرة أسقطت خلال الليل. وأوضح مسؤول عسكري أن الدفاعات الجوية عملت حتى الفجر.',
      'وقال المتحدث باسم الحكومة إن الاتصالات مستمرة مع الشركاء الأوروبيين. وأضاف أن الاجتماع المقبل سيعقد الأسبوع القادم.',
    ].join('\n');
    const x = extractWithEvidence(page, 'p.txt', lex);
    expect(x.articles[0].source).toBeUndefined();
  });
});
