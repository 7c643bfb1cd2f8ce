// Forty-fourth round, at the merge (session 47, 13m): aside44's (spent) misses, fixed by signals that transfer — a
// feed reader's tab with its unread count after it (copy-wrapper.ts). Pages: aside44 u4393 and dev u4500–u4503
// (other outlets' shapes, a guard).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { compileGated, isToolLine } from './copy-wrapper';

const { labelled, idOf } = roundFixtures(['aside44', 'dev']);
const outletOf = (id: string) => idOf(labelled(id).extraction.articles[0].source ?? undefined);

describe('a reader\'s tab with its unread count', () => {
  const tabs = ['كل العناصر', 'All items', 'غير المقروءة'].map(compileGated);
  it.each(['كل العناصر (58)', 'All items (7)', 'غير المقروءة (99+)', 'كل العناصر (١٢٠)', 'كل العناصر'])('«%s» is the tool\'s tab', (t) =>
    expect(isToolLine(tabs, t)).toBe(true));
  it.each(['كل العناصر الغذائية (3)', 'التعليقات (3)', 'كل العناصر (عاجل)', 'نواذيبو إنفو (12)'])('«%s» is not', (t) =>
    expect(isToolLine(tabs, t)).toBe(false));
  it.each(['u4393', 'u4500', 'u4502', 'u4501'])('%s: the feed\'s name under the tab is the outlet', (id) =>
    expect(outletOf(id)).toBe(idOf(labelled(id).expected.outlet)));
  it('u4503 (guard): a site\'s own heading with a count after the story leaves its masthead the outlet', () =>
    expect(labelled('u4503').extraction.articles[0].source).toBe('الزرقاء بوست'));
});
