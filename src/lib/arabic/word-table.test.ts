import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conjunctionStems } from './clitics';
import { normalizeArabic } from './normalize';
import { PhraseTrie } from './phrase-trie';
import { phraseTokens, tokenize } from './tokenize';

const rawDir = fileURLToPath(new URL('../../../content/raw/', import.meta.url));
const seeds = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(rawDir + f, 'utf8'));

describe('one WrittenWord per spelling (word-table.ts)', () => {
  it('every token of every seed page carries the record of its own spelling, normalised as before', () => {
    // The table is shared with every unit file of this worker (isolate: false) and starts afresh
    // when full: read the seeds once first, so a restart caused by other files' words happens
    // before the records are compared, not between two of them.
    for (const text of seeds) tokenize(text);
    const bySpelling = new Map<string, object>();
    let tokens = 0;
    for (const text of seeds) {
      for (const t of tokenize(text)) {
        tokens++;
        expect(t.word.text).toBe(text.slice(t.start, t.end));
        expect(t.word.norm).toBe(normalizeArabic(t.text).replace(/[\u200C\u200D]/g, ''));
        expect(t.norm).toBe(t.word.norm);
        expect(t.word.type).toBe(t.type);
        // The same spelling anywhere in the seeds is the same record (shared memos).
        const seen = bySpelling.get(t.text);
        if (seen) expect(t.word).toBe(seen);
        else bySpelling.set(t.text, t.word);
      }
    }
    expect(tokens).toBeGreaterThan(bySpelling.size * 2);
  });
  it('spellings that differ only in marks are different records with one normal form', () => {
    const [a, b] = tokenize('تُبدِ تبد');
    expect(a.word).not.toBe(b.word);
    expect(a.norm).toBe(b.norm);
  });
  it('keeps conjunction stems and each owner’s memo apart', () => {
    const [t] = tokenize('وبوتين');
    expect(t.word.conjunctionStems()).toEqual(conjunctionStems('وبوتين'));
    const one = {}, two = {};
    expect(t.word.memo(one)).toBeUndefined();
    t.word.remember(one, 'first');
    t.word.remember(two, null);
    expect(t.word.memo(one)).toBe('first');
    expect(t.word.memo(two)).toBeNull();
    expect(tokenize('وبوتين')[0].word.memo(one)).toBe('first');
  });
  it('a word already holding many owners’ memos keeps the newest (the table is shared across test files)', () => {
    const [t] = tokenize('وبلافروف');
    for (let k = 0; k < 7; k++) t.word.remember({}, k);
    const one = {}, two = {};
    t.word.remember(one, 'first');
    t.word.remember(two, 'second');
    expect(t.word.memo(one)).toBe('first');
    expect(t.word.memo(two)).toBe('second');
  });
});

describe('PhraseTrie readings memoised on the word', () => {
  it('a phrase inserted after a scan is found: insert makes the words’ old readings stale', () => {
    const trie = new PhraseTrie<string>();
    trie.insert(phraseTokens('الناتو'), 'nato');
    const text = 'وبزيلينسكي والناتو';
    expect(trie.scan(tokenize(text), text).map((m) => m.values.join())).toEqual(['nato']);
    trie.insert(phraseTokens('زيلينسكي'), 'zelensky');
    expect(trie.scan(tokenize(text), text).map((m) => m.values.join())).toEqual(['zelensky', 'nato']);
  });
  it('two tries reading the same words keep their own readings', () => {
    const a = new PhraseTrie<string>(), b = new PhraseTrie<string>();
    a.insert(phraseTokens('الكرملين'), 'a');
    b.insert(phraseTokens('كرملين'), 'b');
    const text = 'بالكرملين';
    expect(a.scan(tokenize(text), text).map((m) => [m.values.join(), m.reading])).toEqual([['a', 'الكرملين']]);
    expect(b.scan(tokenize(text), text).map((m) => [m.values.join(), m.reading])).toEqual([['b', 'كرملين']]);
  });
});
