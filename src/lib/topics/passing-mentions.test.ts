// Session 45 (the spent r-aside's misses, helper 10m): words that name a topic's thing in passing —
// an idiom of realism («الوقائع على الأرض»), generators in an aid delivery, a station that is no
// power station — give no main topic alone; beside the topic's own evidence they still count.
// Real lexicon and word forms, no model; texts written for this test, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, paragraph: string) => classifyTopics(title, [paragraph], lex).map((t) => t.id).sort();

describe('«الوقائع على الأرض» is an idiom unless land is the subject (r-aside ra01)', () => {
  it('said of talks or sanctions, no territory', () => {
    expect(ids('الكرملين يعلق على الجولة المقبلة', 'وقال المتحدث إن على الطرف الآخر أن يأتي بمقترحات تأخذ في الحسبان الوقائع على الأرض.')).not.toContain('territory');
    expect(ids('موسكو ترد على الحزمة الجديدة', 'وقال الوزير إن العقوبات لن تغير الوقائع على الأرض.')).not.toContain('territory');
  });
  it('beside a withdrawal or a concession of land, territory', () => {
    expect(ids('موسكو تجدد شروطها', 'وطالبت بانسحاب القوات من إقليم دونباس، معتبرة أن الوقائع على الأرض تفرض التنازل عن الأراضي.')).toContain('territory');
  });
});

describe('generators in an aid delivery are no energy story (r-aside ra18)', () => {
  it('items of a relief shipment', () => {
    expect(ids('توقيع اتفاقية إغاثية', 'وقع المركز اتفاقية لتوفير مواد إيواء ومولدات كهربائية وأغطية شتوية للأسر النازحة.')).toEqual(['humanitarian']);
  });
  it('generators after strikes on the grid still count with it', () => {
    expect(ids('تسلم مولدات', 'تسلمت البلاد مولدات كهربائية بعد أن أدت الضربات على محطات الكهرباء إلى انقطاع التيار.')).toContain('energy-infrastructure');
  });
});

describe('a station of another kind is no power station (r-aside ra22)', () => {
  it('freight terminals, a railway station, a container terminal', () => {
    expect(ids('تراجع الصادرات', 'ألحقت ضربات بالمسيرات أضرارا بمحطات الشحن في الموانئ.')).not.toContain('energy-infrastructure');
    expect(ids('قصف على المدينة', 'أصاب قصف محطة القطارات في وسط المدينة.')).not.toContain('energy-infrastructure');
    expect(ids('هجوم على الميناء', 'ضربت مسيرات محطة الحاويات في الميناء.')).not.toContain('energy-infrastructure');
  });
  it('a power station hit still counts', () => {
    expect(ids('هجوم ليلي', 'ضربت مسيرات ليلا محطة حرارية في المدينة.')).toEqual(['energy-infrastructure']);
    expect(ids('هجوم ليلي', 'ضربت مسيرات محطة في المنطقة الصناعية.')).toEqual(['energy-infrastructure']);
  });
});
