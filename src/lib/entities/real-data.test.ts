// The real curated data (content/actors.yaml, content/topics.yaml, loaded by src/lib/data)
// over the seed articles. The files are part of the repository: if one is missing or an
// expected id was renamed, these tests fail (they never skip).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadActors, loadTopics } from '../data';
import { buildOne } from '../corpus/build.test-helpers';
import { classifyTopics } from '../topics/classify';
import { seedArticles } from './__fixtures__/seeds';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ACTORS = `${root}content/actors.yaml`;
const TOPICS = `${root}content/topics.yaml`;

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

describe('real dictionary over the seeds', () => {
  const actors = loadActors(ACTORS);
  const link = (paragraphs: string[]) => buildOne(paragraphs, actors);
  const arts = seedArticles();
  for (const [key, expected] of Object.entries(EXPECT)) {
    it(`${key} links ${expected.join(', ')}`, () => {
      const r = link(arts[key].paragraphs);
      const ids = new Set(r.mentions.map((m) => m.actorId));
      // An id renamed in the dictionary must be renamed here too: a missing id fails, by name.
      for (const id of expected) {
        expect(actors.some((a) => a.id === id), `${id} is not in ${ACTORS}`).toBe(true);
        expect(ids, `${key} misses ${id}`).toContain(id);
      }
      for (const id of NEVER) expect(ids.has(id), `${key} links ${id}`).toBe(false);
    });
  }
  it('000: Crosetto is linked (from the dictionary or discovered)', () => {
    const r = link(arts['000'].paragraphs);
    const names = r.mentions.map((m) => m.text);
    expect(names).toContain('غويدو كروسيتو');
    expect(names).toContain('كروسيتو');
  });
  it('the plant under a definite head with the place after it is still the plant (session 4)', () => {
    const ids = link(['قال غروسي إن المحطة النووية في زابوريجيا تعمل على مولدات احتياطية.']).mentions.map((m) => m.actorId);
    expect(ids).toContain('zaporizhzhia-npp');
  });
  it('004: NATO (or its military committee) is linked', () => {
    const ids = link(arts['004'].paragraphs).mentions.map((m) => m.actorId);
    expect(ids.some((id) => id.startsWith('nato'))).toBe(true);
  });
});

describe('real topics over the seeds', () => {
  const topics = loadTopics(TOPICS);
  const arts = seedArticles();
  const ids = (k: string) => classifyTopics(arts[k].title, arts[k].paragraphs, topics).map((t) => t.id);
  it('002 → ceasefire, energy-infrastructure', () => expect(ids('002')).toEqual(expect.arrayContaining(['ceasefire', 'energy-infrastructure'])));
  it('004 → security-guarantees', () => expect(ids('004')).toContain('security-guarantees'));
  it("001's embedded → air-defense", () => expect(ids('001e')).toContain('air-defense'));
  it("000's embedded → military-aid", () => expect(ids('000e')).toContain('military-aid'));
});
