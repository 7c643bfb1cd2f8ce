// The message of the DataFileError that `fn` throws (the data-layer tests read it).
import { expect } from 'vitest';
import { DataFileError } from './load';

export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DataFileError);
    return (err as Error).message;
  }
  throw new Error('expected an error');
}
