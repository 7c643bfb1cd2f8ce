// How a sentence is read before the rules run: parties, groups, places and clause cuts,
// with the real dictionary and linking (through buildCorpus).
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { compileRelationPatterns } from './patterns';
import { affiliationChain, readSentence } from './roles';

const data = loadCuratedData();
const patterns = compileRelationPatterns(data.relationPatterns);

/** The sentence as items: words, [group] with /sides, and | for cuts. */
function read(text: string): string {
  const corpus = buildCorpus({ ...data, articles: [{ slug: 'r', title: '', raw: 'r.txt', tags: [], paragraphs: [text] }] });
  const [a] = corpus.articles;
  const [s] = a.sentences;
  const rs = readSentence(s.text, s.start, a.mentions.filter((m) => m.sentence === s.index), corpus.actors, patterns);
  return rs.items.map((it) => (it.kind === 'cut' ? '|' : it.kind === 'word' ? rs.tokens[it.index].text : `[${it.group.actors.join('+')}${it.group.sides.length ? '/' + it.group.sides.join('+') : ''}]`)).join(' ');
}

describe('readSentence', () => {
  it('makes a title and its person one party headed by the person', () => {
    expect(read('التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان.')).toBe('التقى وزير الخارجية [sergey-lavrov/russia] نظيره [hakan-fidan/turkey]');
  });

  it('joins parties by و into one group, adjectives included', () => {
    expect(read('انطلقت جولة محادثات بين الوفدين الأمريكي والأوكراني.')).toBe('انطلقت جولة محادثات بين الوفدين [united-states+ukraine]');
  });

  it('reads a country after «في» as a place, and cuts clauses at «فيما» and «، و»', () => {
    expect(read('التقى زيلينسكي ماكرون في باريس، فيما زار لافروف أنقرة، وقال إن الحوار مستمر.')).toBe(
      'التقى [volodymyr-zelensky] [emmanuel-macron] في باريس | زار [sergey-lavrov] [turkey] | الحوار مستمر',
    );
  });

  it('leaves media out and does not take a rule word for a surname («ترأس» is not Truss)', () => {
    // A dateline city is a place, not its country (entities/context.ts).
    expect(read('موسكو - رويترز: ترأس الوفد الروسي فلاديمير ميدينسكي.')).toBe('موسكو | رويترز | ترأس الوفد [vladimir-medinsky/russia]');
  });
});

describe('affiliationChain', () => {
  it('follows affiliation up to the country', () => {
    const actors = new Map(data.actors.map((a) => [a.id, a]));
    expect(affiliationChain('dmitry-peskov', actors)).toEqual(['dmitry-peskov', 'kremlin', 'russia']);
  });
});
