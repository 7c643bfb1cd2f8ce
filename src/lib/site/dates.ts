// Dates are shown in Arabic, Gregorian first with the Hijri date beside it; never relative.

const gregorian = new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const hijri = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "5 أبريل 2024" */
export function formatArabicDate(iso: string): string {
  return gregorian.format(toDate(iso));
}

/** "26 رمضان 1445 هـ" */
export function formatHijriDate(iso: string): string {
  return hijri.format(toDate(iso));
}

/** "أبريل 2024", for a YYYY-MM month key. */
export function formatArabicMonth(month: string): string {
  return monthYear.format(toDate(`${month}-01`));
}
