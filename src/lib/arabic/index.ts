// Public surface of the Arabic text toolkit.
export * from './normalize';
export * from './tokenize';
export * from './sentences';
export * from './clitics';
export * from './nisba';
export * from './transliterate';
export * from './phrase-trie';
export * from './forms';
