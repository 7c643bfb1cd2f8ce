// Test material shared by the entity and topic tests: a small in-test dictionary with the
// spellings the seed pages use, and the seed articles sliced straight from content/raw
// (by line range, so these tests do not depend on the ingest stage).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, ActorType } from '../../types';

const RAW = fileURLToPath(new URL('../../../../content/raw', import.meta.url));

const A = (id: string, type: ActorType, name: string, en: string, more: Partial<Actor> = {}): Actor => ({
  id, type, name, en, aliases: [], ...more,
});

export const seedActors: Actor[] = [
  A('maria-zakharova', 'person', 'ماريا زاخاروفا', 'Maria Zakharova', { short: ['زاخاروفا'] }),
  A('lloyd-austin', 'person', 'لويد أوستن', 'Lloyd Austin', { short: ['أوستن'] }),
  A('rustem-umerov', 'person', 'رستم عمروف', 'Rustem Umerov', { aliases: ['رستم أوميروف'], short: ['عمروف', 'أوميروف'] }),
  A('sebastien-lecornu', 'person', 'سيباستيان ليكورنو', 'Sébastien Lecornu', { short: ['ليكورنو'] }),
  A('sergei-shoigu', 'person', 'سيرغي شويغو', 'Sergei Shoigu', { aliases: ['سيرجي شويجو'], short: ['شويغو', 'شويجو'] }),
  A('mike-waltz', 'person', 'مايك والتز', 'Mike Waltz', { short: ['والتز'] }),
  A('yuri-ushakov', 'person', 'يوري أوشاكوف', 'Yuri Ushakov', { short: ['أوشاكوف'] }),
  A('donald-trump', 'person', 'دونالد ترامب', 'Donald Trump', { aliases: ['دونالد ترمب'], short: ['ترامب', 'ترمب'] }),
  A('volodymyr-zelensky', 'person', 'فولوديمير زيلينسكي', 'Volodymyr Zelensky', {
    aliases: ['فلودمير زيلينسكي', 'فلاديمير زيلينسكي', 'فولوديمير زيلنسكي'], short: ['زيلينسكي', 'زيلنسكي'],
  }),
  A('vladimir-putin', 'person', 'فلاديمير بوتين', 'Vladimir Putin', { short: ['بوتين'] }),
  A('sergey-lavrov', 'person', 'سيرغي لافروف', 'Sergey Lavrov', { aliases: ['سيرجي لافروف'], short: ['لافروف'] }),
  A('kirill-dmitriev', 'person', 'كيريل دميترييف', 'Kirill Dmitriev', { short: ['دميترييف'] }),
  A('giuseppe-cavo-dragone', 'person', 'جوزيبي كافو دراجوني', 'Giuseppe Cavo Dragone', {
    aliases: ['جوزيب كافو دراجونه'], short: ['دراجوني', 'دراجونه'],
  }),
  A('jd-vance', 'person', 'جيه دي فانس', 'JD Vance', { aliases: ['جيه.دي فانس', 'جي دي فانس'], short: ['فانس'] }),
  A('dan-caine', 'person', 'دان كين', 'Dan Caine', { short: ['كين'] }),
  A('andriy-yermak', 'person', 'أندريه يرماك', 'Andriy Yermak', { short: ['يرماك'] }),
  A('stephen-doughty', 'person', 'ستيفن دوتي', 'Stephen Doughty', { short: ['دوتي'] }),
  A('joe-biden', 'person', 'جو بايدن', 'Joe Biden', { short: ['بايدن'] }),
  A('russia', 'country', 'روسيا', 'Russia', { nisba: ['روسي'], capitals: ['موسكو'] }),
  A('ukraine', 'country', 'أوكرانيا', 'Ukraine', { nisba: ['أوكراني'], capitals: ['كييف'] }),
  A('united-states', 'country', 'الولايات المتحدة', 'United States', {
    aliases: ['الولايات المتحدة الأمريكية', 'أمريكا', 'أميركا'], nisba: ['أمريكي'], capitals: ['واشنطن', 'البيت الأبيض'],
  }),
  A('china', 'country', 'الصين', 'China', { nisba: ['صيني'], capitals: ['بكين'] }),
  A('italy', 'country', 'إيطاليا', 'Italy', { nisba: ['إيطالي'], capitals: ['روما'] }),
  A('france', 'country', 'فرنسا', 'France', { nisba: ['فرنسي'], capitals: ['باريس'] }),
  A('switzerland', 'country', 'سويسرا', 'Switzerland', { nisba: ['سويسري'], capitals: ['برن'] }),
  A('turkey', 'country', 'تركيا', 'Turkey', { nisba: ['تركي'], capitals: ['أنقرة'] }),
  A('united-kingdom', 'country', 'المملكة المتحدة', 'United Kingdom', { aliases: ['بريطانيا'], nisba: ['بريطاني'], capitals: ['لندن'] }),
  A('nato', 'organization', 'حلف شمال الأطلسي', 'NATO', { aliases: ['حلف شمال الأطلنطي', 'الناتو', 'ناتو', 'حلف الناتو'] }),
  A('kremlin', 'organization', 'الكرملين', 'Kremlin', {}),
];

export interface SeedArticle {
  name: string;
  title: string;
  paragraphs: string[];
}

/** Lines [from, to] (1-based, inclusive) of a raw seed file; blank lines dropped. */
function lines(file: string, from: number, to: number, cutBefore?: string): string[] {
  const all = readFileSync(join(RAW, file), 'utf8').split('\n').slice(from - 1, to);
  const out = all.map((l) => l.trim()).filter(Boolean);
  if (cutBefore) out[0] = out[0].slice(out[0].indexOf(cutBefore));
  return out;
}

const F = ['000_f1015a2331e42f8d.txt', '001_5779251ae6578792.txt', '002_991ebc19782e432f.txt', '003_2a010a7cc3af768e.txt', '004_368a8c03f50cd1ac.txt'];

export function seedArticles(): Record<string, SeedArticle> {
  const art = (name: string, f: number, title: [number, number], body: [number, number], cut?: string): SeedArticle => ({
    name, title: lines(F[f], title[0], title[1]).join(' '), paragraphs: lines(F[f], body[0], body[1], cut),
  });
  const a000 = art('000', 0, [1, 0], [1, 7]);
  a000.paragraphs = a000.paragraphs.filter((p) => !p.startsWith('محلل')); // a related-link headline
  return {
    '000': a000,
    '000e': art('000e', 0, [19, 19], [21, 33]),
    '001': art('001', 1, [1, 1], [4, 8], 'ذكرت وزارة'),
    '001e': art('001e', 1, [12, 12], [13, 20]),
    '002': art('002', 2, [3, 3], [12, 28]),
    '003': art('003', 3, [36, 36], [38, 47]),
    '004': art('004', 4, [1, 1], [2, 8]),
    '004e1': art('004e1', 4, [21, 21], [22, 22]),
    '004e2': art('004e2', 4, [28, 28], [29, 29]),
    '004e3': art('004e3', 4, [35, 35], [36, 36]),
  };
}
