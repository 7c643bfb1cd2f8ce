// Arabic counted nouns of the story views (issue 16), in a module without imports so the
// browser code (search results, the graph panel) can use them without the site's views.

/** «3 منافذ»: distinct outlets, with the dual and the 3–10 plural. */
export function formatOutletCount(n: number): string {
  if (n === 1) return 'منفذ واحد';
  if (n === 2) return 'منفذان';
  if (n >= 3 && n <= 10) return `${n} منافذ`;
  return `${n} منفذًا`;
}

/** «وردت في 3 منافذ»: how many outlets printed a sentence (the graph's evidence); '' for one. */
export function formatCarriedBy(n: number | undefined): string {
  if (!n || n < 2) return '';
  if (n === 2) return 'وردت في منفذين';
  if (n <= 10) return `وردت في ${n} منافذ`;
  return `وردت في ${n} منفذًا`;
}

/** «+3 نسخ»: same-text copies folded under an article. */
export function formatCopyCount(n: number): string {
  if (n === 1) return '+1 نسخة';
  if (n === 2) return '+2 نسختان';
  if (n >= 3 && n <= 10) return `+${n} نسخ`;
  return `+${n} نسخة`;
}

/** «3 نسخ مطابقة»: how many versions of a story are copies of another. */
export function formatSameTextCount(n: number): string {
  if (n === 1) return 'نسخة مطابقة واحدة';
  if (n === 2) return 'نسختان مطابقتان';
  if (n >= 3 && n <= 10) return `${n} نسخ مطابقة`;
  return `${n} نسخة مطابقة`;
}
