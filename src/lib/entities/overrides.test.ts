import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { applyActorOverrides, applyTopicAssignmentOverrides, applyTopicOverrides, closestId, overrideProblemMessage } from './overrides';

describe('editor overrides', () => {
  it('removes, then appends additions without duplicates', () => {
    expect(applyActorOverrides(['russia', 'ukraine', 'nato'], { remove: ['nato'], add: ['china', 'russia'] })).toEqual(['russia', 'ukraine', 'china']);
  });
  it('is a no-op without overrides', () => {
    expect(applyActorOverrides(['a', 'b'])).toEqual(['a', 'b']);
    expect(applyTopicOverrides(['ceasefire'], {})).toEqual(['ceasefire']);
  });
  it('removal wins over an addition of the same id', () => {
    expect(applyTopicOverrides(['ceasefire'], { add: ['nato'], remove: ['nato'] })).toEqual(['ceasefire']);
  });
  it('keeps scores for topic assignments and gives added topics a score', () => {
    expect(applyTopicAssignmentOverrides([{ id: 'ceasefire', score: 9 }, { id: 'nato', score: 3 }], { remove: ['nato'], add: ['summit'] })).toEqual([
      { id: 'ceasefire', score: 9 }, { id: 'summit', score: 0 },
    ]);
  });
});

describe('overrides with unknown ids (through the build)', () => {
  const corpus = buildCorpus({
    articles: [{
      slug: 'edited', title: 'لافروف يتحدث عن وقف إطلاق النار', raw: 'edited.txt', tags: [],
      paragraphs: ['قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة لبحث وقف إطلاق النار.'],
      topics: { add: ['no-such-topic', 'ceasfire', 'summit'] },
      actors: { add: ['volodymyr-zelensky', 'zelenskyy-typo'], remove: ['vladimir-putn'] },
    }],
    ...loadCuratedData(),
  });
  const [article] = corpus.articles;

  it('builds the article without the unknown ids', () => {
    expect(article.topics.map((t) => t.id)).toContain('summit');
    expect(article.topics.map((t) => t.id)).not.toContain('no-such-topic');
    expect(article.topics.map((t) => t.id)).not.toContain('ceasfire');
    expect(article.actorIds).toContain('volodymyr-zelensky');
    expect(article.actorIds).not.toContain('zelenskyy-typo');
  });

  it('names the file, the field and the id, with the closest known id when there is one', () => {
    expect(corpus.overrideProblems.map(overrideProblemMessage)).toEqual([
      'edited.mdx: actors.add: unknown id «zelenskyy-typo»; the article is built without it',
      'edited.mdx: actors.remove: unknown id «vladimir-putn» (did you mean vladimir-putin?); the article is built without it',
      'edited.mdx: topics.add: unknown id «no-such-topic»; the article is built without it',
      'edited.mdx: topics.add: unknown id «ceasfire» (did you mean ceasefire?); the article is built without it',
    ]);
  });
});

describe('closestId', () => {
  it('suggests a near id and nothing for a far one', () => {
    const known = ['ceasefire', 'nato', 'summit', 'sanctions'];
    expect(closestId('ceasfire', known)).toBe('ceasefire');
    expect(closestId('Sanctions', known)).toBe('sanctions');
    expect(closestId('no-such-topic', known)).toBeUndefined();
  });
});
