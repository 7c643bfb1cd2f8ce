// Public surface of actor linking and discovery.
export * from './matcher';
export * from './link';
export * from './discover';
export * from './discovery-lexicon';
export * from './discovery-eval';
export * from './overrides';
export * from './quotes';
