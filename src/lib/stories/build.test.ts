import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../types';
import { buildStories, type StoryArticle, type StoryPartsOf } from './build';
import { corpusOf, readPart } from './fixtures.test-helpers';

const dev = readPart('dev');
const corpus = corpusOf(dev);
const input = (docs: ArticleDoc[]): StoryArticle[] => {
  const c = corpusOf(docs);
  return c.articles.map((a) => ({ slug: a.slug, title: a.title, date: a.date, paragraphs: a.paragraphs, outlet: a.outlet?.id ?? a.source, actorIds: a.actorIds, topicIds: a.topics.map((t) => t.id) }));
};
const devInput = input(dev);
const built = buildStories(devInput);
const storyOf = (slug: string) => built.stories.find((s) => s.articles.includes(slug));

describe('same-text groups', () => {
  it('fold a dispatch with its re-headlined, trimmed, first-line-changed and undated copies', () => {
    expect(built.groups.find((g) => g.id === 'e01-anadolu')?.members).toEqual(['e01-anadolu', 'e01-trt', 'e01-yenisafak', 'e01-alquds']);
    expect(built.groups.find((g) => g.id === 'e06-alarabiya')?.members).toEqual(['e06-alarabiya', 'e06-alittihad', 'e06-albayan', 'e06-elaph-undated']);
  });

  it('the canonical is the earliest dated, then the longest: a trimmed copy of the same day never is', () => {
    const shorterSameDay = buildStories(devInput.filter((a) => a.slug !== 'e01-anadolu' && a.slug !== 'e01-yenisafak'));
    // e01-trt (16 May, full length) before e01-alquds (17 May, trimmed).
    expect(shorterSameDay.groups.find((g) => g.members.includes('e01-alquds'))?.canonical).toBe('e01-trt');
    const trimmedFirst = devInput.map((a) => (a.slug === 'e06-albayan' ? { ...a, date: '2025-08-04' } : a));
    expect(buildStories(trimmedFirst).groups.find((g) => g.members.includes('e06-albayan'))?.canonical).toBe('e06-albayan');
  });

  it('reports in their own words are never the same text', () => {
    expect(built.groupOf.get('e04-dw')).toBeUndefined();
    expect(built.groupOf.get('e07-aljazeera')).toBeUndefined();
  });
});

describe('stories: the same event across outlets', () => {
  it('an event joins its same-text group and the outlets that told it in their own words', () => {
    expect(storyOf('e04-dw')?.articles).toEqual(['e04-asharqalawsat', 'e04-dw', 'e04-france24', 'e04-alkhaleej']);
    expect(storyOf('e04-dw')?.sameText).toEqual(['e04-france24']);
    expect(storyOf('e07-independent')?.articles).toHaveLength(4);
  });

  it('the same people a week later on another subject are another story', () => {
    expect(storyOf('e05-dw')?.id).not.toBe(storyOf('e04-dw')?.id);
    expect(storyOf('e08-cnn')?.id).not.toBe(storyOf('e07-rt')?.id);
    expect(storyOf('e03-anadolu')?.id).not.toBe(storyOf('e01-anadolu')?.id);
    expect(storyOf('e10-rt')).toBeUndefined();
  });

  it('an undated report joins only on strong text evidence', () => {
    // The undated copy of the dispatch is in its group, hence its story…
    expect(storyOf('e06-elaph-undated')?.id).toBe('e06-alarabiya');
    // …but the same outlet report in its own words, undated, is not close enough.
    const undated = devInput.map((a) => (a.slug === 'e06-asharq' ? { ...a, date: undefined } : a));
    expect(buildStories(undated).storyOf.get('e06-asharq')).toBeUndefined();
  });

  it('a story lists its outlets, main actors and date span; newest story first', () => {
    const s = storyOf('e09-bbc')!;
    expect(s).toMatchObject({ firstDate: '2025-07-18', lastDate: '2025-07-18', title: 'عقوبات أوروبية جديدة تطال نورد ستريم وسقف سعر النفط الروسي' });
    expect(s.outlets).toHaveLength(3);
    expect(s.actorIds.slice(0, 2).sort()).toEqual(['european-union', 'russia']);
    const last = built.stories.map((x) => x.lastDate!);
    expect(last).toEqual([...last].sort().reverse());
  });

  it('does not depend on the order of the articles', () => {
    const reversed = buildStories([...devInput].reverse());
    expect(reversed.stories).toEqual(built.stories);
    expect(reversed.groups).toEqual(built.groups);
  });
});

describe('stable ids: adding pages never renumbers existing stories', () => {
  const ids = (b: ReturnType<typeof buildStories>) => new Map(b.stories.map((s) => [s.founder, s.id]));

  it('adding one republished copy adds it to its story and changes no story id', () => {
    const without = buildStories(devInput.filter((a) => a.slug !== 'e02-annahar'));
    const withCopy = buildStories(devInput);
    expect(without.storyOf.get('e02-annahar')).toBeUndefined();
    expect(withCopy.storyOf.get('e02-annahar')).toBe(without.storyOf.get('e02-rt'));
    expect(withCopy.groupOf.get('e02-annahar')).toBe(without.groupOf.get('e02-rt'));
    expect(withCopy.stories.map((s) => s.id).sort()).toEqual(without.stories.map((s) => s.id).sort());
  });

  it('adding an unrelated article changes no story and no group', () => {
    const extra = input([...dev, ...readPart('aside').filter((a) => a.slug === 'a5-france24')]);
    const after = buildStories(extra);
    expect(ids(after)).toEqual(ids(built));
    expect(after.groups).toEqual(built.groups);
    expect(after.storyOf.get('a5-france24')).toBeUndefined();
  });

  it('a story that gains a copy keeps its id even when the copy is longer, as long as it is later', () => {
    const s = storyOf('e09-bbc')!;
    const longerLater = [...devInput, { ...devInput.find((a) => a.slug === 'e09-euronews')!, slug: 'e09-late-copy', date: '2025-07-19', paragraphs: [...devInput.find((a) => a.slug === 'e09-euronews')!.paragraphs, 'وأكدت المفوضية أن الحزمة تدخل حيز التنفيذ فور نشرها في الجريدة الرسمية للاتحاد الأوروبي خلال الأيام المقبلة.'] }];
    const after = buildStories(longerLater);
    expect(after.storyOf.get('e09-late-copy')).toBe(s.id);
    expect(ids(after)).toEqual(ids(built));
  });
});

it('the corpus carries the stories the stage makes', () => {
  expect(corpus.stories.stories.map((s) => s.id)).toEqual(built.stories.map((s) => s.id));
});

describe('parts kept from an earlier build', () => {
  // A cache as the corpus keeps it: by the article's title and text, through JSON.
  const keep = () => {
    const saved = new Map<string, string>();
    const partsOf: StoryPartsOf = (a, compute) => {
      const key = JSON.stringify([a.title, a.paragraphs]);
      const hit = saved.get(key);
      if (hit) {
        const p = JSON.parse(hit);
        return { ...p, signature: Uint32Array.from(p.signature) };
      }
      const made = compute();
      saved.set(key, JSON.stringify({ ...made, signature: [...made.signature] }));
      return made;
    };
    return { saved, partsOf };
  };

  it('give the same groups, stories and pair scores as parts made afresh, after additions, an edit and removals', () => {
    const { saved, partsOf } = keep();
    const aside = input(readPart('aside'));
    const copy = devInput.find((a) => a.slug === 'e09-euronews')!;
    const steps: StoryArticle[][] = [
      devInput.slice(0, 20),
      devInput,
      [...devInput, ...aside],
      // Our own sentence added to one report: its terms and signature change.
      [...devInput, ...aside].map((a) => (a.slug === copy.slug ? { ...a, paragraphs: [...a.paragraphs, 'وقال متحدث باسم المفوضية إن الدول الأعضاء ستراجع تطبيق الحزمة بعد ثلاثة أشهر.'] } : a)),
      [...devInput, ...aside].filter((a) => a.slug !== 'e01-anadolu' && a.slug !== 'e04-dw'),
    ];
    for (const [i, articles] of steps.entries()) {
      const before = saved.size;
      expect(buildStories(articles, undefined, partsOf), `step ${i}`).toEqual(buildStories(articles));
      // Only new or edited texts are made again.
      if (i === 3) expect(saved.size - before).toBe(1);
      if (i === 4) expect(saved.size).toBe(before);
    }
  });
});
