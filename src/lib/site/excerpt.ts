// Short plain-text excerpts for listings, meta descriptions and feeds.

/** Cuts text to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function excerpt(text: string, max = 180): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s،,.؛:–-]+$/u, '')}…`;
}

/** The lead of an article: its first non-empty paragraph, shortened. */
export function leadExcerpt(paragraphs: string[], max = 180): string {
  return excerpt(paragraphs.find((p) => p.trim()) ?? '', max);
}
