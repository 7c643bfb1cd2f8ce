import { describe, expect, it } from 'vitest';
import { PhraseTrie, stripArticle } from './phrase-trie';
import { phraseTokens, tokenize } from './tokenize';

function scan(trie: PhraseTrie<string>, text: string) {
  return trie.scan(tokenize(text), text).map((m) => m.values.join('+'));
}

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.insert(phraseTokens('حلف شمال الأطلسي'), 'nato');
  trie.insert(phraseTokens('الناتو'), 'nato');
  trie.insert(phraseTokens('وزارة الدفاع الروسية'), 'mod');
  trie.insert(phraseTokens('الروسية'), 'russia');
  trie.insert(phraseTokens('جيه دي فانس'), 'vance');
  it('finds the longest match first', () => {
    expect(scan(trie, 'قالت وزارة الدفاع الروسية إن العملية الروسية مستمرة')).toEqual(['mod', 'russia']);
  });
  it('is clitic-aware on the first token', () => {
    expect(scan(trie, 'وللناتو وبحلف شمال الأطلسي')).toEqual(['nato', 'nato']);
  });
  it('crosses a glued dot but not a sentence end', () => {
    expect(scan(trie, 'أكد جيه.دي فانس')).toEqual(['vance']);
    expect(scan(trie, 'وزارة الدفاع. الروسية')).toEqual(['russia']);
  });
  it('an article-insensitive trie matches definite and indefinite phrases', () => {
    const t = new PhraseTrie<string>(stripArticle);
    t.insert(phraseTokens('ضمانات أمنية'), 'sg');
    expect(scan(t, 'بالضمانات الأمنية وضمانات أمنية')).toEqual(['sg', 'sg']);
  });
});
