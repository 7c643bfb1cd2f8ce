// One zod schema per curated data file and for article frontmatter: the TypeScript types
// are their outputs. Formats: docs/dictionary.md.
export { ID_RE, WIKIDATA_RE } from './common';
export * from './actors';
export * from './topics';
export * from './sources';
export * from './relation-patterns';
export * from './discovery';
export * from './boilerplate';
export * from './article';
export * from './word-forms';
export * from './date-words';
export * from './dateline-towns';
export * from './topic-model';
export * from './headline-model';
export * from './outlet-model';
