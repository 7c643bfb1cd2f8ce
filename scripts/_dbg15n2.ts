import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
const v = loadSearchVocabularyBeside(path.resolve('content/actors.yaml'));
console.log(JSON.stringify(v.patterns?.corpusPlurals && { qn: v.patterns.corpusPlurals.queryNisbas, qd: v.patterns.corpusPlurals.queryDerivations, n: v.patterns.corpusPlurals.nisbas }), !!v.patterns?.nisbas);
