// A site that names itself with its address on one line — «راديو السويد بالعربية - sverigesradio.se»
// in a footer, «sverigesradio.se | راديو السويد» — says which name is its own: the page's, whatever
// tool or template the name sits in (fifteenth round, aside15 u745). Pure: lines and sources in, evidence out.
import type { Source } from '../data/schemas';
import type { Signal } from './credits';
import { sourceForUrl } from './names';

type PageLine = { text: string; index: number; kind: string; words: number };

const DOMAIN = '(?:www\\.)?(?:[a-z0-9-]+\\.)+[a-z]{2,}';
const NAME = '[\\u0600-\\u06FF][\\u0600-\\u06FF\\s]{1,40}?';
const SEP = '\\s*[-–—|·•]\\s*';
const NAME_THEN_DOMAIN = new RegExp(`^(${NAME})${SEP}(${DOMAIN})\\/?$`, 'iu');
const DOMAIN_THEN_NAME = new RegExp(`^(${DOMAIN})\\/?${SEP}(${NAME})$`, 'iu');

/**
 * An Arabic name of one to four words and a bare domain on one short line, either way round: the
 * site's own name (0.6, as a © line's unknown name), unless sources.yaml maps the domain (then the
 * URL rule names the source) or the name is a known source of another kind (a wire's credit).
 */
export function nameWithDomain(lines: readonly PageLine[], sources: readonly Source[]): Signal[] {
  const out: Signal[] = [];
  for (const l of lines) {
    if (l.kind === 'body' || l.kind === 'blank' || l.words > 6) continue;
    const text = l.text.trim();
    const a = NAME_THEN_DOMAIN.exec(text);
    const b = a ? undefined : DOMAIN_THEN_NAME.exec(text);
    const name = (a?.[1] ?? b?.[2])?.trim();
    const domain = a?.[2] ?? b?.[1];
    if (!name || !domain || name.split(/\s+/).length > 4 || sourceForUrl(domain, sources)) continue;
    out.push({ field: 'outlet', value: name, confidence: 0.6, rule: 'name printed with its domain («NAME - domain»)', line: l.index + 1 });
  }
  return out;
}
