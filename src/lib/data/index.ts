// Curated data files: schemas, loaders and lookups (see docs/dictionary.md).
export * from './schemas';
export * from './load';
export * from './lookup';
export { matchKey, sourceKey } from './keys';
