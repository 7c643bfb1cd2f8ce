// Seed expectations: the five raw pages in content/raw, sliced by line range, linked with
// a small in-test dictionary (Crosetto is left out on purpose: he must be discovered).
import { describe, expect, it } from 'vitest';
import { buildOne } from '../corpus/build.test-helpers';
import { seedActors, seedArticles } from './__fixtures__/seeds';

const arts = seedArticles();
const link = (paragraphs: string[]) => buildOne(paragraphs, seedActors);

// expected: must be linked; also: mentioned in the text too (nisba, capital…), so allowed.
const EXPECT: Record<string, { expected: string[]; also: string[] }> = {
  '000': { expected: ['maria-zakharova', 'italy', 'russia', 'china', 'ukraine'], also: ['united-states'] },
  '000e': { expected: ['lloyd-austin', 'rustem-umerov', 'united-states', 'ukraine', 'nato'], also: ['russia'] },
  '001': { expected: ['sebastien-lecornu', 'sergei-shoigu', 'france', 'russia', 'ukraine', 'switzerland', 'turkey'], also: [] },
  '001e': { expected: ['volodymyr-zelensky', 'vladimir-putin', 'ukraine', 'russia'], also: ['united-states', 'italy', 'united-kingdom'] },
  '002': { expected: ['mike-waltz', 'yuri-ushakov', 'donald-trump', 'volodymyr-zelensky', 'vladimir-putin', 'kremlin'], also: ['russia', 'ukraine', 'united-states'] },
  '003': { expected: ['sergey-lavrov', 'vladimir-putin', 'volodymyr-zelensky', 'turkey', 'nato'], also: ['russia', 'ukraine', 'united-states'] },
  '004': { expected: ['sergey-lavrov', 'donald-trump', 'kirill-dmitriev', 'giuseppe-cavo-dragone', 'nato'], also: ['russia', 'ukraine', 'united-states', 'italy'] },
  '004e1': { expected: ['jd-vance', 'dan-caine'], also: ['united-states', 'ukraine', 'nato', 'giuseppe-cavo-dragone'] },
  '004e2': { expected: ['stephen-doughty', 'united-kingdom'], also: ['russia', 'united-states', 'kremlin'] },
  '004e3': { expected: ['andriy-yermak', 'jd-vance'], also: ['ukraine', 'united-states', 'russia', 'nato', 'volodymyr-zelensky', 'united-kingdom', 'france', 'sergey-lavrov', 'donald-trump', 'vladimir-putin', 'kremlin', 'china'] },
};

describe('seed articles with the in-test dictionary, linked as the build links them', () => {
  for (const [key, { expected, also }] of Object.entries(EXPECT)) {
    it(`${key}: links the expected actors and nothing the text does not mention`, () => {
      const a = arts[key];
      const r = link(a.paragraphs);
      const dictionaryIds = new Set(r.mentions.map((m) => m.actorId).filter((id) => !id.startsWith('discovered-')));
      for (const id of expected) expect(dictionaryIds, `${key} misses ${id}`).toContain(id);
      for (const id of dictionaryIds) expect([...expected, ...also], `${key} has unexpected ${id}`).toContain(id);
      for (const m of r.mentions) expect(a.paragraphs[m.paragraph].slice(m.start, m.end)).toBe(m.text);
    });
  }

  it('000: Guido Crosetto is discovered from his role and his later bare surname links to him', () => {
    const a = arts['000'];
    const r = link(a.paragraphs);
    const crosetto = r.discovered.find((d) => d.name === 'غويدو كروسيتو');
    expect(crosetto).toBeDefined();
    expect(crosetto!.id).toMatch(/^discovered-[a-z0-9-]+$/);
    expect(crosetto!.evidence).toContain('وزير الدفاع الإيطالي');
    const ms = r.mentions.filter((m) => m.actorId === crosetto!.id);
    expect(ms.map((m) => m.text)).toEqual(['غويدو كروسيتو', 'كروسيتو']);
    expect(ms.every((m) => m.kind === 'discovered')).toBe(true);
    expect(r.discovered).toHaveLength(1);
  });

  it('004e2: a person outside the dictionary introduced by «ومديره» is discovered', () => {
    const r = link(arts['004e2'].paragraphs);
    expect(r.discovered.map((d) => d.name)).toEqual(['كانتيمير تشالباييف']);
  });

  it('no seed article discovers a dictionary person again', () => {
    for (const a of Object.values(arts)) {
      const r = link(a.paragraphs);
      for (const d of r.discovered) expect(['غويدو كروسيتو', 'كانتيمير تشالباييف']).toContain(d.name);
    }
  });

  it('speakerQuotes finds who said what', () => {
    const pick = (key: string) => {
      const a = arts[key];
      return link(a.paragraphs).quotes;
    };
    const q000 = pick('000');
    expect(q000.map((q) => q.actorId)).toEqual([expect.stringMatching(/^discovered-/), expect.stringMatching(/^discovered-/), 'maria-zakharova']);
    expect(q000[2].sentence).toContain('موقف القيادة الأمريكية');
    const q003 = pick('003').map((q) => q.actorId);
    expect(q003).toContain('sergey-lavrov');
    expect(q003).not.toContain('vladimir-putin');
    const q000e = pick('000e').map((q) => q.actorId);
    expect(q000e).toEqual(expect.arrayContaining(['lloyd-austin']));
    expect(q000e).not.toContain('rustem-umerov');
  });
});
