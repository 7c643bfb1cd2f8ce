// Why an article is under a topic, for the topic page: the words that matched and where,
// strongest places first, one line per distinct wording.
import type { TopicHit, TopicPlace } from '../types';

export interface EvidenceLine {
  /** The words as the article writes them. */
  text: string;
  /** «في العنوان», «في المقدمة», «في الفقرة 3». */
  where: string;
  /** Paragraph anchor (p-N) for lead and body hits. */
  anchor?: string;
}

const ORDER: Record<TopicPlace, number> = { title: 0, lead: 1, body: 2 };

/** At most `max` lines: title hits, then lead, then body; the same wording once. */
export function evidenceLines(hits: TopicHit[] | undefined, max = 3): EvidenceLine[] {
  const seen = new Set<string>();
  const out: EvidenceLine[] = [];
  for (const h of [...(hits ?? [])].sort((a, b) => ORDER[a.place] - ORDER[b.place] || (a.paragraph ?? 0) - (b.paragraph ?? 0))) {
    if (seen.has(h.text) || out.length >= max) continue;
    seen.add(h.text);
    const n = (h.paragraph ?? 0) + 1;
    out.push({
      text: h.text,
      // A word the learnt reader weighed is said as such: it is a clue, not a listed phrase.
      where: (h.place === 'title' ? 'في العنوان' : h.place === 'lead' ? 'في المقدمة' : `في الفقرة ${n}`) + (h.learnt ? ' (كلمة رجّحت الموضوع)' : ''),
      ...(h.place === 'title' ? {} : { anchor: `p-${n}` }),
    });
  }
  return out;
}
