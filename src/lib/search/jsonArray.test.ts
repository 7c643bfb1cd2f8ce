import { describe, expect, it } from 'vitest';
import { JsonArraySplitter } from './jsonArray';

function split(text: string, size: number): unknown[] {
  const s = new JsonArraySplitter();
  const out: unknown[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)).map((t) => JSON.parse(t)));
  expect(s.finished).toBe(true);
  return out;
}

describe('JsonArraySplitter', () => {
  const data = [
    { slug: 'a', paragraphs: ['قال "ترمب" ]} {[', 'x\\\\'], actors: [{ id: 'b', name: 'بوتين' }] },
    1,
    'نص, مع فاصلة',
    null,
    { nested: { deep: [[1], { k: '}' }] } },
    [],
    {},
  ];
  it('returns every element whatever the chunking and formatting', () => {
    for (const text of [JSON.stringify(data), JSON.stringify(data, null, 1), ` \n${JSON.stringify(data, null, 2)}\n`]) {
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) expect(split(text, size)).toEqual(data);
    }
  });
  it('handles an empty array', () => {
    expect(split('[ ]', 1)).toEqual([]);
  });
});
