// JSON placed inside a <script> element must not be able to close it or open a
// comment: scraped text can contain "</script>" or "<!--". Escaping every "<" (and the
// two JS line separators) keeps the JSON identical for a parser and inert in HTML.

/** JSON.stringify, safe to embed in <script type="application/ld+json"> or any script tag. */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
