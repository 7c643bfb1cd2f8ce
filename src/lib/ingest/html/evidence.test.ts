import { describe, expect, it } from 'vitest';
import { reviewRows } from '../evidence';
import { htmlFieldEvidence } from './evidence';

describe('HTML metadata as field evidence', () => {
  it('rates structured data above the visible headline and the text rules', () => {
    const fields = htmlFieldEvidence({
      title: { value: 'عنوان', from: 'jsonld' },
      date: { value: '2025-03-01', from: 'time' },
      outlet: { value: 'الأناضول', from: 'text' },
    });
    expect(fields.map((f) => [f.field, f.confidence])).toEqual([['title', 0.95], ['date', 0.9], ['outlet', 0.5]]);
    expect(fields[2].rule).toBe("from the page's text");
  });
  it('sends a guessed outlet and a missing date to the review list, not a JSON-LD title', () => {
    const fields = htmlFieldEvidence({ title: { value: 'عنوان', from: 'jsonld' }, outlet: { value: 'x', from: 'text' } });
    const rows = reviewRows('page.html', [{ slug: 'page', fields }]);
    expect(rows.map((r) => r.field).sort()).toEqual(['date', 'outlet']);
    expect(rows.every((r) => r.file === 'page.html' && r.slug === 'page')).toBe(true);
  });
});
