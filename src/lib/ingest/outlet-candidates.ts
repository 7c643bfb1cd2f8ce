// Evidence against an outlet candidate (fourteenth round). Every rule of metadata.ts that reads a
// name from a position — the first line, a credit line above the story, a dateline on its own
// line, a © line — proposes whatever sits there. What sits there is not always a publisher: a
// reporter («بيروت – رنا حداد»), the newsroom signing for the site («فريق التحرير»), a
// correspondent («مراسل الصنارة», «مراسلنا»), a date («نواكشوط – 1 مارس 2026»), a chat channel
// or a handle («# أخبار-اليمن»). These are shapes no publisher's name has, whichever position
// proposed them, so they are checked once here rather than in every rule.
import type { Signal } from './credits';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { isCreditWord } from './names';
import { sourceKey } from '../data/keys';
import { EMAIL } from './site-name';
import { isTagline } from './tagline-names';
import { markdownText, notANameByShape } from './outlet-shape';
import { isLanguageSwitch, isNoteColourLabel, isSectionWithAdjective, isStockPhotoAgency } from './interface-names';
import { isVolumeLabel } from './volume-labels';

/** Why `value` cannot be a publisher's name, or undefined when nothing speaks against it. */
const PERSON = 'a person\'s name, not a publisher';
/** The site's name read at the top of the page (site-at-top.ts). */
const HEAD_RULE = /^(?:short first line|site name at the top|first line of three or four words)/u;

export function notAPublisher(value: string, lex: Lexicon): string | undefined {
  const text = value.trim();
  // A share button, a counter, a weekday's date, a network's line: no name's shape (thirty-third round).
  const shape = notANameByShape(text, lex);
  if (shape) return shape;
  if (/^[#@]/u.test(text)) return 'a channel or a handle, not a publisher';
  // «راسلونا: editor@site.so»: a contact line; no publisher's name holds an address (twenty-fourth round, second wave).
  if (EMAIL.test(text)) return 'an e-mail address: a contact line, not a publisher';
  const key = lexKey(text);
  const words = key.split(' ');
  const interfaceText = interfaceLabel(words, lex);
  if (interfaceText) return interfaceText;
  if (emptyPageLabel(text, lex)) return 'a page label with no value, not a publisher';
  // «English EN» over a staff box, «Getty» in a caption's bracket, «أحداث خاصة» over the headline: a language switch, a
  // stock photo's credit, a section's label — no publisher's name, whichever rule read it (interface-names.ts, forty-fourth round).
  if (isLanguageSwitch(text, lex)) return 'a language switch, not a publisher';
  if (isNoteColourLabel(text, lex)) return 'a notes app\'s colour and folder label, not a publisher';
  if (isStockPhotoAgency(text, lex)) return 'a stock-photo agency\'s credit, not a publisher';
  if (isSectionWithAdjective(text, lex)) return 'a section label, not a publisher';
  // A date or a time: «1 مارس 2026», «10:12» — every word a number, a month or a date's word
  // («26 سبتمبر نت» is a paper: «نت» is no date's word).
  const dateWord = (w: string) => /^[0-9٠-٩:/.\-]+$/u.test(w) || lex.dates.isMonthName(w) || lex.dates.lineWords.has(w);
  // A month or a numeric date must be there: «الساعة 24» is a site, «24» alone no name at all.
  const dated = words.some((w) => lex.dates.isMonthName(w) || /^[0-9٠-٩]{1,4}[/.\-:][0-9٠-٩]{1,2}/u.test(w));
  if (/[0-9٠-٩]/u.test(text) && dated && words.every(dateWord)) return 'a date, not a publisher';
  // «العدد 212», «رقم العدد: 5120»: a print edition's issue line (`dateWords.issueLabels`) names no one (eighteenth round).
  const bare = key.replace(/[:：#.،-]/gu, ' ').replace(/\s+/gu, ' ').trim();
  const issue = (lex.data.dateWords.issueLabels ?? []).map(lexKey).find((w) => bare === w || bare.startsWith(`${w} `));
  if (issue && /[0-9٠-٩]/u.test(text) && bare.slice(issue.length).split(' ').filter(Boolean).every(dateWord)) return 'an issue number, not a publisher';
  // «السنة الرابعة», «المجلد 14»: the year or volume label an issue line prints beside its number (volume-labels.ts).
  if (isVolumeLabel(text, lex)) return 'a print edition\'s year or volume, not a publisher';
  // «الموقع», «القائمة»: a bare common noun (`genericPageWords`) names no one by itself
  // (thirtieth round, merged) — unless the sources data knows it as a name.
  if (lex.genericPageWords.has(key) && !lex.names(text)) return 'a bare common noun, not a publisher';
  // «تقارير» over the headline: a section of the site, not its name (fourteenth round, second half).
  if (lex.sectionLabels.has(key)) return 'a section label, not a publisher';
  // «جريدة إلكترونية مستقلة» over the masthead: a tagline says what the site is, not who (twenty-ninth round).
  if (isTagline(text, lex)) return 'a tagline, not a publisher';
  if (lex.staffCredits.has(key) || [...lex.staffCredits].some((s) => key.startsWith(`${s} `))) return 'the newsroom signing for the site, not a publisher';
  // «اقرأ المزيد على موقعنا»: a site's word with «نا» («موقعنا», «قناتنا») is the page itself, no name (twentieth round, part B).
  const own = sourceKey(words[0]);
  if (own.endsWith('نا') && [own.slice(0, -2), own.slice(0, -3) + 'ه'].some((w) => w.length >= 3 && lex.sitePrefixes.includes(w))) return 'the page\'s own site («موقعنا»), not a name';
  // «رنا حداد», «سلمى عبد الله»: a given name and one or two more words; also after «من» («موسكو - من
  // سامر الحداد:», a wire's «from NAME» byline; twenty-second round, part O).
  const person = words[0] === 'من' && words.length >= 3 ? words.slice(1) : words;
  // «علي صبيح نيوز»: a name closed by a site's word («نيوز», «نت»: `siteWords`) is a site's, whatever it opens with (thirtieth round, merged).
  const siteClosed = lex.siteWords.has(sourceKey(person[person.length - 1]));
  if (person.length >= 2 && person.length <= 3 && lex.givenNames.has(person[0]) && !siteClosed && !lex.names(text)) return PERSON;
  return undefined;
}

/**
 * «آخر تحديث في», «تاريخ النشر :», «خبر عاجل»: a metadata label with nothing after it but its colon or «في» (`publishedLabels`,
 * `updatedLabels`, `sourceLabels`, `tagLabels`, `bylineLabels`), or a breaking bar's label of two words or more (`tickerLabels`,
 * `urgentBarLabels`) — the page's interface, read on real pages as the site's name at the top (forty-fourth round, session 47:
 * two sites). One word alone is left to the rules: «عاجل» is a Saudi paper's name too, «المصدر» a site's.
 */
function emptyPageLabel(text: string, lex: Lexicon): boolean {
  const closed = /(?:\s*[:：]|\s+(?:في|بتاريخ))\s*$/u.test(text);
  const key = lexKey(text.replace(/(?:\s*[:：]|\s+(?:في|بتاريخ))\s*$/u, '').trim());
  if (!key) return false;
  const many = key.includes(' ');
  if (Object.values(lex.labels).some((set) => set.has(key)) && (many || closed)) return true;
  return many && (lex.isTicker(key) || lex.isUrgentBar(key));
}

/**
 * «استمع مباشرة», «شاهد البث»: a line opening with an imperative calling the reader to act; «أخبار أخرى»,
 * «مقالات أخرى»: a short menu label closed by a word of «more» (`interfaceWords`). Interface text, read
 * as the site's name by its place at the top or at the foot (twenty-fourth round, second wave).
 */
function interfaceLabel(words: readonly string[], lex: Lexicon): string | undefined {
  const first = words[0]?.replace(/[:：]$/u, '');
  if (words.length >= 2 && lex.interfaceWords.callsToAction.has(first)) return 'a call to action, not a publisher';
  if (words.length >= 2 && words.length <= 3 && lex.interfaceWords.moreWords.has(words[words.length - 1])) return 'a menu label, not a publisher';
  return undefined;
}

/**
 * «نشره كفر الشيخ اليوم» → «كفر الشيخ اليوم»: a verb of credit (`interfaceWords.creditVerbs`) a sharing
 * site prints before the name; the name is after it. Undefined when `value` opens with none.
 */
export function afterCreditVerb(value: string, lex: Lexicon): string | undefined {
  const words = value.trim().split(/\s+/);
  const key = lexKey(value);
  const verb = lex.interfaceWords.creditVerbs.find((v) => key.startsWith(`${v} `));
  if (!verb) return undefined;
  const rest = words.slice(verb.split(' ').length).join(' ').replace(/^[:：«"“(]+|[»"”)]+$/gu, '').trim();
  return rest || undefined;
}

/**
 * «مراسل الصنارة» → «الصنارة» (the outlet the correspondent files for); «مراسلنا» → '' (the page's
 * own correspondent: the page names its outlet elsewhere). Undefined when `value` is no
 * correspondent's credit.
 */
export function correspondentOf(value: string, lex: Lexicon): string | undefined {
  const words = value.trim().split(/\s+/);
  if (!lex.correspondentWords.has(lexKey(words[0]))) return undefined;
  const rest = words.slice(1).join(' ').replace(/^[«"“(]+|[»"”)]+$/gu, '').trim();
  // «مراسلنا» is listed whole: the page's own, naming no one.
  return /(?:نا)$/u.test(lexKey(words[0])) ? '' : rest;
}

/**
 * «بنغازي/ خاص الكرامة ميديا -»: a credit word (`creditWords`: «خاص», «متابعة») before a name is the
 * kind of piece, the name after it the outlet (nineteenth round). Undefined when `value` opens with none.
 */
export function creditedName(value: string, lex: Lexicon): string | undefined {
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || !isCreditWord(words[0], lex.names)) return undefined;
  return words.slice(1).join(' ').replace(/^[«"“(]+|[»"”)]+$/gu, '').trim();
}

// «NAME – طبعة باتنة», «NAME | نسخة الكويت»: the last part after a separator, one to four words.
const EDITION_PART = /\s*(?:[-–—|:]|\s-\s)\s*([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,3})\s*$/u;

/**
 * «صدى الأوراس – طبعة باتنة» → «صدى الأوراس»: a part opening with an edition's word (`editionWords`)
 * after the name and a separator names a regional or country edition, not the site (twenty-second
 * round, part O). The name before it must be left whole (two letters at least).
 */
export function withoutEdition(value: string, lex: Lexicon): string {
  if (!lex.editionWords.size) return value;
  const m = EDITION_PART.exec(value);
  if (!m || !lex.editionWords.has(lexKey(m[1].split(/\s+/)[0]))) return value;
  const name = value.slice(0, m.index).trim();
  return name.length >= 2 ? name : value;
}

/**
 * The outlet signals with the evidence against each weighed in: a correspondent's credit stands
 * for the outlet it names (and so agrees with the masthead), a value no publisher's name has is
 * dropped. Signals of names sources.yaml knows are kept as they are.
 */
export function weighOutletCandidates(signals: Signal[], lex: Lexicon): Signal[] {
  const out: Signal[] = [];
  // «عمر المختار» over the headline and in its © line: a paper named after a person — the name that holds the page's
  // rights and heads it is the publisher's, whatever its shape (thirty-ninth round, 13t; guard u3623).
  const rights = new Set(signals.filter((s) => s.field === 'outlet' && s.rule.startsWith('© line')).map((s) => sourceKey(s.value)));
  const headed = new Set(signals.filter((s) => s.field === 'outlet' && HEAD_RULE.test(s.rule) && rights.has(sourceKey(s.value))).map((s) => sourceKey(s.value)));
  const refused = (value: string) => { const why = notAPublisher(value, lex); return why && !(why === PERSON && headed.has(sourceKey(value))) ? why : undefined; };
  for (const s of signals) {
    if (s.field !== 'outlet' || s.id) { out.push(s); continue; }
    // «![عرب غلاسكو](…/logo.png)»: a markdown dump's image is read by its alt text (thirty-third round).
    const alt = markdownText(s.value, lex);
    if (alt !== undefined) { if (alt && !notAPublisher(alt, lex)) out.push({ ...s, value: alt, rule: `${s.rule} (a markdown image's or link's text)` }); continue; }
    const credited = correspondentOf(s.value, lex) ?? creditedName(s.value, lex);
    const filed = credited ?? afterCreditVerb(s.value, lex);
    if (filed === '') continue;
    const value = withoutEdition(filed ?? s.value, lex);
    if (!value || refused(value)) continue;
    const known = filed ? lex.names(filed) : undefined;
    out.push(filed ? { ...s, value: known?.name ?? filed, ...(known?.id ? { id: known.id } : {}), rule: `${s.rule} (${credited === undefined ? 'the name after a verb of credit' : 'the outlet a correspondent files for'})` }
      : value !== s.value ? { ...s, value, rule: `${s.rule} (less its edition)` } : s);
  }
  return oneSiteInTwoScripts(out);
}

const ARABIC = /[\u0600-\u06FF]/u;

/**
 * A Latin brand or its domain at the top (latinBrand in credits.ts), not a copying tool's name the
 * page's link disowns; or the page's own domain as a copying tool or the page's own link shows it
 * («hihi2.com/news/…» over a Diigo copy, eighteenth round).
 */
const LATIN_FRAME = /^(?:Latin brand at the top|© line \(a Latin name\)|domain in the Latin brand at the top|domain shown by the copying tool|domain of the page's own link)(?!.*own link names another site)/u;
/** A domain a copying tool or the page's own link shows (not a brand, which may be a tool's name). */
const TOOL_DOMAIN = /^(?:domain shown by the copying tool|domain of the page's own link)/u;
/** The Arabic name the page's own frame prints: its © line, its title bar, its boxes (app, newsletter, contact, about). */
// The Arabic name printed right at the Latin masthead («Polskie Radio» / «إذاعة بولندا» over its desk
// line, «Radio Ukraine International» / «راديو أوكرانيا الدولي») is the frame's too (twenty-second round, second wave).
const ARABIC_FRAME = /^(?:© line \(name not in sources\.yaml\)|site name in the title bar|a name in the page's frame|site name at the top over its Latin brand|a station's name over its Arabic desk)/u;

/**
 * «GRC» / «grc.net» on top and «© مركز الخليج للأبحاث» at the foot; «OujdaCity» and «© وجدة سيتي»:
 * a page has one site, and its Latin masthead (or domain) and the Arabic name its own frame prints
 * are that site in two scripts — two independent signals that agree, not close rivals. When the
 * frame prints one Arabic name only, the Latin candidates stand for it (the label, and the shown
 * name, is the Arabic one); with two Arabic names in the frame nothing is merged (seventeenth round).
 */
export function oneSiteInTwoScripts(signals: Signal[]): Signal[] {
  const latin = signals.filter((s) => s.field === 'outlet' && !s.id && !ARABIC.test(s.value) && LATIN_FRAME.test(s.rule));
  const framed = signals.filter((s) => s.field === 'outlet' && !s.id && ARABIC.test(s.value) && ARABIC_FRAME.test(s.rule));
  // A reader view prints no frame but the site's domain; its dateline's name («القاهرة - صوت المسيحي
  // الحر:» under «christian-dogma.com»), the only name the page prints, is that site (twentieth round, part B).
  const outlets = signals.filter((s) => s.field === 'outlet');
  const domains = latin.filter((s) => TOOL_DOMAIN.test(s.rule));
  const dated = !framed.length && domains.length && outlets.every((s) => latin.includes(s) || (!s.id && s.rule === 'dateline'))
    ? outlets.filter((s) => s.rule === 'dateline') : [];
  const arabic = framed.length ? framed : dated;
  if (!latin.length || new Set(arabic.map((s) => sourceKey(s.value))).size !== 1) return signals;
  if (!framed.length) return signals.map((s) => (domains.includes(s) ? { ...s, value: arabic[0].value, rule: `${s.rule} — the same site as the one name its dateline prints` } : s));
  const name = arabic[0].value;
  return signals.map((s) => (latin.includes(s) ? { ...s, value: name, rule: `${s.rule} — the same site as the Arabic name its frame prints` } : s));
}
