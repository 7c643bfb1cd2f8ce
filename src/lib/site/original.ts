// The «المصدر الأصلي» link of an article ingested from a saved web page.

/** The host a reader will recognise («aljazeera.net»), or the URL itself when it does not parse. */
export function originalHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
