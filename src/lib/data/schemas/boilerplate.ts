// content/boilerplate.yaml: the phrases and labels ingest recognises as page furniture
// (menus, share bars, credits) or as metadata (source, tags, dates, bylines, datelines).
import { z } from 'zod';
import { DateWordsSchema } from './date-words';

const phraseList = z.array(z.string().trim().min(1)).default([]);

export const BoilerplateSchema = z
  .object({
    exactLines: phraseList,
    containsPhrases: phraseList,
    /** «لسان حزب …», «لسان حال …»: a print edition's party line opens with one — furniture, never the headline. */
    organLines: phraseList.default([]),
    /** «©», «جميع الحقوق محفوظة», «حقوق النشر»: the words of a rights line; what is left of the line is the site's name. */
    rightsPhrases: phraseList.default([]),
    sectionMarkers: phraseList,
    inlineWidgets: z.array(z.object({ start: z.string().min(1), end: z.string().min(1) })).default([]),
    sourceLabels: phraseList,
    tagLabels: phraseList,
    publishedLabels: phraseList,
    updatedLabels: phraseList,
    /** «حُرّر», «أُضيف», «عُدّل»: a date line's role read by its words' stems (date-roles.ts). */
    /** «شارك عبر واتساب:», «… عبر @site»: a share line's label words and the word before its account (share-line-headline.ts). */
    shareLines: z.object({ labels: phraseList, via: phraseList }).strict().default({ labels: [], via: [] }),
    dateRoles: z.object({ published: phraseList, updated: phraseList, other: phraseList.default([]) }).strict().default({ published: [], updated: [], other: [] }),
    bylineLabels: phraseList,
    agencies: phraseList,
    outlets: phraseList,
    datelinePlaces: phraseList,
    /** Definite-article towns from content/dateline-towns.yaml, merged in by `loadBoilerplate` (never written in boilerplate.yaml). */
    datelineTowns: phraseList.optional(),
    /** «وكالات»: unnamed wires, shown as the agency but never matched to a source. */
    genericWires: phraseList,
    /** «مع معلومات من»: a line after the story opening with one credits the wire it names. */
    creditPhrases: phraseList.default([]),
    /** «في», «على»: words a site's name never holds (a line with one is a prompt or a sentence, «اقرأوا النشرة في المتصفح»). */
    nameStopWords: phraseList.default([]),
    /** «جمهورية», «مملكة», «سلطنة»: a line of two words or more opening with one is a state's name heading a letterhead, never a site's name. */
    letterheadWords: phraseList.default([]),
    /** «سفارة», «وزارة», «الأمانة»: a line at the top opening with one names an office of state — its letterhead, the page's outlet, never its headline. */
    officeWords: phraseList.default([]),
    /** «متابعة», «خاص»: words of a credit that name no one and are never shown. */
    creditWords: phraseList,
    /** «سلمى», «فهد»: people's given names; after a dateline's place, a name opening with one is the reporter's byline («الخرطوم: سلمى عبد الله»), never a source. */
    givenNames: phraseList.default([]),
    /** «فريق التحرير», «هيئة التحرير»: a newsroom's own signature — it signs the story for the site, never names an outlet. */
    staffCredits: phraseList.default([]),
    /** «مراسل», «موفد»: a correspondent's word; «مراسل الصنارة» credits «الصنارة», «مراسلنا» the page itself. */
    correspondentWords: phraseList.default([]),
    /** «نت» of «الحدث.نت»: words after a site's name that name its web edition, not another outlet. */
    siteSuffixes: phraseList,
    /** «شبكة … الإخبارية», «… للأنباء», «… نيوز»: generic words around a source's name; without them, two printed forms of one source are equal. `before` is also the list of words a site prints before its own name («بوابة الوفد»), `after` of the words that describe it after its name («اليومية»). */
    sourceAffixes: z.object({ before: phraseList, after: phraseList }).strict().default({ before: [], after: [] }),
    /** «العمانية», «السعودية» closing a name: they tell namesakes apart (ingest keeps them); on one page «الوطن» and «الوطن العمانية» are one outlet (the scorer's comparison). */
    nationalityWords: phraseList.default([]),
    /** «برس», «بريس», «Press»: how a wire's name ends («أجيربريس»); an unknown name in brackets after a dateline's place that ends so is an agency. */
    wireNameEndings: phraseList.default([]),
    /** «Haber Ajansı», «News Agency» after a name: a wire signing its copy at the foot; a dateline's bracketed name printed elsewhere only so stays the agency (dateline-signals.ts). */
    wireSignOffWords: phraseList.default([]),
    /** «ذكرت», «أفادت», «نقلا»: verbs a sentence cites a source with; a dateline's «place» opening with one is prose (prose-credit.ts). */
    citingVerbs: phraseList.default([]),
    /** «تايمز», «بوست», «نيوز»: how a site's own name ends; so named in a dateline's brackets it is the outlet, not a wire (dateline-signals.ts). */
    siteNameEndings: phraseList.default([]),
    /** «الإخباري», «للأنباء»: more words closing a site's own name in a credit at the lead's head («الوكيل الإخباري-انطلقت …»), beside `outletShape.mastheadClosers` and `siteNameEndings` (lead-credit.ts). */
    siteCreditClosers: phraseList.default([]),
    /** «صباح», «مساء», «نهاية»: a time before «اليوم» opening the lead («صباح اليوم:»), never a site's name (lead-credit.ts). */
    timeOfDayWords: phraseList.default([]),
    /** «news», «24», «press»: a site's word glued to the end of a one-token Latin brand on the first line (credit-lines.ts `latinBrand`). */
    latinBrandEndings: phraseList.default([]),
    /** «(ENG)», «(VIDEO)»: a dateline's bracketed Latin capitals that are a tag, never an unlisted wire's code (wire-code.ts). */
    notWireCodes: phraseList.default([]),
    /** «سيدي», «أولاد», «كفر»: words a town's name opens with; after the site's own credit and its bar («NAME 24 | سيدي قاسم يراهن …») the two words they open are the dateline's place (place-heads.ts). */
    placeHeads: phraseList.default([]),
    /** «مقاطعة», «ولاية», «إقليم»: words an administrative region's name follows in a story; a name printed after one is a region, so «CITY (NAME) -» is a place and its region, never a wire (page-regions.ts). */
    regionWords: phraseList.default([]),
    /** «خريطة», «رسم بياني», «إنفوغراف»: a figure's caption opens with one; a short unstopped line so opening between the story's paragraphs is the caption, not text (caption-between.ts). */
    figureCaptionOpeners: phraseList.default([]),
    // Forty-first round (src/lib/ingest/typed-credits.ts): a dateline credit's type words, press-release
    // distributors, and a pictured person's office words and caption phrases.
    wireTypeOpeners: phraseList.default([]),
    releaseWires: phraseList.default([]),
    officeTitles: phraseList.default([]),
    captionPhrases: phraseList.default([]),
    /** «خلال جولته», «أثناء زيارته»: a picture's round, read right after the caption's office word and its nisba (typed-credits.ts). */
    captionRoundPhrases: phraseList.default([]),
    /** «admin», «editor», «webmaster»: a publishing system's login roles; an author line naming one names no outlet (account-lines.ts). */
    accountHandles: phraseList.default([]),
    /** «صحيفة», «جريدة»: a paper's type word; unclosed after a dateline's place it opens the lead's subject (paper-credits.ts). */
    paperTypeWords: phraseList.default([]),
    /** «العراق», «المملكة العربية السعودية»: countries a dateline names after its city and a comma («بغداد،العراق-», dateline-joins.ts). */
    datelineCountries: phraseList.default([]),
    /** «القسم العربي», «البرنامج العربي»: a broadcaster's Arabic desk; the name before it (on its line, or on the line above it) is the station's (twentieth round, part B). */
    arabicServiceLabels: phraseList.default([]),
    /** «النسخة العربية», «بالعربية» after a name under a masthead in another script: the Arabic edition's name (twenty-first round, part O). */
    editionLabels: phraseList.default([]),
    /** «طبعة», «نسخة» opening the part after a masthead's separator («صدى الأوراس – طبعة باتنة»): a regional or country edition, no part of the name (twenty-second round, part O). */
    editionWords: phraseList.default([]),
    /** «عاجل» alone above the masthead: a ticker's label, never the site's name (twenty-first round, part O). */
    tickerLabels: phraseList.default([]),
    /** A channel's owner or network (twenty-first round, part O): the words a station's own name opens with, an owner's name opens or ends with, and the role words naming the owner after them. */
    leadVerbs: phraseList,
    publisherLineCues: phraseList,
    ownerLines: z.object({ stationWords: phraseList, openers: phraseList, endings: phraseList, roleCues: phraseList, roleOpeners: phraseList }).strict().default({ stationWords: [], openers: [], endings: [], roleCues: [], roleOpeners: [] }),
    /** «العربية», «عربي» under a Latin brand: the brand's Arabic service, never a source's name. */
    languageLabels: phraseList.default([]),
    /** Letters to a consonant skeleton, so a Latin brand and an Arabic name that spell the same name agree. */
    transliteration: z
      .object({
        arabic: z.record(z.string().length(1), z.string()),
        latin: z.record(z.string().min(1), z.string()),
        silent: z.string(),
        /** «OTV» = «أو تي في»: each Latin letter's name as Arabic spells it (a list: «في», «ڤي»). */
        letterNames: z.record(z.string().regex(/^[a-z]$/), z.array(z.string().min(1)).min(1)).default({}),
        /**
         * «Bilbeis Today» = «بلبيس اليوم»: the words outlets' names are made of, a Latin word (lower case)
         * and the Arabic words that translate it, so one name printed in two scripts agrees word by word.
         */
        words: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[\u0600-\u06FF]+$/u)).min(1)).default({}),
        /** «Voz de Iquique», «arabsofmalmo»: Latin words linking a name's parts that Arabic writes without a word of its own. */
        links: z.array(z.string().regex(/^[a-z]+$/)).default([]),
      })
      .strict()
      .default({ arabic: {}, latin: {}, silent: '', letterNames: {}, words: {}, links: [] }),
    /**
     * A copying tool's furniture (a cache notice, a reader view's domain and reading time, a
     * Telegram channel's header and counters, the Wayback Machine's header), peeled before
     * extraction (copy-wrapper.ts). Patterns match a whole line: {n} a count, {t} a time, {*} any text.
     */
    /**
     * Lines that name where a copied page came from, on any copy (an aggregator's «نشر في X يوم
     * DATE», «نشر بواسطة: X», an app's «تمت المشاركة من تطبيق X», a feed reader's «via X»):
     * {name} the origin outlet, {date} its date, {*} any text (origin-lines.ts).
     */
    originLines: phraseList.default([]),
    /** An aggregator's button to the story's source («اقرأ الخبر من المصدر», «زيارة المصدر»), the provider's name alone on the line next to it (twenty-second round, part O). */
    sourceButtons: phraseList.default([]),
    copyWrappers: z
      .array(z.object({
        tool: z.string().min(1),
        /** One of these among the page's first lines proves the tool. */
        markers: phraseList,
        /** Lines dropped anywhere on the page once the tool is proved. */
        furniture: phraseList.default([]),
        /** The line above the first marker is the channel's name (a Telegram header). */
        nameAbove: z.boolean().default(false),
        /** The line under the first marker is the community's name (a VK post: «ВКонтакте» over it). */
        nameBelow: z.boolean().default(false),
        /** That name is a feed's title: a spaced dash sets its tagline off («NAME - آخر الأخبار»: NAME; a feed reader, twenty-second round, second wave). */
        feedTitle: z.boolean().default(false),
        /** That name counts only when another head line prints it too (a note's title «حفظ: NAME - …» over it; thirty-second round). */
        nameRepeated: z.boolean().default(false),
        /** The tool prints the page's domain alone on the first line (a reader view). */
        domainFirst: z.boolean().default(false),
        /** «من: NAME <address>»: a sender's line opening with one of these names the channel (an e-mail newsletter's publisher; twenty-first round, part O). */
        senderLabels: phraseList.default([]),
        /** The tool keeps the page's link on a line of its own, anywhere (a note app): its domain is the page's. */
      }).strict())
      .default([]),
    /** «title», «link», «pubDate»: field labels of a feed item pasted as text. */
    feedLabels: phraseList.default([]),
    /** «مؤسسة», «شركة»: a © line naming a publishing house names the publisher, not the site. */
    publisherWords: phraseList.default([]),
    institutionWords: phraseList.default([]),
    /** An institution over its own publication's masthead (publication-names.ts): `hosts` open its name, `kinds` a publication's. */
    /** The site's own photo credit (photo-credit.ts): its labels, the team words before the name, its weight when the lead agrees. */
    ownPhotoCredit: z.object({ labels: phraseList, team: phraseList, confidence: z.number().min(0).max(1) }).strict().optional(),
    // Thirty-sixth round, at the merge: a contact line's openers, and the weight of a frame name its Latin form agrees with.
    latinAgreement: z.object({ contactLabels: phraseList, confidence: z.number().min(0).max(1) }).strict().optional(),
    closerName: z.object({ senders: phraseList, notNames: phraseList, confidence: z.number().min(0).max(1) }).strict().optional(),
    publicationHosts: z.object({ hosts: phraseList, kinds: phraseList, confidence: z.number().min(0).max(1) }).strict().optional(),
    /** «دراسات», «أبحاث»: a research field in a «مؤسسة …» © name makes it the site, not a publishing house. */
    researchWords: phraseList.default([]),
    /** «تقارير», «وطنية», «عربي ودولي»: a site's section labels — never the site's name, even when a wire's short name («وطنية»). */
    sectionLabels: phraseList.default([]),
    /** «تي في», «إف إم»: Latin abbreviations spelled in Arabic letters that close a site's name — no function words. */
    spelledAbbreviations: phraseList.default([]),
    /** «برعاية», «بالتعاون مع», «مقدّم من»: a line naming a sponsor or partner — never the site; a partner sources.yaml knows as an outlet is the story's outlet. */
    sponsorLabels: phraseList.default([]),
    /** «مقدّم من», «Provided by»: of the sponsor labels, those whose partner is the story's outlet (a known outlet only). */
    providerLabels: phraseList.default([]),
    /** «برنامج», «زاوية», «سلسلة»: a label whose «LABEL: NAME» line names the programme, column or series a story belongs to — a kicker, never the headline. */
    kickerLabels: phraseList.default([]),
    genreTags: phraseList.default([]),
    /** «خلال», «أثناء», «أرشيفية»: words a photo caption describes its picture with (a caption stacked on the headline loses to it). */
    captionWords: phraseList.default([]),
    /** «صورة تعبيرية», «صورة أرشيفية»: a stock picture's label; a line opening with one is a caption, never the headline. */
    captionOpeners: phraseList.default([]),
    /** «شعار», «logo»: a logo's alt text among the first lines names the site after (or before) the word. */
    logoWords: phraseList.default([]),
    /** The boxes a site prints about itself around the story (app banner, newsletter, contact, follow line) and its «about» blurb: frame-names.ts. */
    frameBoxes: z.object({
      boxes: z.array(z.object({ kind: z.string().min(1), leads: phraseList, confidence: z.number().min(0).max(1) }).strict()),
      /** Words that end the name inside a box («على», «عبر», «البريدية»). */
      closers: phraseList,
      aboutHeadings: phraseList,
      /** «صفحة», «حساب», «قناة»: the account a follow line names before the site's name, furniture (thirty-fifth round, merged). */
      accountWords: phraseList.optional(),
      /** «موقع», «منصة»: the word after the name in an «about» blurb. */
      blurbTypeWords: phraseList,
      aboutConfidence: z.number().min(0).max(1),
      /** A «© 2026 NAME. All rights reserved» line in Latin letters only. */
      latinCopyrightConfidence: z.number().min(0).max(1),
      /** The same line claiming the rights in words, not a bare © (thirtieth round). */
      latinRightsConfidence: z.number().min(0).max(1).optional(),
      /** A platform's, host's or tool's name: its © line is never the site's (thirtieth round). */
      platformNames: phraseList.optional(),
      /** «موقع إخباري مستقل»: a tagline's type words (`nouns`) and describing words; the name beside it is the site (twenty-ninth round). */
      taglines: z.object({ nouns: phraseList, words: phraseList, confidence: z.number().min(0).max(1), staffBoxConfidence: z.number().min(0).max(1).optional(), sloganOpeners: phraseList.optional(), sloganConfidence: z.number().min(0).max(1).optional() }).strict().optional(),
    }).strict().optional(),
    /** Independent places printing one outlet name agree (outlet-agreement.ts, thirty-first round): what each agreeing place adds, the cap, an unread Latin masthead's own weight. */
    /**
     * An outlet candidate is a name (thirty-third round, outlet-shape.ts): interface labels (a share, print, follow or
     * menu button), a counter's words, a network's affiliation line opening, the openers of a line naming the site's
     * Arabic service, a follow or join line's openers and the platforms it names, a section word before a menu entry.
     */
    outletShape: z.object({ uiLabels: phraseList, counterWords: phraseList, affiliationOpeners: phraseList, serviceOpeners: phraseList, serviceConfidence: z.number().min(0).max(1), joinOpeners: phraseList, platforms: phraseList, followConfidence: z.number().min(0).max(1), sloganMastheadConfidence: z.number().min(0).max(1), sectionWords: phraseList, mastheadClosers: phraseList.default([]) }).strict().optional(),
    /**
     * A mail copy's sender and a footer's name under a logo (thirty-fourth round, outlet-mail-footer.ts): the labels of
     * a From line, the words of a list's footer, mail providers' domains (a person's address), the words a footer
     * line's description opens with, the words of a designer's or a host's credit, the words of a contact line.
     */
    mailFooter: z.object({ senderLabels: phraseList, listWords: phraseList, mailProviders: phraseList, descriptorWords: phraseList, creditWords: phraseList, contactWords: phraseList,
      /** «newsletter@», «editor@»: an address's mailbox naming a desk, not a person (forty-first round, mail-role.ts). */
      roleMailboxes: phraseList.default([]),
      agreed: z.number().min(0).max(1), single: z.number().min(0).max(1), footer: z.number().min(0).max(1) }).strict().optional(),
    // The frame's own evidence (outlet-frame-evidence.ts, thirty-sixth round): a name the head and the foot both print, the line over the menu.
    frameEvidence: z.object({ recurrence: z.number().min(0).max(1), overMenu: z.number().min(0).max(1) }).strict().optional(),
    outletAgreement: z.object({ signal: z.number().min(0).max(1), frame: z.number().min(0).max(1), prose: z.number().min(0).max(1), cap: z.number().min(0).max(1), latinMasthead: z.number().min(0).max(1) }).strict().optional(),
    /** «site», «Website Title», «author»: a note's or a reference manager's property whose value names the site (own-site.ts). */
    siteProperties: phraseList.default([]),
    /** A text browser's page counter closing the page's first line («(p1 of 2)», «(1/1)»; {n} a number): page-counter.ts. */
    pageCounters: phraseList.default([]),
    /** Latin spellings of given names («Samir», «Karim»): a two-word Latin © name opening with one is a person (thirtieth round). */
    latinGivenNames: phraseList.default([]),
    /** «مركز الأخبار»: a newsroom desk that opens a dateline where a place would. */
    datelineDesks: phraseList,
    /** Words that carry no content: headline scoring does not count them as shared with the lead. */
    functionWords: phraseList,
    maxPhraseLineLength: z.number().int().positive().default(300),
    /** Month, weekday and date-line words the date reader knows. */
    dateWords: DateWordsSchema,
    /** Words a hard-wrapped line can stop on mid-sentence (the next line continues it). */
    lineContinuations: phraseList,
    /** Words a paragraph that continues a story opens with (not the lead of a new one). */
    storyContinuations: phraseList,
    /** «أما», «بينما», «غير أن»: words that open a sentence inside a story, never a headline (cut-ending.ts, forty-third round). */
    clauseOpeners: phraseList.default([]),
    /** A page's reading-time line («0 د للقراءة», «3 min read»): `{n}` stands for a number. */
    readingTimes: phraseList,
    /** «عرض هذا المنشور على {platform}», «منشور بواسطة {*}»: an embedded post's furniture, whole lines (embed-lines.ts). */
    embedLines: phraseList.default([]),
    /** «عن الكاتب», «About the author»: an author box's heading alone on a line (foot-furniture.ts). */
    authorBoxHeadings: phraseList.default([]),
    /** «كاتب», «باحثة», «حاصل»: a biography's first word — a box opening so may run longer (foot-furniture.ts). */
    authorBioOpeners: phraseList.default([]),
    /** Words that open a section's name before an adjective («أخبار عالمية», «شؤون دولية»): such a line is a label, never a site. */
    sectionHeads: phraseList,
    /** Adjectives a section's head takes («تقارير خاصة», «ملفات ساخنة»): head + these alone is a label, never a site (forty-fourth round). */
    sectionAdjectives: phraseList.default([]),
    /** Stock-photo agencies («Getty Images», «Shutterstock»): a picture's credit, never a publisher, a caption's bracket never a dateline's outlet. */
    stockPhotoAgencies: phraseList.default([]),
    /** What a section says it covers after «و» («… والعالم», «عربي ودولي»): a short line closing so is a section, never a site. */
    coverageScopes: phraseList,
    /** Bare common nouns a page prints alone («الموقع», «القائمة»): never an outlet's display name by itself. */
    genericPageWords: phraseList,
    /** A print page's label and its number words («الصفحة الرابعة», «صفحة 7»): the page's, never a name. */
    printPageLabels: phraseList,
    printPageNumbers: phraseList,
    /** A print edition's volume label («السنة الحادية والعشرون», «المجلد 12»): a running header's piece, never a name. */
    printVolumeLabels: phraseList,
    /** A masthead's staff box («رئيس التحرير», «رئيس مجلس الإدارة»): a line opening so names a person's role, never the site. */
    staffRoles: phraseList,
    /** Particles a lead may open with before its verb («لم تستطع …», «قد تشهد …»), though a wrapped line may stop on them too. */
    leadParticles: phraseList,
    /** Words a relative time opens with («منذ 2 شهور»): with a number, the line is the story's age, never a name. */
    relativeTimeWords: phraseList,
    /** Words a «منذ» span completes inside a headline («أول لقاء … منذ 3 سنوات», «أدنى مستوى منذ عامين»): a first or a superlative, so the span is the headline's own words, never a stamp glued after it. */
    sinceComplements: phraseList.default([]),
    /** Words a page prints with a colon over its story's text («التفاصيل:»): a part of the page, never a site's name (lead-credit.ts). */
    storyPartLabels: phraseList.default([]),
    /** A skip link's lead («تخطي إلى», «انتقل إلى»): a skip link naming the site's pages names the outlet (skip-links.ts). */
    skipLinkLeads: phraseList.default([]),
    /** Furniture glued to the headline's line (headline-furniture.ts): account words furniture only in pairs, count nouns, relative-time units, ticker names, AM/PM and a clock's label. */
    headlineFurniture: z.object({ pairedAccountWords: phraseList, countWords: phraseList, timeUnits: phraseList, tickerWords: phraseList, meridiems: phraseList, clockLabels: phraseList, countLabels: phraseList.default([]), issueLabels: phraseList.default([]), badgeWords: phraseList.default([]), seriesLabels: phraseList.default([]), seriesOf: phraseList.default([]), pagerWords: phraseList.default([]), updateMarks: phraseList.default([]) }).strict()
      .default({ pairedAccountWords: [], countWords: [], timeUnits: [], tickerWords: [], meridiems: [], clockLabels: [], countLabels: [], issueLabels: [], badgeWords: [], seriesLabels: [], seriesOf: [], pagerWords: [], updateMarks: [] }),
    /** Feed tools («IFTTT»): named by «via X», never the story's origin. */
    feedTools: phraseList,
    /** An article's own number's labels («رمز الخبر : 7821»): the labelled number alone on a line is furniture, never prose. */
    articleNumberLabels: phraseList.default([]),
    /** Aggregators whose provider tag opens a syndicated copy's lead («(MENAFN- PARTNER) …»): the partner is the story's outlet (provider-tag.ts). */
    providerTags: phraseList.default([]),
    /** The lead's words by which a site presents what follows under its own name («يرصد "NAME" في التقرير التالي»): present verbs and words pointing ahead (presents-following.ts). */
    presentingFrames: z.object({ verbs: phraseList, following: phraseList }).strict().default({ verbs: [], following: [] }),
    translationFrames: z.object({ openers: phraseList, verbs: phraseList }).strict().default({ openers: [], verbs: [] }),
    /** An aggregator's frame around the headline it copies («نعرض لكم زوارنا … تفاصيل خبر HEADLINE في المقال التالي»): the
     * frame's openers, the word the headline follows (`anchors`: «خبر»), and the closers after it (headline-frame.ts). */
    headlineFrames: z.object({ openers: phraseList, anchors: phraseList, closers: phraseList }).strict().default({ openers: [], anchors: [], closers: [] }),
    /** Template lines by which a page names itself («Site icon {name} – {*}», «{*}موقع {name} غير مسؤول{*}»): origin-line grammar. */
    selfNamingLines: phraseList,
    /**
     * The words by which a story names its own site in its lead («قال مصدر لـ«NAME»», «وتابع موقع "NAME"»,
     * «علمت "NAME"»): the quoted name after one of them is the site's own word for itself (twenty-eighth round).
     */
    ownNameFrames: phraseList.default([]),
    /** «وتابعته "NAME"» in the lead: the site that followed what was said (own-name-in-story.ts `toldTheSite`). */
    followedFrames: phraseList.default([]),
    /** A follow prompt after a story («تابعوا آخر أخبارنا … عبر Google news»): its openers and the words naming where to follow. */
    followPrompts: z.object({ openers: phraseList, via: phraseList }).strict().default({ openers: [], via: [] }),
    /** A page's interface, never a publisher's name: imperatives opening a call to action («استمع مباشرة»), words closing a menu label («أخبار أخرى»), verbs of credit before a name («نشره NAME»), a chat group's count noun («3 مشاركين»). */
    /** A breaking-news bar's label («عاجل»): the line under it is the ticker's item unless the lead takes it up. */
    urgentBarLabels: phraseList,
    /** A notes app's colour and folder words («أصفر · ملاحظات»): a label of both is the app's, never an outlet. */
    noteLabels: z.object({ colours: phraseList, folders: phraseList }).strict().default({ colours: [], folders: [] }),
    /** A ticker's labels over its items on lines of their own: bars' names (alone or glued to an item), lists' labels (glued only). */
    tickerItemLabels: z.object({ barNames: phraseList, listLabels: phraseList }).strict().default({ barNames: [], listLabels: [] }),
    /** The label of a photo's credit in brackets closing its caption («(تصوير: NAME)»). */
    photoCreditLabels: phraseList,
    interfaceWords: z.object({ callsToAction: phraseList, moreWords: phraseList, creditVerbs: phraseList, groupCounts: phraseList, languageSwitch: phraseList.default([]) }).strict().default({ callsToAction: [], moreWords: [], creditVerbs: [], groupCounts: [], languageSwitch: [] }),
    /** Dates a page states only indirectly (indirect-dates.ts, thirty-third round): a relative stamp's words and the anchors it is counted back from, the own link, share lines. */
    indirectDates: z.object({
      /** «نشر», «Published»: a label a stamp may open with. */
      stampLabels: phraseList,
      /** «أمس»: 1 — a stamp naming its day by a word, and how many days back it is. */
      dayWords: z.record(z.string().min(1), z.number().int().min(0).max(6)),
      /** «منذ», «قبل»: the words a counted stamp opens with. */
      agoWords: phraseList,
      /** «يومين»: 2, «أيام»: 1 — days back per unit (times the number before it, if any). */
      dayUnits: z.record(z.string().min(1), z.number().int().min(1).max(6)),
      /** «ساعتين»: 2, «دقائق»: 0 — hours back per unit (times the number): the anchor's day unless its clock is earlier. */
      hourUnits: z.record(z.string().min(1), z.number().int().min(0).max(2)),
      /** «دقيقة»: 1, «دقيقتين»: 2 — minutes back per unit: the day before the anchor when its clock is earlier (thirty-fifth round). */
      minuteUnits: z.record(z.string().min(1), z.number().int().min(0).max(2)).optional(),
      /** «إرسال», «حفظ», «Email»: a toolbar's buttons beside print — a date among them is the page's, not a print's. */
      toolbarWords: phraseList.optional(),
      /** «طباعة», «Printed»: a word of a line holding the print's date — an anchor, never the story's date. */
      printWords: phraseList,
      /** «Created», «Saved», «Fetched»: a copy tool's own time — an anchor, the story's date only when nothing else is dated. */
      copyTimeLabels: phraseList,
      /** «شارك هذا الخبر», «تعليقات»: a share or comment line that may carry the story's date. */
      shareOpeners: phraseList,
      /** «رابط الخبر», «URL»: a label before the page's own link. */
      ownLinkLabels: phraseList,
      /** «date»: a query parameter of the own link holding the date. */
      urlDateParams: phraseList,
    }).strict().optional(),
  })
  .strict();

export type BoilerplateData = z.output<typeof BoilerplateSchema>;
