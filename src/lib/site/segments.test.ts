import { describe, expect, it } from 'vitest';
import { articleSegments, firstMentions, paragraphSegments } from './segments';
import type { Mention } from '../types';

const m = (actorId: string, paragraph: number, start: number, end: number): Mention => ({
  actorId, paragraph, start, end, sentence: 0, text: '', kind: 'name',
});

describe('segments', () => {
  const paras = ['قال لافروف إن روسيا مستعدة', 'وأضاف لافروف أن <script>alert(1)</script> لا يهم'];

  it('links only the first mention of each known actor, across paragraphs', () => {
    const links = firstMentions(paras, [m('lavrov', 1, 6, 12), m('lavrov', 0, 4, 10), m('russia', 0, 14, 19), m('ghost', 0, 0, 3)], new Set(['lavrov', 'russia']));
    expect(links.map((l) => [l.actorId, l.paragraph])).toEqual([['lavrov', 0], ['russia', 0]]);
  });

  it('splits a paragraph into plain and linked text that join back to the original', () => {
    const segs = paragraphSegments(paras[0], [m('lavrov', 0, 4, 10)]);
    expect(segs).toEqual([{ text: 'قال ' }, { text: 'لافروف', actorId: 'lavrov' }, { text: ' إن روسيا مستعدة' }]);
    expect(segs.map((s) => s.text).join('')).toBe(paras[0]);
  });

  it('drops overlapping and out-of-range mentions instead of corrupting text', () => {
    const links = firstMentions(paras, [m('a', 0, 4, 10), m('b', 0, 6, 12), m('c', 0, 20, 999)], new Set(['a', 'b', 'c']));
    const segs = paragraphSegments(paras[0], links.filter((l) => l.paragraph === 0));
    expect(segs.filter((s) => s.actorId).map((s) => s.actorId)).toEqual(['a']);
    expect(segs.map((s) => s.text).join('')).toBe(paras[0]);
  });

  it('keeps markup-like text as plain text segments', () => {
    const all = articleSegments(paras, [m('lavrov', 1, 6, 12)], new Set(['lavrov']));
    expect(all[1].map((s) => s.text).join('')).toBe(paras[1]);
    expect(all[0]).toEqual([{ text: paras[0] }]);
  });
});
