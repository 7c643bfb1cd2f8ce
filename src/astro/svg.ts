// Attributes for <a> links inside an SVG. Astro types every <a> as an HTML anchor, which has
// no transform; an SVG link does, so the attribute goes in through a spread.
export function svgTranslate(x: number, y: number): { transform: string } {
  return { transform: `translate(${x} ${y})` };
}
