// The curated data files: schemas, the loaders (the only place that reads content/*.yaml)
// and exact lookups (see docs/dictionary.md).
export * from './schemas';
export * from './yaml';
export * from './load';
export * from './lookup';
export { matchKey, sourceKey } from './keys';
