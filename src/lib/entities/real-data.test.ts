// The real curated data (content/actors.yaml, content/topics.yaml, loaded by src/lib/data)
// over the seed articles. Skipped, with a message, when the files are not there yet.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadActors, loadTopics } from '../data';
import { buildOne } from '../corpus/build.test-helpers';
import { classifyTopics } from '../topics/classify';
import { seedArticles } from './__fixtures__/seeds';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ACTORS = `${root}content/actors.yaml`;
const TOPICS = `${root}content/topics.yaml`;
const haveActors = existsSync(ACTORS);
const haveTopics = existsSync(TOPICS);
if (!haveActors) console.warn(`real-data.test: ${ACTORS} not found — real-dictionary seed tests skipped`);
if (!haveTopics) console.warn(`real-data.test: ${TOPICS} not found — real-topics seed tests skipped`);

const EXPECT: Record<string, string[]> = {
  '000': ['maria-zakharova', 'italy', 'russia', 'china', 'ukraine'],
  '000e': ['lloyd-austin', 'rustem-umerov', 'united-states', 'ukraine', 'nato'],
  '001': ['sebastien-lecornu', 'sergei-shoigu', 'france', 'russia', 'ukraine', 'switzerland', 'turkey'],
  '002': ['mike-waltz', 'yuri-ushakov', 'donald-trump', 'volodymyr-zelensky', 'vladimir-putin', 'kremlin'],
  '003': ['sergey-lavrov', 'vladimir-putin', 'volodymyr-zelensky', 'turkey', 'nato'],
  '004': ['sergey-lavrov', 'donald-trump', 'kirill-dmitriev', 'giuseppe-cavo-dragone'],
  '004e1': ['jd-vance', 'dan-caine'],
  '004e2': ['stephen-doughty', 'united-kingdom'],
  '004e3': ['andriy-yermak', 'jd-vance'],
};
// Actors the seeds do NOT mention; none may be linked anywhere.
const NEVER = ['joe-biden', 'xi-jinping', 'emmanuel-macron', 'recep-tayyip-erdogan', 'iran', 'israel', 'hamas'];

describe.skipIf(!haveActors)('real dictionary over the seeds', () => {
  const actors = haveActors ? loadActors(ACTORS) : [];
  const link = (paragraphs: string[]) => buildOne(paragraphs, actors);
  const arts = seedArticles();
  for (const [key, expected] of Object.entries(EXPECT)) {
    it(`${key} links ${expected.join(', ')}`, () => {
      const r = link(arts[key].paragraphs);
      const ids = new Set(r.mentions.map((m) => m.actorId));
      // Ids differ between dictionaries only if the dictionary renames them; report clearly.
      for (const id of expected) if (actors.some((a) => a.id === id)) expect(ids, `${key} misses ${id}`).toContain(id);
      for (const id of NEVER) expect(ids.has(id), `${key} links ${id}`).toBe(false);
    });
  }
  it('000: Crosetto is linked (from the dictionary or discovered)', () => {
    const r = link(arts['000'].paragraphs);
    const names = r.mentions.map((m) => m.text);
    expect(names).toContain('غويدو كروسيتو');
    expect(names).toContain('كروسيتو');
  });
  it('004: NATO (or its military committee) is linked', () => {
    const ids = link(arts['004'].paragraphs).mentions.map((m) => m.actorId);
    expect(ids.some((id) => id.startsWith('nato'))).toBe(true);
  });
});

describe.skipIf(!haveTopics)('real topics over the seeds', () => {
  const topics = haveTopics ? loadTopics(TOPICS) : [];
  const arts = seedArticles();
  const ids = (k: string) => classifyTopics(arts[k].title, arts[k].paragraphs, topics).map((t) => t.id);
  it('002 → ceasefire, energy-infrastructure', () => expect(ids('002')).toEqual(expect.arrayContaining(['ceasefire', 'energy-infrastructure'])));
  it('004 → security-guarantees', () => expect(ids('004')).toContain('security-guarantees'));
  it("001's embedded → air-defense", () => expect(ids('001e')).toContain('air-defense'));
  it("000's embedded → military-aid", () => expect(ids('000e')).toContain('military-aid'));
});
