// content/discovery-stopwords.yaml: the word lists the people discoverer looks words up in.
import { z } from 'zod';
import { wordList } from './common';

export const DiscoveryLexiconSchema = z.object({
  roleHeads: wordList,
  roleWords: wordList,
  connectors: wordList,
  reportingVerbs: wordList,
  stopwords: wordList,
  /** Common first names (Arabic and transliterated): corroborate a name seen only after a reporting verb. */
  firstNames: wordList,
  /** Endings of transliterated family names (‑وف، ‑سكي، ‑يتش، ‑برغ…): corroborate a verb-only name. */
  foreignNameEndings: wordList,
  /** Words the LINKER reads around a hit (entities/context.ts): a capital after these is a place. */
  placeWords: wordList,
  /** «العاصمة», «مدينة», «مذكرة»: a capital after these is the city (or a venue's name), not the government. */
  placeHeads: wordList,
  /** «زار», «زيارة»: a capital that is their object is the place visited (entities/context.ts). */
  visitWords: wordList,
  /** «أن», «التي», «فيما»: begin a new clause; the look-back from a capital to a visit word stops there. */
  clauseWords: wordList,
  /** «القناة», «وكالة الأنباء»: a nisba after these describes a medium, not its country. */
  mediaNouns: wordList,
  /** «شركة», «المجلس», «الهلال الأحمر»: a nisba after these (and the body's own name) describes a non-state body, not its country. */
  bodyNouns: wordList,
  /** «السيدة»: a title that vouches for an alias that needs context (Actor.needsContext). */
  titleWords: wordList,
  /** «طلب», «تعليق», «بضغط»: before «من» + capital the capital acts («طلب من موسكو» is Russia's request). */
  actingNouns: wordList,
  /** Companies, banks and brands the dictionary lacks: their nisba or country name after them is theirs (session 10). */
  companyNames: wordList,
  /** «طيران»: heads a brand when a country's name follows («طيران الإمارات»). */
  brandHeads: wordList,
  /** «الطيران», «الطاقة»: after «لل» they make a country's name a brand («مصر للطيران»). */
  companyTrades: wordList,
  /** «المركزي»: makes a bank or body the state's own («البنك المركزي الروسي»). */
  stateBodyAdjectives: wordList,
  /** «رحلات», «خط»: capitals after «بين» following one are a route's ends, places. */
  routeNouns: wordList,
  /** «اليوم», «الخميس»: a definite capital after one is the subject, not an adjective. */
  timeWords: wordList,
  /** «ميناء», «مطار», «حقل»: an organisation's alias right after one is part of a place's name («ميناء الفاو»; session 11). */
  placeNameHeads: wordList,
  /** «جنود», «أسرى»: broken plurals of people; a bare demonym after one describes them («لجنود روس»; session 14). */
  peopleNouns: wordList,
  /** «صواريخ», «أسلحة», «تلقت»: goods and receiving; «من» + capital after them names the supplier («صواريخ … من واشنطن»; session 14). */
  suppliedNouns: wordList,
  sendingWords: wordList,
  /** «أسهم», «سهم»: a traded company's shares; a nisba after a quoted name they head is the company's («أسهم «ساب» السويدية»; session 46). */
  shareNouns: wordList,
  /** «الإخباري», «نيوز»: after a place's name and closed by a dash or a quote, an outlet's name («زاد الأردن الإخباري –»; session 48). */
  outletTails: wordList.default([]),
  /**
   * Session 50: a field after «لـ»/«لل» that makes an organisation's name another body's — a federation or a
   * union of that field: «الاتحاد الأوروبي لكرة القدم» (UEFA), «الاتحاد الأوروبي للإذاعة والتلفزيون» (the EBU),
   * «الاتحاد الأفريقي لكرة اليد». Written as the field's noun («كرة», «الإذاعة»), with or without its article.
   */
  bodyFields: wordList.default([]),
});

export type DiscoveryLexiconData = z.output<typeof DiscoveryLexiconSchema>;
