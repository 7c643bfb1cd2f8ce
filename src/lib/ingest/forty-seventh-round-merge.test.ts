// Forty-seventh round, at the merge (session 50, helper 13m): classes aside47 (spent) showed, read by data in
// content/boilerplate.yaml — a reader view's font buttons alone on their line («Aa», «A+ A-»: exactLines), a mail
// footer read by its noun and «لأنك» whatever the verb (containsPhrases), a notes app's Arabic creation stamp as a copy
// tool's time («تم الإنشاء: DATE», «أُنشئ في DATE»: indirectDates.copyTimeLabels). Pages: aside47 u4906, u4909, u4926
// (spent) and dev u4990–u4998 (u4992, u4995, u4998 the aside third dev-aside-50m).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { labelled } = roundFixtures(['aside47', 'dev']);
const got = (id: string) => labelled(id).extraction.articles[0];
const want = (id: string) => labelled(id).expected;

describe('font buttons alone on their line are interface, never the site', () => {
  it.each(['u4906', 'u4996', 'u4991', 'u4998'])('%s: the outlet', (id) => expect(got(id).source).toBe(want(id).outlet));
});

describe('a mail footer telling why the mail came is clutter, whatever its verb', () => {
  it.each(['u4909', 'u4992', 'u4994'])('%s: the paragraphs only', (id) => expect(got(id).paragraphs).toEqual(want(id).paragraphs));
});

describe('a notes app\'s creation stamp is the copy\'s time, not the story\'s date', () => {
  it.each(['u4926', 'u4993', 'u4997'])('%s: the story\'s date', (id) => expect(got(id).date).toBe(want(id).date));
});
