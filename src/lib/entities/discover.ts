// Rule-based discovery of people the dictionary does not know, from the way Arab outlets
// introduce them: a role then a name («وزير الخارجية التركي هاكان فيدان»), a reporting verb
// then a name («قال كروسيتو»), or a name in apposition to a role («أندريه يرماك مدير مكتب…»).
import type { Actor } from '../types';
// Direct module imports (not the ../arabic index): these run per token.
import { isDefinite } from '../arabic/clitics';
import { tokenize, type Token } from '../arabic/tokenize';
import type { ActorMatcher } from './matcher';
import { matchParagraph } from './link';
import type { DiscoveryLexicon } from './discovery-lexicon';
import { commonWordShape, FEMININE_PERFECT } from './word-shapes';
import { confidenceOf, corroboratedName, discoveredIdentity, STRONG_CONFIDENCE, UNCORROBORATED_CAP, type DiscoveryPattern } from './discovered-confidence';
import { normalizeArabic } from '../arabic/normalize';

/** «بن», «ابن», «بنت»: the word after it is a father's given name (a lineage, nasab), not a family name. */
const NASAB = /^(?:بن|ابن|بنت)$/;

export * from './word-shapes';
export * from './discovered-confidence';

/** A role phrase longer than this many tokens is not followed up (it is prose, not a title). */
export const MAX_ROLE_TOKENS = 10;
export const MAX_NAME_TOKENS = 4;

export interface DiscoveredCandidate {
  /** ASCII id: discovered-<transliteration>. */
  id: string;
  /** The longest spelling seen, as written. */
  name: string;
  en: string;
  /** Other spellings seen in the article. */
  aliases: string[];
  /** Role texts (or verb contexts) that introduced the person. */
  evidence: string[];
  patterns: DiscoveryPattern[];
  occurrences: number;
  confidence: number;
  strong: boolean;
  paragraphs: number[];
}

interface Hit {
  pattern: DiscoveryPattern;
  paragraph: number;
  tokens: Token[];
  evidence: string;
}

const WS = /^[\s\u00A0]+$/;
/** Definite (ال…), but not a name written with a hamza on its alef (ألكسندر، إلهام): the article never is. */
export const isDefiniteToken = (t: Token) => isDefinite(t.norm) && !/^[وف]?[أإآ]ل/.test(t.text);
const COMMA = /^[\s\u00A0]*[،,][\s\u00A0]*$/;

class ParagraphScan {
  readonly tokens: Token[];
  /** Token index → actor type of the known mention covering it. */
  private covered = new Map<number, string>();
  readonly text: string;
  readonly paragraph: number;
  private lex: DiscoveryLexicon;
  private ctx: ActorMatcher['context'];
  constructor(text: string, paragraph: number, m: ActorMatcher, lex: DiscoveryLexicon) {
    this.text = text;
    this.paragraph = paragraph;
    this.lex = lex;
    this.ctx = m.context;
    this.tokens = tokenize(text);
    for (const s of matchParagraph(text, paragraph, m, this.tokens)) {
      const type = s.place ? 'place' : s.near ? 'organization' : m.actors.get(s.keys[0].actorId)?.type ?? 'person';
      for (let i = s.fromToken; i < s.toToken; i++) this.covered.set(i, type);
    }
  }
  /**
   * Token i or one of its stems is in the set (a plain loop, not .some(closure): it runs per token,
   * against up to ten word lists; the stems are kept on the token's WrittenWord).
   */
  private inSet(i: number, s: Set<string>): boolean {
    const rs = this.tokens[i].word.conjunctionStems();
    for (const r of rs) if (s.has(r)) return true;
    return false;
  }
  gap(i: number): string {
    return this.text.slice(this.tokens[i - 1].end, this.tokens[i].start);
  }
  isHead(i: number) {
    return this.inSet(i, this.lex.roleHeads);
  }
  isFirstName(t: Token) {
    return this.lex.firstNames.has(t.norm);
  }
  isVerb(i: number) {
    return this.inSet(i, this.lex.reportingVerbs);
  }
  /**
   * A company, a bank or a brand (the linker's `companies`, `bodyNouns`, `brandHeads`) is part of a
   * role («الرئيس التنفيذي لروسنفت», «رئيس طيران الإمارات»), never a person's name (session 10).
   * A company name found here covers all its words.
   */
  isBodyWord(i: number): boolean {
    const ctx = this.ctx;
    if (!ctx) return false;
    const t = this.tokens[i];
    if (this.inSet(i, ctx.bodyNouns) || this.inSet(i, ctx.brandHeads)) return true;
    const company = ctx.companies.matchAt(this.tokens, i, this.text);
    if (!company) return false;
    for (let k = company.from; k < company.to; k++) this.covered.set(k, 'organization');
    return true;
  }
  /** A token that continues a role phrase: definite, a role word, a known country/organisation. */
  isComplement(i: number): boolean {
    const t = this.tokens[i];
    if (t.type !== 'ar') return false;
    const cov = this.covered.get(i);
    if (cov === 'person') return false;
    if (cov || isDefiniteToken(t) || this.inSet(i, this.lex.roleWords) || this.isBodyWord(i)) return true;
    // «المسؤول عن العقوبات في وزارة…»: a preposition followed by a role-ish word.
    return this.lex.connectors.has(t.norm) && i + 1 < this.tokens.length && WS.test(this.gap(i + 1)) &&
      (isDefiniteToken(this.tokens[i + 1]) || this.inSet(i + 1, this.lex.roleWords) ||
        (this.covered.has(i + 1) && this.covered.get(i + 1) !== 'person'));
  }
  /**
   * Could this token be (part of) a personal name? 'known' = a dictionary person. `framed`: the name's end
   * is fixed by a closing comma (an apposition, `framedName`), so word shapes of common nouns and verbs
   * do not refuse it and nothing after it is read.
   */
  nameToken(i: number, position: number, framed = false): 'yes' | 'no' | 'known' {
    const t = this.tokens[i];
    const cov = this.covered.get(i);
    if (cov === 'person') return 'known';
    if (cov || t.type !== 'ar' || t.norm.length < 2) return 'no';
    // Definite words end a name, except an «al-…i» family name after a first name (محمد الخليفي).
    // After a first name, كال… is a family name (كالينين), not كـ + the article (كالعادة).
    // «عبد الفتاح», «أبو الغيط»: after عبد / أبو the definite word is the name's second half, and
    // one definite word after such a compound is the family name (عبد الفتاح البرهان).
    const compoundAt = (k: number) => k >= 0 && /^(?:عبد|[اأ]بو)$/.test(this.tokens[k].norm);
    // «محي الدين», «نصر الله»: «الدين» / «الله» after a first word are the name's second half (session 11).
    const compound = /^ال/.test(t.norm) && ((position >= 1 && (compoundAt(i - 1) || /^ال(?:دين|له)$/.test(t.norm))) || (position === 2 && compoundAt(i - 2)));
    // After a first name, فال… is a family name too (فالتونين), not ف + the article (session 11).
    // Session 50 (the spent ae-aside aea12): after a lineage «X بن Y», a definite word ending its clause is the
    // family name («عبدالله بن عبدالعزيز الربيعة»), as after a first name.
    const afterLineage = position >= 2 && NASAB.test(this.tokens[i - 2].norm);
    if (isDefiniteToken(t) && !compound && !(position >= 1 && ((/^ال/.test(t.norm) && t.norm.endsWith('ي')) || /^[كف]ال/.test(t.norm))) && !((position === 1 || afterLineage) && this.definiteFamilyName(i))) return 'no';
    const L = this.lex;
    // «زياد علي فاضل»: a listed first name that folds into a stopword («علي» = «على») is a name inside a
    // name — written with ي, after a name word and before another (session 47, y-dev yd01).
    if (position >= 1 && L.firstNames.has(t.norm) && /ي$/.test(t.text) && this.inSet(i, L.stopwords) && i + 1 < this.tokens.length && WS.test(this.gap(i + 1)) && this.nameToken(i + 1, position + 1, framed) === 'yes') return 'yes';
    // «باسم العوادي», «باسم محمد خضير»: a role word that is also a listed first name opens a name when a
    // name word follows (session 47).
    if (position === 0 && L.firstNames.has(t.norm) && L.roleWords.has(t.norm) && i + 1 < this.tokens.length && WS.test(this.gap(i + 1)) && this.nameToken(i + 1, 1, framed) === 'yes') return 'yes';
    if (this.inSet(i, L.stopwords) || this.inSet(i, L.roleHeads) || this.inSet(i, L.roleWords) || this.inSet(i, L.reportingVerbs) || this.isBodyWord(i)) return 'no';
    // A role word with a possessive pronoun («رئيس مكتبه», «وزير دفاعها») is the role going on (session 10).
    const owned = /^(.{3,})(?:ه|ها|هم|هما)$/.exec(t.norm);
    if (owned && (L.roleWords.has(owned[1]) || L.roleHeads.has(owned[1]))) return 'no';
    // A curated first name is a name whatever its shape (بطرس، رقية).
    if (L.firstNames.has(t.norm)) return 'yes';
    const shape = commonWordShape(t, position, L.stopwords);
    if (framed) return shape && shape !== 'noun' && shape !== 'verb' ? 'no' : 'yes';
    if (shape && !(position >= 1 && this.familyNameAfterFirst(i, shape))) return 'no';
    // Past two name tokens: a participle used adverbially (محافظا، مضيفا) or a word carrying
    // a preposition clitic (لبورسعيد) is the sentence going on, not the name.
    if (position >= 2 && (/^م...+ا$/.test(t.norm) || /^[لب]..../.test(t.norm))) return 'no';
    // After two name tokens, an imperfect or future verb (يشارك، تعمل، سيشارك) ends the name; not
    // after a compound given name («محي الدين نعيم»), whose third word is the family name (session 11).
    const afterCompound = position === 2 && /^ال(?:دين|له)$/.test(this.tokens[i - 1].norm);
    // Session 45 (the spent r-aside ra08, «يونس بك يفكوروف»): a long word with a transliterated
    // family name's ending (-وف، -ينكو، -سكي…; not the bare -يف of يضيف، يستضيف) is that name, not a verb.
    if (position >= 2 && !afterCompound && /^(?:س?[يتن])/.test(t.norm) && t.norm.length >= 4 && !this.foreignFamilyName(t.norm)) return 'no';
    // So does a word with the conjunction و («مارك روته ووافق», «ألكسندر كوبراكوف وثيقة»):
    // no name of the dictionary has a third word starting with و.
    if (position >= 2 && /^و/.test(t.norm) && t.norm.length >= 4) return 'no';
    // After two name tokens, a word followed by a number or by a definite noun that is neither an
    // adjective nor a role heads a phrase of the sentence («ماخنو أوضاع الطلبة», «هيراسيمتشوك عودة
    // 12 طفلا»): the object of the verb, not a third name (session 10).
    if (position >= 2 && this.headsPhrase(i)) return 'no';
    return 'yes';
  }
  /**
   * Right after a listed first name, a family name of a common word's shape: فعلت (محمود عصمت، أحمد رأفت —
   * a feminine perfect verb never follows a man's first name as its subject), or a plural in ـات ending the
   * name before punctuation or «إن/أن» (يوري إهنات، ياسر عرفات) (session 47).
   */
  familyNameAfterFirst(i: number, shape: string): boolean {
    if (!this.lex.firstNames.has(this.tokens[i - 1].norm)) return false;
    const norm = this.tokens[i].norm;
    if (shape === 'verb') return FEMININE_PERFECT.test(norm);
    if (shape !== 'noun' || !norm.endsWith('ات')) return false;
    if (i + 1 >= this.tokens.length) return true;
    const gap = this.gap(i + 1);
    return /[.،,:؛!؟?]/.test(gap) || (WS.test(gap) && !!this.ctx?.clauseWords.has(this.tokens[i + 1].norm));
  }
  /**
   * «السفير الروسي لدى ليبيا، أيدار أغانين، وبحث…», «المتحدث باسم سلاح الجو، يوري إغنات، أن…»: two to four
   * words between the comma after a role and the next comma are the person in apposition, whatever their
   * shape (أيدار looks like إفعال, إغنات like a plural); stopwords, roles and known actors still end it (session 47).
   */
  framedName(j: number): Token[] | null {
    const out: Token[] = [];
    // «قال مسؤول، طالبا عدم كشف اسمه، إن»: a participle in the accusative (فاعلا) opens a clause, not a name.
    if (/^[^اوي]ا[^اوي]{2}ا$/.test(this.tokens[j].norm)) return null;
    for (let k = j; k < this.tokens.length && out.length < MAX_NAME_TOKENS; k++) {
      if (k > j && !WS.test(this.gap(k))) return null;
      if (this.nameToken(k, out.length, true) !== 'yes') return null;
      out.push(this.tokens[k]);
      if (out.length >= 2 && k + 1 < this.tokens.length && COMMA.test(this.gap(k + 1))) return out;
    }
    return null;
  }
  /** An unprefixed (no future س) word of ≥ 6 letters ending like a transliterated family name, other than «-يف». */
  foreignFamilyName(norm: string): boolean {
    return norm.length >= 6 && /^[يت]/.test(norm) && this.lex.foreignNameEndings.some((e) => e !== 'يف' && norm.length - e.length >= 3 && norm.endsWith(e));
  }
  /**
   * «سلطان المرشد.», «معن النسور إن…», «عامر السبايلة أن…»: a definite second word that ends the
   * clause (punctuation, the text's end, or «أن/إن/التي…» next) is a family name, unless it is a day
   * or time word («قال لافروف الأحد إن») or has the shape of a common noun (session 11).
   */
  definiteFamilyName(i: number): boolean {
    const t = this.tokens[i];
    if (!/^ال/.test(t.norm) || this.ctx?.timeWords.has(t.norm) || this.inSet(i, this.lex.stopwords) || this.inSet(i, this.lex.roleWords)) return false;
    const stem = t.norm.slice(2);
    if (commonWordShape({ text: t.text.replace(/^ال/, ''), norm: stem }, 1, this.lex.stopwords)) return false;
    if (i + 1 >= this.tokens.length) return /^[\s\u00A0]*[.!؟?]?[\s\u00A0]*$/.test(this.text.slice(t.end));
    const gap = this.gap(i + 1);
    if (/[.،,:؛!؟?]/.test(gap)) return true;
    return WS.test(gap) && !!this.ctx?.clauseWords.has(this.tokens[i + 1].norm);
  }
  /** The token after i (space-separated) is a number, or a definite noun that is no adjective or role head. */
  headsPhrase(i: number): boolean {
    if (i + 1 >= this.tokens.length || !WS.test(this.gap(i + 1))) return false;
    const next = this.tokens[i + 1];
    if (/^[0-9\u0660-\u0669]/.test(next.text)) return true;
    // «… يفكوروف والوفد المرافق له»: a definite word joined by «و» starts a new phrase; no genitive
    // has the conjunction (session 45, the spent r-aside ra08).
    if (/^وال/.test(next.norm)) return false;
    return isDefiniteToken(next) && !/(?:ي|يه|يين|يون)$/.test(next.norm) && !this.inSet(i + 1, this.lex.roleHeads) && !this.covered.has(i + 1);
  }
  /** Token k (space-separated from the one before) has the shape of a common noun (إفعال، استفعال، مفاعلة…). */
  nounFollows(k: number): boolean {
    return k < this.tokens.length && WS.test(this.gap(k)) && commonWordShape(this.tokens[k], 1, this.lex.stopwords) === 'noun';
  }
  /** Name tokens from i on (whitespace-separated), or null when a known person is there. */
  nameAt(i: number): Token[] | null {
    const out: Token[] = [];
    for (let k = i; k < this.tokens.length && out.length < MAX_NAME_TOKENS; k++) {
      // Name parts are space-separated, or glued by a dot (جيه.دي فانس).
      if (k > i && !WS.test(this.gap(k)) && this.gap(k) !== '.') break;
      const v = this.nameToken(k, out.length);
      if (v === 'known') return null;
      if (v === 'no') break;
      out.push(this.tokens[k]);
    }
    // The token right after the name must not be a known person either (a split full name).
    const after = i + out.length;
    if (out.length && after < this.tokens.length && WS.test(this.gap(after)) && this.covered.get(after) === 'person') return null;
    return out.length ? out : null;
  }
  /** End (exclusive token index) of the role phrase starting with a head at i. */
  roleEnd(i: number): number {
    let j = i + 1;
    while (j < this.tokens.length && j - i < MAX_ROLE_TOKENS && WS.test(this.gap(j)) && this.isComplement(j) && !this.secondNameWord(i, j)) j++;
    return j;
  }
  /**
   * «المتحدث باسم الحكومة العراقية باسم العوادي», «وكيل الوزارة باسم محمد خضير»: a role word that is also a
   * listed first name (باسم) goes into a role once; a second one, or one before another first name, starts
   * the name (session 47).
   */
  secondNameWord(head: number, j: number): boolean {
    const norm = this.tokens[j].norm;
    if (!this.lex.firstNames.has(norm) || !this.lex.roleWords.has(norm)) return false;
    if (j + 1 < this.tokens.length && WS.test(this.gap(j + 1)) && this.lex.firstNames.has(this.tokens[j + 1].norm)) return true;
    for (let k = head + 1; k < j; k++) if (this.tokens[k].norm === norm) return true;
    return false;
  }
  slice(from: number, to: number): string {
    return this.text.slice(this.tokens[from].start, this.tokens[to - 1].end);
  }
}

function scanParagraph(s: ParagraphScan): Hit[] {
  const hits: Hit[] = [];
  const n = s.tokens.length;
  for (let i = 0; i < n; i++) {
    if (s.isHead(i)) {
      const j = s.roleEnd(i);
      if (j >= n || !(WS.test(s.gap(j)) || COMMA.test(s.gap(j)))) continue;
      let name = s.nameAt(j);
      // A name framed by commas after the role, longer than the one the word shapes allow (session 47).
      if (COMMA.test(s.gap(j))) {
        const framed = s.framedName(j);
        if (framed && framed.length > (name?.length ?? 0)) name = framed;
      }
      // «من نظيره الروسي، تناول تطورات…»: after a role and a comma, one word that is no known first
      // name is the sentence going on (a verb), not a person (session 10).
      if (name && name.length === 1 && COMMA.test(s.gap(j)) && !s.isFirstName(name[0])) continue;
      // «السفير الأوكراني في بيروت حفل استقبال»: one word before a verbal noun or a common-noun shape
      // heads a phrase of the sentence (the object), not a person (session 11).
      if (name && name.length === 1 && !s.isFirstName(name[0]) && s.nounFollows(j + 1)) continue;
      if (name) hits.push({ pattern: 'role', paragraph: s.paragraph, tokens: name, evidence: s.slice(i, j) });
    } else if (s.isVerb(i) && i + 1 < n && WS.test(s.gap(i + 1))) {
      const name = s.nameAt(i + 1);
      if (!name) continue;
      const after = i + 1 + name.length;
      // «قال أندريه يرماك مدير مكتب الرئيس…»: the role follows the name.
      if (after < n && (WS.test(s.gap(after)) || COMMA.test(s.gap(after))) && s.isHead(after)) {
        hits.push({ pattern: 'apposition', paragraph: s.paragraph, tokens: name, evidence: s.slice(after, s.roleEnd(after)) });
      } else {
        hits.push({ pattern: 'verb', paragraph: s.paragraph, tokens: name, evidence: s.slice(i, after) });
      }
    }
  }
  return hits;
}

/**
 * People of one article the dictionary does not know. Hits are grouped by their last
 * (family-name) token, so «غويدو كروسيتو» and a later «قال كروسيتو» are one candidate.
 * Hits never cross a sentence end: name words must be whitespace-separated.
 */
export function discoverPeople(paragraphs: string[], matcher: ActorMatcher, lexicon: DiscoveryLexicon): DiscoveredCandidate[] {
  const hits = paragraphs.flatMap((p, i) => scanParagraph(new ParagraphScan(p, i, matcher, lexicon)));
  // «قال أوستن لعمروف»: a verb hit runs into a clitic-prefixed surname introduced elsewhere; cut it.
  const surnames = new Set(hits.filter((h) => h.pattern !== 'verb').map((h) => h.tokens[h.tokens.length - 1].norm));
  for (const h of hits) {
    if (h.pattern !== 'verb') continue;
    const cut = h.tokens.findIndex((t, k) => k > 0 && t.word.conjunctionStems().slice(1).some((r) => surnames.has(r)));
    if (cut > 0) h.tokens = h.tokens.slice(0, cut);
  }
  const groups = new Map<string, Hit[]>();
  for (const h of hits) {
    const key = h.tokens[h.tokens.length - 1].norm;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(h);
  }
  const out: DiscoveredCandidate[] = [];
  for (const group of groups.values()) {
    const spellings = [...new Set(group.map((h) => h.tokens.map((t) => t.text).join(' ')))];
    const longest = group.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a));
    const name = longest.tokens.map((t) => t.text).join(' ');
    const patterns = new Set(group.map((h) => h.pattern));
    let confidence = confidenceOf(patterns, longest.tokens.length, group.length);
    // A name seen only after reporting verbs is strong only when it is corroborated as a
    // personal name: repetition alone would promote «أفادت وسائل…» written twice.
    if (!patterns.has('role') && !patterns.has('apposition') && !corroboratedName(longest.tokens, lexicon)) {
      confidence = Math.min(confidence, UNCORROBORATED_CAP);
    }
    // A lone first name (كلاوس, cut off by a family name that collides with a dictionary word)
    // does not identify anyone.
    if (longest.tokens.length === 1 && lexicon.firstNames.has(longest.tokens[0].norm)) {
      confidence = Math.min(confidence, UNCORROBORATED_CAP);
    }
    // Session 47: one word after a role, never beside a given name in the article, is a person only when
    // it looks like a transliterated family name (corroboratedName). Over the labelled parts every such
    // lone word but one was a common word («دعوة», «عام», «جدد», «بتونس», «ودبلوماسيين»), and as a site actor
    // each linked across the corpus («عام» in 123 articles); the one person («السفير أغانين») was also named in full.
    if (longest.tokens.length === 1 && !patterns.has('apposition') && !corroboratedName(longest.tokens, lexicon)) {
      confidence = Math.min(confidence, UNCORROBORATED_CAP);
    }
    out.push({
      ...discoveredIdentity(name),
      name,
      aliases: spellings.filter((s) => s !== name),
      evidence: [...new Set(group.map((h) => h.evidence))],
      patterns: [...patterns],
      occurrences: group.length,
      confidence,
      strong: confidence >= STRONG_CONFIDENCE,
      paragraphs: [...new Set(group.map((h) => h.paragraph))],
    });
  }
  return out.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}

/** Site actors for the strong candidates: full name, other spellings, family name as `short`. */
export function discoveredActors(candidates: DiscoveredCandidate[]): Actor[] {
  return candidates.filter((c) => c.strong).map((c) => {
    const parts = c.name.split(/\s+/);
    // Session 50 (the spent ae-aside aea09, aea12): «عبدالعزيز بن سلمان» ends on his father's given name, which
    // names other people of the same house («الملك سلمان»): a name ending on a lineage has no short form.
    const lineage = parts.length > 2 && NASAB.test(normalizeArabic(parts[parts.length - 2]));
    const family = parts.length > 1 && !lineage ? parts[parts.length - 1] : undefined;
    return {
      id: c.id, type: 'person', name: c.name, en: c.en, aliases: c.aliases,
      short: family && family.length >= 3 ? [family] : undefined,
      discovered: true, evidence: c.evidence,
    };
  });
}
