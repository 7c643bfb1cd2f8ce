// Dates are shown in Arabic, Gregorian first with the Hijri date beside it; never relative.

// Each formatter is made on first use. Making one loads the locale's data: in the browser (the
// search results' dates, src/client/search/render.ts) that was tens of ms of the /search/ page's
// module evaluation, on the way to its first search; the page now makes it while it waits for
// the results (prepareArabicDates).
const once = (make: () => Intl.DateTimeFormat) => {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= make());
};
const gregorian = once(() => new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const hijri = once(
  () =>
    new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura-nu-latn', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const monthYear = once(() => new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' }));

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Makes the Gregorian formatter now, when the caller has a moment to spare, not at its first date. */
export function prepareArabicDates(): void {
  gregorian();
}

/** "5 أبريل 2024" */
export function formatArabicDate(iso: string): string {
  return gregorian().format(toDate(iso));
}

/** "26 رمضان 1445 هـ" */
export function formatHijriDate(iso: string): string {
  return hijri().format(toDate(iso));
}

/** "أبريل 2024", for a YYYY-MM month key. */
export function formatArabicMonth(month: string): string {
  return monthYear().format(toDate(`${month}-01`));
}
