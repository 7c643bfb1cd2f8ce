// Which node labels fit: largest nodes first, each label's box checked against the labels
// already placed and against the other nodes' circles; a label that would overlap is dropped
// (the page shows it on hover and focus). Pure and shared by the build (default view) and the
// /graph/ script (after a filter changes), so the two always agree.

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  r: number;
  name: string;
}

export interface LabelBox {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Box of a label drawn under its node, in layout units, at `scale` (the drawing's zoom: labels
 * keep their size on screen, so they take 1/scale layout units per pixel). Calibrated in headless
 * Chromium on the 296 names of content/actors.yaml at 12px in the site's font: widths were 3.4–7.0 px
 * per character (the widest: three-letter names), box height 20.5 px. 6 px per character + 6
 * covers them all; a wider estimate only drops a few more labels, a narrower one lets them touch.
 */
export function labelBox(c: LabelCandidate, scale = 1): LabelBox {
  const width = (6 * [...c.name].length + 6) / scale;
  const height = LABEL_HEIGHT_PX / scale;
  const top = c.y + c.r + LABEL_GAP_PX / scale;
  return { id: c.id, x0: c.x - width / 2, y0: top, x1: c.x + width / 2, y1: top + height };
}

/** Label text is 12px; its box (ascent + descent of the Arabic font) 20.5px, rounded up. */
export const LABEL_FONT_PX = 12;
export const LABEL_HEIGHT_PX = 21;
/** Space between a circle and its label's box. */
export const LABEL_GAP_PX = 1;

const overlaps = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const hitsCircle = (b: LabelBox, c: LabelCandidate) => {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.r * c.r;
};

/** Ids of the nodes whose label is drawn. Deterministic: radius, then id, decide the order. */
export function placeLabels(nodes: LabelCandidate[], scale = 1): Set<string> {
  const order = [...nodes].sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: LabelBox[] = [];
  const out = new Set<string>();
  for (const n of order) {
    const box = labelBox(n, scale);
    if (placed.some((p) => overlaps(p, box))) continue;
    if (nodes.some((o) => o.id !== n.id && hitsCircle(box, o))) continue;
    placed.push(box);
    out.add(n.id);
  }
  return out;
}
