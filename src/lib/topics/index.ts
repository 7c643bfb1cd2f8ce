// Public surface of topic classification.
export * from './classify';
