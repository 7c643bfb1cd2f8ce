// A small, deterministic synthetic corpus for benchmarks: articles stitched from seed
// sentences with varied actors, spellings and clitics. Reusable by any bench (pure).
import type { ArticleDoc } from '../../src/lib/types';

const ACTORS = ['بوتين', 'زيلينسكي', 'زيلنسكي', 'ترامب', 'ترمب', 'لافروف', 'شويغو', 'شويجو', 'ماكرون', 'أردوغان', 'الناتو', 'حلف شمال الأطلسي', 'الاتحاد الأوروبي', 'البنتاغون', 'الكرملين'];
const CLITICS = ['', '', '', 'و', 'ل', 'ب'];
const SEEDS = [
  'قال {a} إن المفاوضات مع {b} ستستأنف الأسبوع المقبل في إسطنبول.',
  'بحث {a} مع {b} الضمانات الأمنية ووقف إطلاق النار على طول خط الجبهة.',
  'أعلن {a} عن حزمة مساعدات عسكرية جديدة تشمل أنظمة دفاع جوي وذخائر.',
  'انتقد {a} العقوبات الغربية المفروضة على قطاع الطاقة في روسيا.',
  'أكد {a} أن تبادل الأسرى مع {b} جرى برعاية تركية.',
  'دعا {a} إلى قمة تجمعه بـ{b} لبحث مستقبل الممرات البحرية في البحر الأسود.',
  'نفى {a} تقارير عن انسحاب القوات من محطة زابوريجيا النووية.',
  'حذر {a} من تصعيد جديد إذا واصل {b} استهداف البنية التحتية للطاقة.',
  'رحب {a} بمبادرة الوساطة التي طرحها {b} بشأن الحبوب والغذاء.',
  'تناول الاجتماع بين {a} و{b} ملف الأراضي والحدود والمساعدات الإنسانية.',
];

/** Mulberry32: a seeded PRNG, so every run generates the same corpus. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticArticles(count: number, seed = 1): ArticleDoc[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: ArticleDoc[] = [];
  for (let i = 0; i < count; i++) {
    const fill = (s: string) => s.replace('{a}', pick(CLITICS) + pick(ACTORS)).replace('{b}', pick(ACTORS));
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 4) }, () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => fill(pick(SEEDS))).join(' '));
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    out.push({
      slug: `syn-${String(i).padStart(5, '0')}`,
      title: fill(pick(SEEDS)).split(' ').slice(0, 8).join(' '),
      date: r() < 0.9 ? `${2022 + Math.floor(r() * 4)}-${month}-${day}` : undefined,
      source: pick(['الجزيرة', 'العربية', 'RT Arabic', 'سكاي نيوز عربية', 'الشرق الأوسط']),
      raw: `syn-${i}.txt`,
      tags: [],
      paragraphs,
    });
  }
  return out;
}
