import { describe, expect, it } from 'vitest';
import { evidenceLines } from './evidence';

describe('evidenceLines', () => {
  it('title first, then lead, then body, each wording once, capped', () => {
    const lines = evidenceLines([
      { phrase: 'هدنة', place: 'body', paragraph: 3, text: 'الهدنة' },
      { phrase: 'وقف إطلاق النار', place: 'title', text: 'وقف إطلاق النار' },
      { phrase: 'هدنة', place: 'lead', paragraph: 0, text: 'هدنة' },
      { phrase: 'هدنة', place: 'body', paragraph: 4, text: 'الهدنة' },
    ]);
    expect(lines).toEqual([
      { text: 'وقف إطلاق النار', where: 'في العنوان' },
      { text: 'هدنة', where: 'في المقدمة', anchor: 'p-1' },
      { text: 'الهدنة', where: 'في الفقرة 4', anchor: 'p-4' },
    ]);
    expect(evidenceLines(undefined)).toEqual([]);
  });

  it('says which words the learnt reader weighed', () => {
    expect(evidenceLines([{ phrase: '~تسليم', place: 'lead', paragraph: 0, text: 'تسلمت', learnt: true }])).toEqual([{ text: 'تسلمت', where: 'في المقدمة (كلمة رجّحت الموضوع)', anchor: 'p-1' }]);
  });
});
