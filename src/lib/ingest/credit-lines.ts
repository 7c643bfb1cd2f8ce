// Lines around the story that name its site or its credit: a credit line between the headline and
// the story («السومرية نيوز – دوليات»), a name alone under the headline, a Latin brand at the top
// and the page's Arabic spelling of it, credits printed after the story. Each proposes an outlet
// signal with its confidence (credits.ts picks). Split from credits.ts (session 19) by concern.
import type { Source } from '../data/schemas';
import type { Lexicon } from './boilerplate';
import type { Signal } from './credits';
import type { PageLine } from './site-name';
import { lexKey } from './boilerplate';
import { isUrl } from './credits';
import { sourceForUrl, withoutPrefix } from './names';
import { matchKey, sourceKey } from '../data/keys';
import { isDocumentFileTitle, isMediaFileName } from './text';
import { captionOfStory, storyPrintsPlainly } from './weak-guess';
import { gluedLatinBrand } from './prose-credit';
import { isPrintPageLabel } from './print-page';

/** «وكالة … للأنباء»: a name that calls itself a news agency. */
const AGENCY_SELF = /^(?:ال)?وكال[ةه]\s[\p{L}\s]+(?:للأنباء|للانباء|الإخبارية|الاخبارية)$/u;

/**
 * «السومرية نيوز – دوليات», «العالم - أوروبا»: a line of its own between the headline and the
 * story, NAME SEPARATOR SECTION (one or two words), credits the outlet — an aggregator's
 * credit to the original, or the site's own name over its section. A place («عواصم - …»), a
 * label («كتب - …») or a date word opening the line is a dateline or a byline, not a name.
 */
export function creditLineAbove(lines: readonly PageLine[], start: number, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  if (titleIndex === undefined) return creditLineOverLead(lines, start, lex);
  return lines.slice(titleIndex + 1, start).flatMap((l) => nameSectionCredit(l, lex, 0.72, 'credit line above the story', lines, start));
}

/**
 * «بغداد اليوم - ديالى», «الثبات ـ دولي» as the page's only line over a lead without headline: the
 * same credit, NAME SEPARATOR SECTION or PLACE, weaker for want of a headline to frame it
 * (twenty-fourth round, real pages).
 */
function creditLineOverLead(lines: readonly PageLine[], start: number, lex: Lexicon): Signal[] {
  const above = lines.slice(0, start).filter((l) => l.kind !== 'blank');
  // Only NAME – SECTION: «متابعة – نغم حسن» over a lead is a reporter's byline as often as a channel.
  return above.length === 1 ? nameSectionCredit(above[0], lex, 0.62, 'credit line over a lead without headline', lines, start).filter((s) => s.rule.endsWith('(name – section)')) : [];
}

function nameSectionCredit(l: PageLine, lex: Lexicon, confidence: number, where: string, lines: readonly PageLine[], start: number): Signal[] {
  if ((l.kind !== 'heading' && l.kind !== 'short') || l.words > 6) return [];
  // «|» splits a credit as a dash does («داما بوست | سوريا», thirty-sixth round): the breadcrumb's and
  // the UI's first words are refused below as known words.
  const m = /^([\p{L}\p{M}0-9 ]{2,40}?)\s*[-–—ـ/|]\s*([\p{L}\p{M} ]{2,30})$/u.exec(l.text.trim());
  if (!m) return [];
  const name = m[1].trim();
  const first = lexKey(name.split(/\s+/)[0]);
  // «متابعة - دجلة»: a credit word first, then the name (the channel's short name).
  const after = m[2].trim();
  if (lex.names(name)?.kind === 'generic' && after.split(/\s+/).length <= 2 && !lex.places.has(lexKey(after)) && !lex.names(after) && !lex.exact.has(lexKey(after))) {
    return [{ field: 'outlet', value: after, confidence, rule: `${where} (credit word – name)`, line: l.index + 1 }];
  }
  if (name.split(/\s+/).length > 3 || after.split(/\s+/).length > 2) return [];
  if (lex.places.has(lexKey(name)) || lex.bylines.has(first) || lex.dates.lineWords.has(first) || lex.exact.has(lexKey(name)) || lex.names(name)) return [];
  if (captionOfStory(name, after, lines, start, lex.sitePrefixes)) return [];
  if (isPrintPageLabel(name, lex)) return [];
  return [{ field: 'outlet', value: name, confidence, rule: `${where} (name – section)`, line: l.index + 1 }];
}

/**
 * «رام الله الإخباري», «الأنوار» alone on the first line under the headline, before the story: a
 * masthead set below the headline (aside11 u476). One to three words of a name's shape — not a
 * byline (a label or a given name first, `givenNames`), a date, a known place, a UI line, nor a
 * name the lexicon knows (read as what it is elsewhere).
 */
export function nameUnderHeadline(lines: readonly PageLine[], start: number, titleIndex: number | undefined, lex: Lexicon): Signal[] {
  if (titleIndex === undefined) return [];
  const next = lines.slice(titleIndex + 1, start).find((l) => l.kind !== 'blank');
  if (!next || (next.kind !== 'short' && next.kind !== 'heading') || next.words > 3) return [];
  const text = next.text.trim();
  if (/[.!؟?:،,«»"()/|#@]/u.test(text) || !/^[\u0600-\u06FF]/u.test(text)) return [];
  const key = lexKey(text);
  const first = lexKey(text.split(/\s+/)[0]);
  if (lex.bylines.has(first) || lex.givenNames.has(first) || lex.dates.lineWords.has(first) || lex.dates.isMonthName(first)) return [];
  if (lex.places.has(key) || lex.exact.has(key) || lex.names(text) || lex.functionWords.has(first)) return [];
  // A name's shape: one word with the article («الأنوار»), a word and a number («الإمارات 71»), or
  // a name closed by a site's descriptor («رام الله الإخباري»); not a section («عربي ودولي»), a
  // signature («فريق التحرير», «سامح فؤاد») or a prompt («استمع»).
  const words = text.split(/\s+/);
  const named = (words.length === 1 && /^ال[\u0600-\u06FF]{3,}$/u.test(text))
    || (words.length === 2 && /^[0-9٠-٩]+$/u.test(words[1]))
    || (words.length >= 2 && lex.siteDescriptors.has(sourceKey(words[words.length - 1])));
  if (!named) return [];
  // «البنتاغون» under «البنتاغون: لا خطط …» over a lead naming «البنتاغون» plainly: the picture's caption of the
  // story's subject, not a masthead — a site does not print its own name in its headline and retell it in its lead
  // as prose (forty-first round, real pages).
  const said = new Set(lexKey(lines.find((l) => l.index === titleIndex)?.text ?? '').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean));
  if (words.every((w) => said.has(lexKey(w))) && storyPrintsPlainly(words.map(lexKey), lines, start, lex.sitePrefixes)) return [];
  return [{ field: 'outlet', value: text, confidence: 0.6, rule: 'site name printed under the headline', line: next.index + 1 }];
}

/**
 * The page's Arabic spelling of a Latin name or domain label anywhere on the page: one to three
 * Arabic words of a short line that spell it (`sameName`), longest first — «نون بوست» in
 * «تابعوا نون بوست على تلغرام» for «noonpost.com», «سويس إنفو» in a footer «سويس إنفو - وحدة من …»
 * for «swissinfo.ch». An unmapped domain is shown as the page spells it, not as the domain.
 */
export function spellingOnPage(label: string, lines: readonly PageLine[], sameName: (latin: string, arabic: string) => boolean, suffixes: readonly string[] = []): { text: string; index: number } | undefined {
  if (label.replace(/[^a-z]/gi, '').length < 4) return undefined;
  // «© 2026 نيشان دوت كوم» under «nichane.com»: the web edition's words printed after the spelling
  // (`siteSuffixes`, source keys) are the name's own (nineteenth round).
  const bySize = [...suffixes].sort((a, b) => b.split(' ').length - a.split(' ').length);
  const withSuffix = (words: string[], end: number) => {
    const suffix = bySize.find((s) => sourceKey(words.slice(end, end + s.split(' ').length).join(' ')) === s);
    return suffix ? words.slice(end, end + suffix.split(' ').length) : [];
  };
  for (let n = 3; n >= 1; n--) {
    for (const l of lines) {
      // «… في سوس. (تيزنيت بلس)»: a story's line is read only for the bracketed sign-off closing it (forty-third round).
      const text = l.kind === 'body' ? /[.!؟?]\s*(\([^()]{3,40}\))\s*$/u.exec(l.text)?.[1] : l.text;
      if (!text || l.kind === 'blank' || (l.kind !== 'body' && l.words > 12)) continue;
      // «مرسيليا العربية.. صوت العرب …»: a tagline's dots close the name's last word, no part of it.
      // «(عرعرة اليوم)»: a bracketed sign-off's brackets and quotes are no part of the name (thirty-seventh round, at the merge).
      // «الخرطوم=^NAME^»: a copy's credit set off by «=» and «^» (forty-first round, real pages) parts words as a space does.
      const words = text.split(/[\s|:\-–—=^]+/).map((w) => w.replace(/^[(«"“[]+/u, '').replace(/[.…،,؛!)»"”\]]+$/u, '')).filter((w) => /^[\p{Script=Arabic}0-9]+$/u.test(w));
      for (let i = 0; i + n <= words.length; i++) {
        const gram = words.slice(i, i + n).join(' ');
        if (sameName(label, gram)) return { text: [gram, ...withSuffix(words, i + n)].join(' '), index: l.index };
      }
    }
  }
  return undefined;
}

/**
 * A Latin-only brand on the first line («le360», «SWI swissinfo.ch»): the domain it holds (an
 * unmapped domain shows as the domain), or the brand itself when the page prints it again
 * (a byline «بقلم: Le360 …», a footer).
 */
export function latinBrand(lines: readonly PageLine[], titleIndex: number | undefined, sources: readonly Source[], sameName?: (latin: string, arabic: string) => boolean, siteDescriptors: ReadonlySet<string> = new Set(), siteWords: ReadonlySet<string> = new Set(), lex?: Pick<Lexicon, 'data'>): Signal[] {
  const first = lines.find((l) => l.kind !== 'blank');
  if (!first || first.kind !== 'latin' || first.words > 3 || first.index === titleIndex) return [];
  const line = first.index + 1;
  // «KBS WORLD Radio» over «العربية»: the brand of the Arabic service printed under it.
  const service = lines.find((l) => l.index > first.index && l.kind !== 'blank') as (PageLine & { languageLabel?: boolean }) | undefined;
  if (service?.languageLabel) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.65, rule: 'Latin brand over the name of its Arabic service', line }];
  // «13024338BASRA.jpg» over the lead: a picture's file name copied with the page is no brand and
  // holds no domain (thirty-third session, a real-page probe).
  if (isMediaFileName(first.text) || isDocumentFileTitle(first.text)) return [];
  const domain = /(?:^|\s)((?:[a-z0-9-]+\.)+[a-z]{2,})(?=\s|$)/i.exec(first.text)?.[1]?.toLowerCase();
  if (domain) {
    const src = sourceForUrl(domain, sources);
    // «sewt.info» over «صوت»: the domain says where the site is, the Arabic name under it who it is.
    const under = service as PageLine | undefined;
    if (!src && first.words === 1 && under && under.kind === 'short' && under.index !== titleIndex) {
      return [{ field: 'outlet', value: under.text.trim(), confidence: 0.6, rule: 'Arabic name under the site\'s domain', line: under.index + 1 }];
    }
    const spelled = src ? undefined : spellingOnPage(domain.split('.')[0], lines, sameName ?? (() => false));
    if (spelled) return [{ field: 'outlet', value: spelled.text, confidence: 0.62, rule: 'the page\'s Arabic spelling of the domain in the Latin brand', line: spelled.index + 1 }];
    return [{ field: 'outlet', value: src?.name ?? domain, ...(src ? { id: src.id } : {}), confidence: 0.6, rule: 'domain in the Latin brand at the top', line }];
  }
  const brand = first.text.trim().toLowerCase();
  const again = lines.some((l) => l.index !== first.index && new RegExp(`(?:^|[^a-z0-9])${brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`).test(l.text.toLowerCase()));
  // The site's domain printed on the page, its first label the brand's first word («MTV
  // Lebanon» over «mtv.com.lb»), is the brand printed again.
  // «Business News» over «businessnews.com.tn»: the whole brand, its spaces dropped, is the label too.
  const head = brand.split(/\s+/)[0];
  const glued = brand.replace(/[\s.-]+/g, '');
  const ownDomain = head.length >= 2 && lines.slice(0, 12).some((l) => {
    if (l.index === first.index || !isUrl(l.text)) return false;
    const label = (/^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\./i.exec(l.text.trim())?.[1] ?? '').toLowerCase();
    return label === head || label.replace(/-/g, '') === glued;
  });
  if (ownDomain && !again) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.6, rule: 'Latin brand at the top, its domain on the page', line }];
  // «NHK WORLD-JAPAN» over «Copyright NHK (…)»: the brand's first word owns the © line.
  const headWord = new RegExp(`(?:^|[^a-z0-9])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z0-9])`);
  const owned = !again && head.length >= 3 && lines.some((l) => l.index !== first.index && /©|copyright/i.test(l.text) && headWord.test(l.text.toLowerCase()));
  if (owned) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.6, rule: 'Latin brand at the top, named in the © line', line }];
  if (again) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.6, rule: 'Latin brand at the top, printed again on the page', line }];
  // «Tizi Ouzou News» over «Accueil» / «Actualité»: a brand of two or three words closed by a site's word
  // (`sourceAffixes.after`: «News», «TV») over a menu in its own script is the masthead (twenty-fourth round, second wave).
  const words = first.text.trim().split(/\s+/);
  const menuUnder = lines.filter((l) => l.index > first.index && l.kind !== 'blank').slice(0, 2);
  // The words outlets' names are made of (`transliteration.words`: «Today», «Online», «Info», «Post») close it too (twenty-ninth round).
  const last = words[words.length - 1];
  if (words.length >= 2 && (siteDescriptors.has(sourceKey(last)) || siteWords.has(last.toLowerCase())) && menuUnder.length === 2 && menuUnder.every((l) => l.kind === 'latin' && l.words <= 2)) {
    return [{ field: 'outlet', value: first.text.trim(), confidence: 0.5, rule: 'Latin brand at the top, closed by a site\'s word over a Latin menu', line }];
  }
  // «Sahel7news», «Gulfbiz24» alone on the first line: one token closed by a site's word glued to it (prose-credit.ts) — right
  // over the headline or the lead; over an Arabic line («Sharjah24» / «الشارقة 24») the Arabic name is the masthead's.
  const below = lines.find((l) => l.index > first.index && l.kind !== 'blank');
  if (lex && below && (below.index === titleIndex || below.kind === 'body') && gluedLatinBrand(first.text, lex)) return [{ field: 'outlet', value: first.text.trim(), confidence: 0.5, rule: 'Latin brand at the top, a site\'s word glued to its end', line }];
  return [];
}

/**
 * Credits printed after the story (AMP copies, apps and print pages put the metadata at the
 * end): «24 - أبوظبي» (NAME – PLACE, or PLACE – NAME, the place one the places data knows) and
 * a site's name behind its prefix «موقع 24» on a line of its own. Only the few lines right after
 * the story are read; a byline label, a date word or a known place is never the name.
 */
export function creditLinesAfter(lines: readonly PageLine[], end: number | undefined, lex: Lexicon): Signal[] {
  if (end === undefined) return [];
  const out: Signal[] = [];
  const near = lines.slice(end).filter((l) => l.kind !== 'blank').slice(0, 6);
  // The Latin masthead among the page's first three lines («Zajil»), for «زاجل/ أ ف ب» below.
  const latinTop = lines.filter((l) => l.kind !== 'blank').slice(0, 3).filter((l) => l.kind === 'latin' && l.words <= 4);
  for (const l of near) {
    if (l.kind === 'body' || l.kind === 'marker' || l.words > 5) continue;
    const text = l.text.trim();
    // «زاجل/ أ ف ب» under the Latin masthead «Zajil»: the closing credit names the site in Arabic
    // before its wire; the data need not know it — the masthead spells it (twenty-third round).
    const slashed = /^([\p{Script=Arabic} ]{2,30}?)\s*\/\s*\S/u.exec(text)?.[1].trim();
    if (slashed && !lex.names(slashed) && slashed.split(/\s+/).length <= 3 && latinTop.some((t) => lex.sameName(t.text.trim(), slashed))) {
      out.push({ field: 'outlet', value: slashed, confidence: 0.8, rule: 'closing credit «NAME/ WIRE» spelling the Latin masthead', line: l.index + 1 });
      continue;
    }
    const m = /^([\p{L}\p{M}0-9 .]{2,30}?)\s+[-–—ـ|]\s+([\p{L}\p{M} ]{2,30})$/u.exec(text);
    if (m) {
      const [a, b] = [m[1].trim(), m[2].trim()];
      const isPlace = (x: string) => lex.places.has(lexKey(x));
      const name = isPlace(b) && !isPlace(a) ? a : isPlace(a) && !isPlace(b) ? b : undefined;
      const first = name ? lexKey(name.split(/\s+/)[0]) : '';
      if (name && name.split(/\s+/).length <= 3 && !lex.bylines.has(first) && !lex.dates.lineWords.has(first) && lex.names(name)?.kind !== 'generic') {
        const found = lex.names(name);
        out.push({ field: 'outlet', value: found?.name ?? name, ...(found?.id ? { id: found.id } : {}), confidence: 0.65, rule: 'credit line after the story (name – place)', line: l.index + 1 });
      }
      continue;
    }
    // «وكالة شهاب للأنباء» under a forwarded post: an agency naming itself signs the text.
    if (AGENCY_SELF.test(text) && l.words <= 5 && !lex.names(text)) {
      out.push({ field: 'outlet', value: text, confidence: 0.6, rule: 'agency naming itself after the story', line: l.index + 1 });
      continue;
    }
    const key = sourceKey(text);
    const bare = withoutPrefix(key, lex.sitePrefixes);
    // «صحيفة التغيير»: sourceKey already drops «صحيفة»; the printed prefix still marks a name.
    const prefixed = l.words >= 2 && lex.sourceAffixes.before.has(matchKey(text).split(' ')[0]);
    if ((bare !== key || prefixed) && l.words <= 3 && !lex.exact.has(lexKey(text))) {
      const found = lex.names(text);
      out.push({ field: 'outlet', value: found?.name ?? text, ...(found?.id ? { id: found.id } : {}), confidence: 0.6, rule: 'site name after the story («موقع …»)', line: l.index + 1 });
    }
  }
  return out;
}

/**
 * «BAHRAIN MIRROR» on top, the lead opening «مرآة البحرين: …»: a two-word name closed by a colon
 * that only the grammar read (as a place), whose last word the Latin masthead's first word spells —
 * an Arabic construct and its English translation, the modifier first — is the site's own name
 * crediting its story, not a place (twenty-second round, second wave). «مكة المكرمة:» under «MAKKAH
 * NEWS» stays a place: there the masthead spells the name's first word.
 */
export function colonNameUnderLatinMasthead(lines: readonly PageLine[], lead: { place: string; evidence: string; date?: string; agency?: unknown; outlet?: unknown } | undefined, leadIndex: number | undefined, sameName: (latin: string, arabic: string) => boolean): Signal | undefined {
  if (!lead || lead.evidence !== 'grammar' || lead.date || lead.agency || lead.outlet || leadIndex === undefined) return undefined;
  const words = lead.place.split(/\s+/);
  const first = lines.find((l) => l.kind !== 'blank');
  if (words.length !== 2 || !first || first.kind !== 'latin' || first.index === leadIndex) return undefined;
  const latin = first.text.trim().split(/\s+/);
  if (latin.length < 2 || latin.length > 4 || !/^[A-Za-z]{3,}$/.test(latin[0])) return undefined;
  const modifier = words[1].replace(/^ال(?=\p{L}{3})/u, '');
  if (!sameName(latin[0], modifier) && !sameName(latin[0], words[1])) return undefined;
  return { field: 'outlet', value: lead.place, confidence: 0.62, rule: 'the lead\'s «NAME:» under its Latin masthead (the name translated)', line: leadIndex + 1 };
}
