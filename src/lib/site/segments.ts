// Splits paragraph text into plain segments and actor-linked segments, so pages render
// text through Astro's escaping (never an HTML string). Only the first mention of each
// actor in the article becomes a link, as editors do: links stay useful, not noisy.
import type { Mention } from '../types';

export interface TextSegment {
  text: string;
  /** Set when this segment links to an actor page. */
  actorId?: string;
}

/**
 * The mentions to link: the first (by paragraph, then offset) valid mention of each
 * actor in `knownActors`. Invalid offsets are ignored rather than trusted.
 */
export function firstMentions(paragraphs: string[], mentions: Mention[], knownActors: Set<string>): Mention[] {
  const sorted = mentions
    .filter((m) => knownActors.has(m.actorId))
    .filter((m) => {
      const p = paragraphs[m.paragraph];
      return p !== undefined && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= p.length;
    })
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of sorted) {
    if (seen.has(m.actorId)) continue;
    seen.add(m.actorId);
    out.push(m);
  }
  return out;
}

/** Segments of one paragraph; overlapping links are dropped (the earlier one wins). */
export function paragraphSegments(text: string, links: Mention[]): TextSegment[] {
  const spans = links.filter((m) => m.end <= text.length).sort((a, b) => a.start - b.start);
  const out: TextSegment[] = [];
  let pos = 0;
  for (const m of spans) {
    if (m.start < pos) continue;
    if (m.start > pos) out.push({ text: text.slice(pos, m.start) });
    out.push({ text: text.slice(m.start, m.end), actorId: m.actorId });
    pos = m.end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos) });
  return out;
}

/** Segments for every paragraph of an article, linking the first mention of each actor. */
export function articleSegments(paragraphs: string[], mentions: Mention[], knownActors: Set<string>): TextSegment[][] {
  const links = firstMentions(paragraphs, mentions, knownActors);
  return paragraphs.map((text, i) => paragraphSegments(text, links.filter((m) => m.paragraph === i)));
}
