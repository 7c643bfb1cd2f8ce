// Hand-built articles for the relations tests: mentions are found by plain substring
// search of each actor's surface forms, so the tests do not depend on the linker.
import { splitSentences } from '../arabic';
import type { Actor, Mention } from '../types';
import type { RelationArticle } from './buildGraph';

export function actor(id: string, type: Actor['type'], name: string, en: string): Actor {
  return { id, type, name, en, aliases: [] };
}

export function article(slug: string, paragraphs: string[], forms: Record<string, string[]>, extra: Partial<RelationArticle> = {}): RelationArticle {
  const sentences = splitSentences(paragraphs);
  const mentions: Mention[] = [];
  for (const s of sentences) {
    for (const [actorId, list] of Object.entries(forms)) {
      for (const form of list) {
        let from = 0;
        for (;;) {
          const i = s.text.indexOf(form, from);
          if (i < 0) break;
          const start = s.start + i;
          mentions.push({ actorId, paragraph: s.paragraph, sentence: s.index, start, end: start + form.length, text: form, kind: 'name' });
          from = i + form.length;
        }
      }
    }
  }
  const actorIds = [...new Set(mentions.map((m) => m.actorId))];
  return { slug, sentences, mentions, actorIds, topics: [], ...extra };
}
