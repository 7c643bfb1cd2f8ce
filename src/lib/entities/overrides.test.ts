import { describe, expect, it } from 'vitest';
import { applyActorOverrides, applyTopicAssignmentOverrides, applyTopicOverrides } from './overrides';

describe('editor overrides', () => {
  it('removes, then appends additions without duplicates', () => {
    expect(applyActorOverrides(['russia', 'ukraine', 'nato'], { remove: ['nato'], add: ['china', 'russia'] })).toEqual(['russia', 'ukraine', 'china']);
  });
  it('is a no-op without overrides', () => {
    expect(applyActorOverrides(['a', 'b'])).toEqual(['a', 'b']);
    expect(applyTopicOverrides(['ceasefire'], {})).toEqual(['ceasefire']);
  });
  it('removal wins over an addition of the same id', () => {
    expect(applyTopicOverrides(['ceasefire'], { add: ['nato'], remove: ['nato'] })).toEqual(['ceasefire']);
  });
  it('keeps scores for topic assignments and gives added topics a score', () => {
    expect(applyTopicAssignmentOverrides([{ id: 'ceasefire', score: 9 }, { id: 'nato', score: 3 }], { remove: ['nato'], add: ['summit'] })).toEqual([
      { id: 'ceasefire', score: 9 }, { id: 'summit', score: 0 },
    ]);
  });
});
