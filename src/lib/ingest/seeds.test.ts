// The five real seed pages (content/raw) and what each must yield.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../types';
import { buildLexicon } from './boilerplate';
import { loadBoilerplate } from '../data/load';
import { extractArticles } from './extract';

const RAW = fileURLToPath(new URL('../../../content/raw/', import.meta.url));
const lex = buildLexicon(loadBoilerplate());
function seed(name: string): ExtractedArticle[] {
  return extractArticles(readFileSync(RAW + name, 'utf8'), name, lex);
}
const body = (a: ExtractedArticle) => a.paragraphs.join('\n');

describe('seed 000 (no headline, RT Arabic)', () => {
  const [main, ...embedded] = seed('000_f1015a2331e42f8d.txt');
  it('titles the main article from its lead sentence, cut at a word boundary', () => {
    expect(main.slug).toBe('000-f1015a2331e42f8d');
    expect(main.title.startsWith('أعرب وزير الدفاع الإيطالي')).toBe(true);
    expect(main.title.length).toBeLessThanOrEqual(100);
    expect(main.title.endsWith('…')).toBe(true);
    expect(main.paragraphs[0].startsWith(main.title.slice(0, -1))).toBe(true); // whole words only
    expect(main.date).toBeUndefined();
    expect(main.source).toBe('RT Arabic');
  });
  it('drops the stray headline, source lines, keywords and the similar-articles list', () => {
    const text = body(main);
    expect(main.paragraphs).toHaveLength(3);
    for (const clutter of ['محلل استخباراتي أمريكي يوضح الدافع', 'المصدر', 'كلمات دلالية', 'مقالات مشابهة', 'أوربان يصل', 'أكد وزير الدفاع الأمريكي']) {
      expect(text).not.toContain(clutter);
    }
  });
  it('splits out the embedded US-aid article with its body', () => {
    expect(embedded).toHaveLength(1);
    const [e] = embedded;
    expect(e.slug).toBe('000-f1015a2331e42f8d-e1');
    expect(e.via).toBe('000-f1015a2331e42f8d');
    expect(e.title.startsWith('الدفاع الأمريكي: نعتزم تقديم مساعدة أمنية إضافية لأوكرانيا')).toBe(true);
    expect(e.date).toBeUndefined();
    expect(body(e)).toContain('لويد أوستن');
    expect(body(e)).toContain('عمروف');
    expect(body(e)).not.toContain('مقالات مشابهة');
    expect(body(e)).not.toContain('البارزاني');
  });
});

describe('seed 001 (glued related-news widget, embedded later story)', () => {
  const [main, ...embedded] = seed('001_5779251ae6578792.txt');
  it('reads title, date and source', () => {
    expect(main.title).toBe('موسكو: محادثات مع وزير الدفاع الفرنسي تظهر الاستعداد للحوار بشأن أوكرانيا');
    expect(main.date).toBe('2024-04-05');
    expect(main.source).toBe('صحيفة الاتحاد');
    expect(main.agency).toBe('وكالات'); // the dateline «موسكو (وكالات)» states generic wires
  });
  it('cuts the glued widget so the body starts with the first real sentence', () => {
    expect(main.paragraphs[0].startsWith('ذكرت وزارة الدفاع الروسية')).toBe(true);
    expect(body(main)).not.toContain('أخبار ذات صلة');
    expect(body(main)).not.toContain('تابع التغطية');
    expect(body(main)).not.toContain('كلمات دلالية');
    expect(main.paragraphs.at(-1)).toContain('التهديدات المرتبطة بالإرهاب');
  });
  it('yields the embedded air-defence story without the host date', () => {
    expect(embedded).toHaveLength(1);
    expect(embedded[0].title.startsWith('أوكرانيا تطلب أنظمة جديدة مضادة للطائرات')).toBe(true);
    expect(embedded[0].date).toBeUndefined();
    expect(embedded[0].paragraphs).toHaveLength(8);
  });
});

describe('seed 002 (Yeni Şafak, repeated title, hashtags, comment boilerplate)', () => {
  const articles = seed('002_991ebc19782e432f.txt');
  const [main] = articles;
  it('reads title, glued date, outlet, agency and hashtags', () => {
    expect(articles).toHaveLength(1);
    expect(main.title).toBe('مستشارا الأمن القومي الأمريكي والروسي يبحثان سبل وقف إطلاق النار بأوكرانيا');
    expect(main.date).toBe('2025-03-19');
    expect(main.source).toBe('يني شفق');
    expect(main.agency).toBe('الأناضول');
    expect(main.tags).toEqual(['الولايات المتحدة', 'أوكرانيا', 'روسيا']);
  });
  it('keeps only the story', () => {
    expect(main.paragraphs[0].startsWith('بحث مستشار الأمن القومي')).toBe(true);
    expect(main.paragraphs.at(-1)!.startsWith('ومنذ 24 فبراير')).toBe(true);
    for (const clutter of ['مستشارا الأمن القومي', 'التعليقات', 'كن أول من يترك', 'اشترك هنا', 'العضوية', '#']) {
      expect(body(main)).not.toContain(clutter);
    }
  });
});

describe('seed 003 (RT, menus and story lists)', () => {
  const articles = seed('003_2a010a7cc3af768e.txt');
  const [main] = articles;
  it('finds the title after the menus and the source at the end', () => {
    expect(articles).toHaveLength(1);
    expect(main.title).toBe('لافروف: نظام كييف والغرب لا يبحثان عن السلام');
    expect(main.date).toBeUndefined();
    expect(main.source).toBe('RT');
  });
  it('drops menus, the photo credit and the trailing headline list', () => {
    expect(main.paragraphs[0].startsWith('قال وزير الخارجية الروسي سيرغي لافروف')).toBe(true);
    for (const clutter of ['الصور الأولى من جولة', 'Sputnik', 'Stories', 'التعليقات', 'القنيطرة', 'سيف الإسلام', 'بيان سعودي تركي']) {
      expect(body(main)).not.toContain(clutter);
    }
    expect(main.paragraphs.at(-1)).toContain('الناطقين بالروسية');
  });
});

describe('seed 004 (three embedded stories from other outlets)', () => {
  const [main, ...embedded] = seed('004_368a8c03f50cd1ac.txt');
  it('reads the main article and keeps the sub-heading as its own paragraph', () => {
    expect(main.title).toBe('لافروف: مناقشة الضمانات الأمنية بلا روسيا لن يوصل لنتيجة');
    expect(main.date).toBeUndefined();
    expect(main.paragraphs).toContain('لا مواقف بناءة');
    for (const clutter of ['هاشتاغز', 'الذكاء الاصطناعي', 'Daily8', 'التعليقات', 'لا يوجد تعليقات', 'نائب ترامب']) {
      expect(body(main)).not.toContain(clutter);
    }
  });
  it('splits three embedded articles with their outlets and no dates', () => {
    expect(embedded.map((e) => e.source)).toEqual(['العربية', 'أرقام', 'الشرق السعودية']);
    expect(embedded.map((e) => e.slug)).toEqual(['e1', 'e2', 'e3'].map((s) => `004-368a8c03f50cd1ac-${s}`));
    expect(embedded[0].title).toBe('نائب ترامب: على أوروبا تحمل الجزء الأكبر من عبء أمن أوكرانيا');
    expect(embedded[1].title.startsWith('لندن تستهدف شبكات عملات رقمية')).toBe(true);
    expect(embedded[2].title.startsWith('أوكرانيا: نعمل على المكون العسكري')).toBe(true);
    for (const e of embedded) {
      expect(e.date).toBeUndefined(); // «منذ 30 دقائق» is not a date
      expect(e.via).toBe('004-368a8c03f50cd1ac');
      expect(body(e)).not.toMatch(/منذ (30|39) دقائق|منذ ساعة واحدة/);
      // The single-line bodies are split into several readable paragraphs.
      expect(e.paragraphs.length).toBeGreaterThan(1);
    }
    expect(body(embedded[0])).toContain('فانس');
    expect(body(embedded[1])).toContain('قرغيزستان');
    expect(body(embedded[2])).toContain('يرماك');
  });
});
