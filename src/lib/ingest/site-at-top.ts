// The site's name at the top of the page: a short or framed first line, stronger when the page prints it
// again, spells it in Latin letters too or gives its short form under it. Split from metadata.ts (session 42).
import type { ClassifiedLine } from './classify';
import { neighbour } from './headline-neighbours';
import { arabicHalf, isUrl, siteNameLine, type Signal } from './credits';
import { isLatinBrand } from './site-name';
import { cutTitleEnd, labelWords, staffRoleLine, storyLabel } from './story-label';
import { captionHeadOverCaption, leadPrintsIt, namesTheStory, notSiteName, subjectPrintedTwice } from './weak-guess';
import { mastheadInCopyright } from './frame-names';
import { shapeSkipper, withoutUnreadCount } from './outlet-shape';
import { framed, isMasthead } from './masthead';
import { barJoined, genericWireCredit } from './credit-bars';
import { sourceKey } from '../data/keys';
import { isAccountLine } from './account-lines';
import type { Lexicon } from './boilerplate';

/** Pushes the first line's outlet signals; returns the line read as the site's name (if any). */
export function siteAtTop(lines: ClassifiedLine[], start: number, titleIndex: number | undefined, lex: Lexicon, signals: Signal[]) {
  // A short unknown first line (under a Latin brand: the Arabic line after it) is probably the
  // site's name: weak alone, stronger when the page prints it again («السومرية نيوز/ دوليات»,
  // «تابعوا السومرية نيوز على …»).
  // A longer name at the top («مونت كارلو الدولية», «بوابة أخبار اليوم») is weaker alone, and
  // only a masthead: a short headline on the first line is followed by its story and shares
  // its words («بودابست وبودابست تبحثان أسرى»).
  const site = withoutUnreadCount(siteNameLine(lines, lex.nameStopWords, lex.sameName, lex.letterheadWords, lex.siteWords, lex.spelledAbbreviations, lex.isTicker, lex.isSponsorLine, shapeSkipper(lex)));
  const brandLine = lines.find((l) => l.kind !== 'blank')?.index;
  // «ملف اللاجئين» twice back to back under the headline: the picture's alt text and caption, no masthead
  // (twenty-third round); a reporter's byline printed twice so («الصاوي أحمد», blank lines between count
  // for nothing: a copy's renderer puts them there; thirty-eighth round, real pages).
  const pictureLabel = !!site && ((titleIndex !== undefined && titleIndex < site.index && [-1, 1].some((step) => neighbour(lines, site.index, step)?.key === site.key))
    || subjectPrintedTwice(site, neighbour(lines, site.index, 1), lines, start)
    || (titleIndex !== undefined && titleIndex < site.index && captionHeadOverCaption(site, neighbour(lines, site.index, 1))));
  // «رئيس مجلسي الإدارة والتحرير» printed twice: a staff box's role, no masthead printed again (twenty-third round).
  // «نشر بواسطة: محرر الموقع» under the headline: a theme's author line naming an account (account-lines.ts).
  if (site && site.index !== titleIndex && !lex.names(site.text) && !pictureLabel && !staffRoleLine(site.text, lex.staffRoles) && !isAccountLine(site.text, lex)) {
    const again = lines.some((l) => l.index !== site.index && l.index !== titleIndex && l.kind !== 'body' && ` ${l.key} `.includes(` ${site.key} `))
      || mastheadInCopyright(sourceKey(site.text), lines, site.index, lex.rights);
    // «إذاعة الصين الدولية» over «CRI Online»: the Arabic name and its Latin brand, a masthead.
    const under = lines.slice(site.index + 1).find((l) => l.kind !== 'blank');
    // Either way round: «Russia Beyond» over «روسيا ما وراء العناوين» — a name of three words or
    // more over the site's menu (two short entries); a shorter line under a Latin brand is as
    // often a section or a language label («الأخبار», «زاوية عربي») (fourteenth round).
    const over = lines.slice(0, site.index).filter((l) => l.kind !== 'blank');
    const menuBelow = lines.slice(site.index + 1, start).filter((l) => l.kind !== 'blank').slice(0, 2);
    // The Latin brand may sit one line lower, under the body's own sub-line («جامعة الدول العربية» /
    // «الأمانة العامة» / «League of Arab States»: twenty-first round, second wave).
    const belowSub = lines.slice(site.index + 1).filter((l) => l.kind !== 'blank').slice(0, 2);
    const brandBelowSub = belowSub.length === 2 && belowSub[0].kind === 'short' && belowSub[0].words <= 3 && belowSub[1].kind === 'latin' && latinWords(belowSub[1].text) <= 4;
    const bilingual = (site.index === brandLine && ((under?.kind === 'latin' && latinWords(under.text) <= 3) || brandBelowSub))
      || (over.length === 1 && isLatinBrand(over[0], lex.siteWords) && over[0].words <= 4 && site.words >= 3 && menuBelow.length === 2 && menuBelow.every((l) => l.words <= 2 && l.kind !== 'body' && l.index !== titleIndex));
    // «صحيفة مكة الإلكترونية» over «مكة»: the full name and the short one — the full name less the
    // words that only frame it (sitePrefixes, siteDescriptors) — two signals that agree.
    const core = sourceKey(site.text).split(' ').filter((w) => !lex.sitePrefixes.includes(w) && !lex.siteDescriptors.has(w)).join(' ');
    const shortName = under && under.kind !== 'latin' && under.words < site.words && core && sourceKey(under.text) === core && !lex.names(under.text) ? under : undefined;
    // «Sham FM» over «شام إف إم», «almajlis.co» near «المجلس»: the name spelled in Latin letters too.
    // «Sada Al-Mashrek – L'Écho du Levant»: a Latin brand with its tagline after a spaced dash spells it by its first part.
    const spelledToo = lines.slice(0, Math.min(start, 12)).some((l) => {
      if (l.index === site.index || !(l.kind === 'latin' || isUrl(l.text))) return false;
      const brand = l.kind === 'latin' ? l.text.split(/\s+[-–—|]\s+/u)[0] : l.text;
      return brand.trim().split(/\s+/).length <= 4 && lex.sameName(brand, arabicHalf(site.text, lex.sameName));
    });
    // «خارج الحدود» right over the headline: the story's label, no masthead (story-label.ts).
    const chatGroup = notSiteName(site, start, lex, lines.slice(site.index + 1).find((l) => l.kind !== 'blank'));
    const overStory = storyLabel(site, lines, titleIndex, start, labelWords(lex)) || chatGroup || cutTitleEnd(site, lines, titleIndex) || namesTheStory(site, lines, start) || leadPrintsIt(site, lines, start, lex.sitePrefixes);
    if (shortName) signals.push({ field: 'outlet', value: shortName.text, confidence: 0.74, rule: 'site name at the top, full and short', line: shortName.index + 1 });
    else if (spelledToo) signals.push({ field: 'outlet', value: arabicHalf(site.text, lex.sameName), confidence: 0.72, rule: 'site name at the top, spelled in Latin letters too', line: site.index + 1 });
    else if (again) signals.push({ field: 'outlet', value: arabicHalf(site.text, lex.sameName), confidence: 0.7, rule: 'site name at the top, printed again on the page', line: site.index + 1 });

    // «صوت سيدي براني» over «أسبوعية إقليمية تصدر عن جمعية …»: a name over the tagline naming its publisher (`publisherLineCues`)
    // is the paper's masthead, though its town's name recurs in the lead (forty-fifth round, at the merge; aside45 u4523, spent).
    else if (under && site.words <= 5 && under.words <= 14 && lex.publisherLineCues.some((c) => ` ${under.key} `.includes(` ${c} `))) signals.push({ field: 'outlet', value: arabicHalf(site.text, lex.sameName), confidence: 0.55, rule: 'site name at the top over its publisher\'s tagline', line: site.index + 1 });
    else if (bilingual) signals.push({ field: 'outlet', value: arabicHalf(site.text, lex.sameName), confidence: 0.55, rule: 'site name at the top over its Latin brand', line: site.index + 1 });
    else if (site.kind === 'short' && !overStory && !barJoined(site.text) && !genericWireCredit(site.text, lex)) signals.push({ field: 'outlet', value: arabicHalf(site.text, lex.sameName), confidence: 0.5, rule: 'short first line (site name?)', line: site.index + 1 });
    // «موقع العهد الاخباري»: a longer name framed by a site's own words (`sourceAffixes`) has a
    // name's shape, whatever follows it.
    else if (framed(site.text, lex) && !chatGroup) signals.push({ field: 'outlet', value: arabicHalf(site.text, lex.sameName), confidence: 0.55, rule: 'site name at the top, framed by «موقع/صحيفة …» or «… الإخبارية»', line: site.index + 1 });
    else if (!overStory && isMasthead(site, lines, start)) signals.push({ field: 'outlet', value: arabicHalf(site.text, lex.sameName), confidence: 0.45, rule: 'first line of three or four words (site name?)', line: site.index + 1 });
  }
  return site;
}

/** A Latin line's words, its separators aside («Russia – Islamic World»: three; nineteenth round). */
function latinWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
