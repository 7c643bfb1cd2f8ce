// Forty-sixth session (13b): the body on real outlets' pages. The real pools' misses that transfer between sites: a
// copy cut mid-sentence at its end (its last line dropped as a stray headline), list items under a colon printed as
// dash or bullet items or under a lone dash, a price or rate list under a heading closed by a colon. Pages in our own
// words (dev u4300–u4329; the aside third u4301, u4304, u4307, u4310, u4313, u4316, u4319, u4322, u4325, u4328 is not
// read here); the real text stays outside the repository (docs/ingest.md «Forty-third round: the body on real pages»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { classifyLines } from './classify';
import { cutEndingIndex } from './cut-ending';
import { figureLeadIn, isFigureItem, withLoneBullets } from './item-runs';

const { lex, fromText, extract } = roundFixtures(['dev']);
const HEAD = 'الحكومة تقر خطة لدعم صغار المزارعين قبل الموسم';
const LEAD = 'أقرت الحكومة خطة لدعم صغار المزارعين تشمل قروضا ميسرة وتوزيع البذور المحسنة قبل بداية الموسم الزراعي.';
const MORE = 'وقال وزير الزراعة إن الخطة تستهدف أكثر من عشرين ألف أسرة في المحافظات الريفية خلال العام الأول.';
const page = (...lines: string[]) => lines.join('\n\n');
const body = (...lines: string[]) => fromText(page(...lines)).article.paragraphs;

describe('a copy cut mid-sentence at its end (cut-ending.ts)', () => {
  it.each([
    ['«و…» cut mid-word', 'وأضاف الوزير أن الدفعة الأولى ستصرف خلال'],
    ['two words only', 'وفي سياق'],
    ['«أما …» (clauseOpeners)', 'أما على صعيد الأسعار فقد سجلت أسواق'],
    ['an adverbial phrase closed by a comma', 'على صعيد متصل، أعلنت وزارة المالية عن بدء'],
    ['a verb-led line stopping on one letter', 'تعمل الفرق على إصلاح القنوات المتضررة في م'],
    ['a last word cut to the article and a letter', 'تتواصل الاستعدادات لاستقبال الموسم في الع'],
    ['a last word cut to the article and two letters, under an adverbial phrase', 'من ناحية أخرى، قررت المحكمة تأجيل الحك'],
  ])('%s: the story\'s last paragraph', (_, cut) => {
    expect(body(HEAD, LEAD, MORE, cut)).toEqual([LEAD, MORE, cut]);
  });
  it('under a sub-heading of the story, both kept', () => {
    expect(body(HEAD, LEAD, MORE, 'مخاوف المزارعين', 'ويخشى المزارعون أن يتأخر توزيع البذ')).toEqual([LEAD, MORE, 'مخاوف المزارعين', 'ويخشى المزارعون أن يتأخر توزيع البذ']);
  });
  it.each([
    ['another story\'s headline', 'مباحثات روسية تركية حول ممر الحبوب في البحر الأسود'],
    ['a headline opening on names and a comma', 'لافروف، فيدان وعراقجي: لقاء ثلاثي مرتقب في الدوحة'],
    ['tag words without a label', 'القمح الحبوب البحر الأسود'],
    ['a Latin credit cut short', 'Hibya Haber Ajansı وكالة الأ'],
    ['a date line with its calendar letter', 'الإثنين 16 يونيو 2025 20 ذو الحجة 1446 هـ'],
    ['an interface line on a short whole word', 'استمع إلى البث'],
    ['a name opening with «و»', 'وكالة أنباء الوادي'],
  ])('%s as the last line: not the story\'s', (_, last) => {
    expect(body(HEAD, LEAD, MORE, last)).toEqual([LEAD, MORE]);
  });
  it('a footer repeating the masthead\'s words is the site\'s, not a sentence opening «وي…»', () => {
    expect(body('وينيبيغ اليوم', HEAD, LEAD, MORE, 'وينيبيغ اليوم .. نافذة الجالية')).toEqual([LEAD, MORE]);
  });
  it('a related block\'s last title cut short under a teaser headline or a «read also» marker stays out', () => {
    expect(body(HEAD, LEAD, MORE, 'الأكثر مشاهدة', 'كبار المسؤولين يجتمعون تحت مظلة المجلس الأعلى للتخطيط', 'بدعوة من رئيس الوزراء الب')).toEqual([LEAD, MORE]);
    expect(body(HEAD, LEAD, MORE, 'اقرأ أيضاً', 'وزير الخارجية يبحث مع نظيره الفرنسي ملف الأسر')).toEqual([LEAD, MORE]);
  });
  it('the index: the page\'s last line only, never a line with its stop', () => {
    const lines = classifyLines([HEAD, '', LEAD, '', 'وفي سياق', ''], lex);
    expect(cutEndingIndex(lines, lex)).toBe(4);
    expect(cutEndingIndex(classifyLines([HEAD, '', LEAD, '', 'وفي سياق.', ''], lex), lex)).toBeUndefined();
    expect(cutEndingIndex(classifyLines([HEAD, '', LEAD, '', 'وفي سياق', '', '© 2027 جميع الحقوق محفوظة'], lex), lex)).toBeUndefined();
  });
});

describe('list items under a colon (item-runs.ts)', () => {
  const intro = 'وتبقى ملفات عدة عالقة بين الطرفين منذ أشهر، ويتمسك كل منهما بشروطه فيها، مثل:';
  it('dash and bullet items, read as a menu, are the story\'s under a paragraph closed by a colon', () => {
    expect(body(HEAD, LEAD, intro, '- مصير الأراضي المتنازع عليها\n- الضمانات الأمنية\n- تبادل الأسرى', MORE))
      .toEqual([LEAD, intro, 'مصير الأراضي المتنازع عليها', 'الضمانات الأمنية', 'تبادل الأسرى', MORE]);
    expect(body(HEAD, LEAD, intro, '• زيادة ساعات الكهرباء\n• خفض أسعار الخبز', MORE)).toEqual([LEAD, intro, 'زيادة ساعات الكهرباء', 'خفض أسعار الخبز', MORE]);
  });
  it('without the colon they stay out (links of other stories under the story)', () => {
    expect(body(HEAD, LEAD, MORE, '- وزير الخارجية يستقبل نظيره الأوكراني\n- ارتفاع صادرات الحمضيات نحو روسيا')).toEqual([LEAD, MORE]);
  });
  it('items under a lone dash on the line above each: the dash a blank, the item bulleted', () => {
    const lines = classifyLines(['-', 'الرياضيات.', '-', 'العلوم العامة.'], lex);
    const view = withLoneBullets(lines);
    expect(view.map((l) => l.kind)).toEqual(['blank', lines[1].kind, 'blank', lines[3].kind]);
    expect(view[1].bullet && view[3].bullet).toBe(true);
    expect(lines[1].bullet).toBe(false);
    // One lone dash is a separator, not a split item.
    expect(withLoneBullets(classifyLines(['-', 'الرياضيات.'], lex))).toHaveLength(2);
    expect(withLoneBullets(classifyLines(['-', 'الرياضيات.'], lex))[0].kind).not.toBe('blank');
    const colon = 'وتشمل المواد المقررة ثلاث مواد هي:';
    expect(body(HEAD, LEAD, colon, '-\nالرياضيات.\n-\nالعلوم العامة.\n-\nاللغة الإنجليزية.', MORE))
      .toEqual([LEAD, colon, 'الرياضيات.', 'العلوم العامة.', 'اللغة الإنجليزية.', MORE]);
  });
  it('a figure list under a heading closed by a colon, a sub-heading over the next run', () => {
    const x = body(HEAD, LEAD, 'أسعار الخضار اليوم:', 'كيلو الطماطم في الأسواق 15 جنيها', 'البطاطس 20 جنيها.', 'البصل 10 جنيهات.', 'أسعار الفاكهة', 'التفاح 60 جنيها', 'الموز 30 جنيها', MORE);
    expect(x).toEqual([LEAD, 'أسعار الخضار اليوم:', 'كيلو الطماطم في الأسواق 15 جنيها', 'البطاطس 20 جنيها.', 'البصل 10 جنيهات.', 'أسعار الفاكهة', 'التفاح 60 جنيها', 'الموز 30 جنيها', MORE]);
  });
  it('a figure item: short, a number in it, no clock time; a lead-in wants a run of two under it', () => {
    const lines = classifyLines(['البطاطس 20 جنيها.', 'بورصة الكفاح 146500 دينار', 'الأسعار تتراجع', 'آخر تحديث 21:12 بتوقيت مكة'], lex);
    expect(lines.map(isFigureItem)).toEqual([true, true, false, false]);
    const run = classifyLines(['أسعار اليوم:', 'البطاطس 20 جنيها.', 'البصل 10 جنيهات.'], lex);
    expect(figureLeadIn(run, 0)).toBe(true);
    expect(figureLeadIn(classifyLines(['الأكثر قراءة:', 'أسعار الذهب اليوم', 'حالة الطقس غدا'], lex), 0)).toBe(false);
  });
});

describe('sub-headings stacked, and over the lead (lead-subheading.ts)', () => {
  const MORE2 = 'وأكدت الوزارة أن المرحلة الثانية من الخطة ستبدأ في الربيع المقبل بعد تقييم نتائج المرحلة الأولى.';
  it('a section\'s heading right over its first sub-section\'s heading: both kept', () => {
    expect(body(HEAD, LEAD, 'خلفية الأزمة', 'جذور الخلاف', MORE)).toEqual([LEAD, 'خلفية الأزمة', 'جذور الخلاف', MORE]);
  });
  it('a short sub-heading between the headline and the lead, the story\'s other sections under short ones too', () => {
    expect(body(HEAD, 'تمهيد', LEAD, 'دور الوسطاء', MORE, 'ما بعد الخطة', MORE2)).toEqual(['تمهيد', LEAD, 'دور الوسطاء', MORE, 'ما بعد الخطة', MORE2]);
  });
  it('«LABEL: …» over the lead when the story\'s sub-headings are «LABEL: …» too', () => {
    const subs = ['بداية الخطة: قروض ميسرة', 'التنفيذ: الجمعيات التعاونية', 'التمويل: صندوق التنمية'];
    expect(body(HEAD, subs[0], LEAD, subs[1], MORE, subs[2], MORE2)).toEqual([subs[0], LEAD, subs[1], MORE, subs[2], MORE2]);
  });
  it('a caption over the lead, or a line over it when the story keeps one sub-heading only, stays out', () => {
    expect(body(HEAD, 'وزير الزراعة خلال المؤتمر الصحفي', LEAD, 'أبرز الإجراءات', MORE, 'ردود المزارعين', MORE2)).toEqual([LEAD, 'أبرز الإجراءات', MORE, 'ردود المزارعين', MORE2]);
    expect(body(HEAD, 'تمهيد', LEAD, 'دور الوسطاء', MORE)).toEqual([LEAD, 'دور الوسطاء', MORE]);
  });
});

describe('an aggregator\'s disclaimer under the story (containsPhrases)', () => {
  it('«ملاحظة: مضمون هذا الخبر …» long enough to read as prose is no paragraph', () => {
    const note = 'ملاحظة: مضمون هذا الخبر تمت كتابته بواسطة موقع الوادي ولا يعبر عن وجهة نظر الموقع وإنما تم نقله بمحتواه كما هو من مصدره الأصلي دون أي تعديل.';
    expect(body(HEAD, LEAD, MORE, note)).toEqual([LEAD, MORE]);
  });
});

describe('the development pages (dev u4300–u4329, never the aside third)', () => {
  it('u4320, u4321: the first sub-heading over the lead kept; u4323, u4324: a caption and a section label stay out', () => {
    expect(extract('u4320').article.paragraphs[0]).toBe('تمهيد');
    expect(extract('u4321').article.paragraphs[0]).toBe('بداية الحريق: ألسنة اللهب في المخازن');
    expect(extract('u4323').article.paragraphs).not.toContain('رئيس الحكومة خلال الجلسة العامة');
    expect(extract('u4324').article.paragraphs).not.toContain('اقتصاد');
  });
  it.each([['u4300'], ['u4302'], ['u4303'], ['u4305'], ['u4306']])('%s: the cut last line is the story\'s', (id) => {
    const { article } = extract(id);
    expect(article.paragraphs).toHaveLength(3);
  });
  it.each([['u4308'], ['u4309'], ['u4311']])('%s: the last line is furniture', (id) => {
    expect(extract(id).article.paragraphs).toHaveLength(2);
  });
  it('u4312, u4314, u4315: dash, bullet and lone-dash items kept; u4317, u4318: links stay out', () => {
    expect(extract('u4312').article.paragraphs.slice(-4)).toEqual(['مصير الأراضي المتنازع عليها', 'الضمانات الأمنية', 'تبادل الأسرى', 'ويرى مراقبون أن أي اختراق في هذه الملفات يتطلب وساطة دولية تحظى بثقة الطرفين.']);
    expect(extract('u4314').article.paragraphs).toHaveLength(5);
    expect(extract('u4315').article.paragraphs).toHaveLength(5);
    expect(extract('u4317').article.paragraphs).toHaveLength(2);
    expect(extract('u4318').article.paragraphs).toHaveLength(2);
  });
  it('u4326: a rate list under a heading closed by a colon; u4327: a «most read» box stays out', () => {
    expect(extract('u4326').article.paragraphs).toHaveLength(6);
    expect(extract('u4327').article.paragraphs).toHaveLength(2);
  });
});
