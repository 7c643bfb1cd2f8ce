// An actor page's aside shows a card only when it has something in it: the relations card («شبكة العلاقات») holds the
// actor's ego graph, and an actor no sentence relates (an agency named once) gets no empty card with a bare heading.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

describe('actor pages: no empty card', () => {
  it('has the relations card exactly where the page draws an ego graph, and both kinds of page exist', () => {
    const dir = path.join(inject('rootDir'), 'actors');
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'page' && existsSync(path.join(dir, d.name, 'index.html')))
      .map((d) => ({ id: d.name, html: readFileSync(path.join(dir, d.name, 'index.html'), 'utf8') }));
    let withGraph = 0;
    for (const { id, html } of pages) {
      const card = html.includes('id="graph-h"');
      const figure = /<figure[^>]*class="[^"]*\bego\b/.test(html);
      expect(card, `actors/${id}/: the relations card without its graph, or the graph without its card`).toBe(figure);
      if (figure) withGraph++;
    }
    expect(withGraph, 'some actor pages draw an ego graph').toBeGreaterThan(0);
    expect(pages.length - withGraph, 'some actor pages have no relation to draw').toBeGreaterThan(0);
  });
});
