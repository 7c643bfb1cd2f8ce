import { describe, expect, it } from 'vitest';
import { loadActors } from '../data/load';
import { labelBox, placeLabels, type LabelBox, type LabelCandidate } from './layoutLabels';

const overlap = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
// The dictionary's own names, on a crowded grid: many labels must give way.
const actors = loadActors();
const crowd: LabelCandidate[] = actors.slice(0, 120).map((a, i) => ({
  id: a.id, name: a.name, x: 40 + (i % 12) * 80, y: 40 + Math.floor(i / 12) * 40, r: 4 + ((i * 7) % 13),
}));

describe('placeLabels', () => {
  for (const scale of [0.6, 1, 1.5]) {
    it(`no two placed labels overlap, and none covers another node (zoom ${scale})`, () => {
      const placed = placeLabels(crowd, scale);
      expect(placed.size).toBeGreaterThan(2);
      expect(placed.size).toBeLessThan(crowd.length);
      const boxes = crowd.filter((c) => placed.has(c.id)).map((c) => labelBox(c, scale));
      let clashes = 0;
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i], boxes[j])) clashes++;
      for (const b of boxes) {
        for (const c of crowd) {
          // Distance from the circle's centre to the box: under its radius means the label covers it.
          const d = Math.hypot(Math.max(b.x0 - c.x, 0, c.x - b.x1), Math.max(b.y0 - c.y, 0, c.y - b.y1));
          if (c.id !== b.id && d < c.r) clashes++;
        }
      }
      expect(clashes).toBe(0);
    });
  }

  it('largest nodes first: of two clashing labels the bigger node keeps its own', () => {
    const small = { id: 'steve-witkoff', name: 'ستيف ويتكوف', x: 100, y: 100, r: 5 };
    const big = { id: 'vladimir-putin', name: 'فلاديمير بوتين', x: 130, y: 100, r: 20 };
    expect([...placeLabels([small, big])]).toEqual(['vladimir-putin']);
    // Far apart, both fit.
    expect(placeLabels([small, { ...big, x: 400 }]).size).toBe(2);
  });

  it('zooming out makes labels relatively bigger, so fewer fit', () => {
    expect(placeLabels(crowd, 0.6).size).toBeLessThan(placeLabels(crowd, 1.5).size);
  });

  it('does not depend on input order', () => {
    expect([...placeLabels([...crowd].reverse())].sort()).toEqual([...placeLabels(crowd)].sort());
  });

  it('boxes are as wide as the widest measured glyphs: three-letter names included', () => {
    // Measured in Chromium at 12px: «مصر» 21.0px, «ستيف ويتكوف» 64.3px wide, 20.5px high.
    const box = (name: string) => labelBox({ id: name, name, x: 0, y: 0, r: 0 });
    expect(box('مصر').x1 - box('مصر').x0).toBeGreaterThanOrEqual(21);
    expect(box('ستيف ويتكوف').x1 - box('ستيف ويتكوف').x0).toBeGreaterThanOrEqual(64.3);
    expect(box('مصر').y1 - box('مصر').y0).toBeGreaterThanOrEqual(20.5);
  });
});
