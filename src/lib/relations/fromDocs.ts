// Stop-gap until buildCorpus fills Corpus.graph: link the dictionary in plain articles and
// build the relation graph from that. Same functions buildCorpus will use, so the page
// looks the same before and after the wiring.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildActorMatcher } from '../entities/matcher';
import { linkActors, rankActors } from '../entities/link';
import type { Actor, ArticleDoc, RelationGraph } from '../types';
import { buildRelationGraph } from './buildGraph';

export function loadActorsYaml(file = 'content/actors.yaml'): Actor[] {
  const list = parse(readFileSync(file, 'utf8')) as Actor[];
  return (list ?? []).map((a) => ({ ...a, aliases: a.aliases ?? [] }));
}

export function graphFromDocs(docs: Pick<ArticleDoc, 'slug' | 'date' | 'paragraphs'>[], actors: Actor[]): RelationGraph {
  const matcher = buildActorMatcher(actors);
  const articles = docs.map((d) => {
    const { mentions, sentences } = linkActors(d.paragraphs, matcher);
    return { slug: d.slug, date: d.date, sentences, mentions, actorIds: rankActors(mentions), topics: [] };
  });
  return buildRelationGraph(articles, new Map(actors.map((a) => [a.id, a])));
}
