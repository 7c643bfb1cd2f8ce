// Session 13 (issue 14): the indexer's fallback reads the curated data beside the actor
// dictionary; it must read the word forms and the learnt topic reader too, so an article gets the
// same topics there as on the site (loadCuratedData). Real content/ files; the article is written
// for this test (an offer to host both sides that only the learnt reader calls mediation).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import { loadCuratedData } from '../lib/data';
import { loadCuratedBeside } from './read';

const ACTORS = path.resolve('content/actors.yaml');
// One only the learnt reader gives a topic (mediation), one only the word forms do («مفاوضاتهما»). Both name
// this war's sides: since session 49 an article that names it nowhere gets none of its framed topics.
const articles = [
  { slug: 'offer', title: 'الدوحة مستعدة', paragraphs: ['قالت قطر إنها مستعدة للعب دور بين روسيا وأوكرانيا إذا طلب الطرفان ذلك.'], raw: 'offer.txt', tags: [] },
  { slug: 'resume', title: 'الوفدان يعودان', paragraphs: ['يستأنف الوفدان الروسي والأوكراني مفاوضاتهما المباشرة الأسبوع المقبل في جنيف.'], raw: 'resume.txt', tags: [] },
];

describe('loadCuratedBeside', () => {
  it('reads the word forms and the learnt topic reader beside the topics', () => {
    const beside = loadCuratedBeside(ACTORS);
    const site = loadCuratedData();
    expect(beside.wordForms).toEqual(site.wordForms);
    expect(beside.topicModel).toEqual(site.topicModel);
  });
  it('gives an article the same topics as the site\'s curated data', () => {
    const { actors: _a, ...site } = loadCuratedData();
    const topicsOf = (c: ReturnType<typeof buildCorpus>) => c.articles.map((a) => a.topics.map((t) => t.id));
    const viaSite = topicsOf(buildCorpus({ articles, actors: [], ...site }));
    expect(viaSite).toEqual([['mediation'], ['peace-talks']]);
    expect(topicsOf(buildCorpus({ articles, actors: [], ...loadCuratedBeside(ACTORS) }))).toEqual(viaSite);
  });
});
