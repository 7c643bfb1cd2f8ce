// Actors on pages never seen (issue 14, session 5): an agency's credit line with a nisba
// («/العمانية/», «(الروسية)») is not the country, and a family name of several words written
// glued («فوندرلاين») joins the dictionary person. Texts written for this test.
import { describe, expect, it } from 'vitest';
import type { Actor, ActorType } from '../types';
import { actorIdsWith } from '../corpus/build.test-helpers';
import { indexKnownPeople, matchKnownSpelling } from './known-spelling';

const A = (id: string, type: ActorType, name: string, more: Partial<Actor> = {}): Actor => ({ id, type, name, en: id, aliases: [], ...more });
const actors: Actor[] = [
  A('oman', 'country', 'سلطنة عمان', { nisba: ['عماني'], capitals: ['مسقط'] }),
  A('russia', 'country', 'روسيا', { nisba: ['روسي'], capitals: ['موسكو'] }),
  A('austria', 'country', 'النمسا', { nisba: ['نمساوي'], capitals: ['فيينا'] }),
  A('iaea', 'organization', 'الوكالة الدولية للطاقة الذرية'),
  A('ursula-von-der-leyen', 'person', 'أورسولا فون دير لاين', { short: ['فون دير لاين'] }),
];
const ids = actorIdsWith(actors);

describe('an agency credit is not the country', () => {
  it('«/العمانية/» after a dateline links no Oman', () => {
    expect(ids('فيينا في 10 نوفمبر /العمانية/ دعا المدير العام للوكالة الدولية للطاقة الذرية إلى منطقة حماية حول المحطة.')).toEqual(['iaea']);
  });
  it('a dateline city followed by a bracketed agency tag is a place («موسكو (تاس)»)', () => {
    expect(ids('موسكو (تاس) قال الوزير العماني إن بلاده ترحب بالخطوة.')).toEqual(['oman']);
    expect(ids('قال الوزير العماني إن موسكو (الكرملين) ترحب بالخطوة.')).toEqual(['oman', 'russia']);
  });
  it('a bracketed credit too; a nisba describing a person still links', () => {
    expect(ids('صلالة (العمانية) - قال وزير الخارجية الروسي إن بلاده ترحب بالخطوة.')).toEqual(['russia']);
  });
});

describe('a family name of several words written glued', () => {
  it('«أورسولا فوندرلاين» is Ursula von der Leyen', () => {
    const known = indexKnownPeople(actors);
    expect(matchKnownSpelling('أورسولا فوندرلاين', [], known)).toMatchObject({ actorId: 'ursula-von-der-leyen', by: 'given-name' });
    expect(matchKnownSpelling('أورسولا فوندر', [], known)).toBeNull();
  });
});
