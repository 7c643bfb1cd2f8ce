// Malformed data must fail loudly, naming the file, the line, the entry and the field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf } from './errors.test-helpers';
import { DataFileError, loadActors, loadDiscoveryLexicon, parseActors, parseRelationPatterns, parseSources, parseTopics } from './load';
import { TOPIC_IDS } from './schemas';

const F = 'content/actors.yaml';

const lavrov = `- id: sergey-lavrov
  type: person
  name: سيرغي لافروف
  en: Sergey Lavrov
  aliases: [سيرجي لافروف]
  short: [لافروف]
  affiliation: russia
`;
const russia = `- id: russia
  type: country
  name: روسيا
  en: Russia
  nisba: [الروسي, الروسية]
  capitals: [موسكو]
`;

describe('parseActors', () => {
  it('accepts a well-formed file and fills defaults', () => {
    const actors = parseActors(russia + lavrov + '- id: nato\n  type: organization\n  name: الناتو\n  en: NATO\n  aliases:\n');
    expect(actors.map((a) => a.id)).toEqual(['russia', 'sergey-lavrov', 'nato']);
    expect(actors[2].aliases).toEqual([]);
    expect(actors[1]).toMatchObject({ short: ['لافروف'], affiliation: 'russia' });
  });

  it('reports YAML syntax errors with file, line and column', () => {
    const msg = errorOf(() => parseActors(russia + '- id: x\n  name: [unclosed\n', F));
    expect(msg).toMatch(/^content\/actors\.yaml:\d+:\d+ YAML syntax error/);
  });

  it('reports duplicate keys inside an entry', () => {
    const msg = errorOf(() => parseActors(russia + '  en: Russia again\n', F));
    expect(msg).toContain('content/actors.yaml:');
    expect(msg).toMatch(/unique|duplicate/i);
  });

  it('rejects a file that is not a list, or is empty', () => {
    expect(errorOf(() => parseActors('id: russia\n', F))).toContain('must be a YAML list');
    expect(errorOf(() => parseActors('# nothing\n', F))).toContain('is empty');
  });

  it('names entry, id, line and field of a bad value', () => {
    const msg = errorOf(() => parseActors(russia + lavrov.replace('type: person', 'type: human'), F));
    expect(msg).toContain('content/actors.yaml:7 entry #2 (id: sergey-lavrov): "type" must be one of person | country | organization');
  });

  it('names a missing required field', () => {
    const msg = errorOf(() => parseActors(lavrov.replace('  en: Sergey Lavrov\n', '') + russia, F));
    expect(msg).toContain('entry #1 (id: sergey-lavrov): "en" is required');
  });

  it('checks ids, Arabic names, wikidata and list items', () => {
    expect(errorOf(() => parseActors(russia.replace('id: russia', 'id: Russia_Fed'), F))).toContain('"id" must be ASCII kebab-case');
    expect(errorOf(() => parseActors(russia.replace('name: روسيا', 'name: Russia'), F))).toContain('"name" must contain Arabic letters');
    expect(errorOf(() => parseActors(russia + '  wikidata: 159\n', F))).toContain('"wikidata" must be a Wikidata Q-id');
    expect(errorOf(() => parseActors(lavrov.replace('[سيرجي لافروف]', '[سيرجي لافروف, 42]') + russia, F))).toContain(
      '"aliases[1]" must be a string',
    );
    expect(errorOf(() => parseActors(lavrov.replace('[سيرجي لافروف]', 'سيرجي لافروف') + russia, F))).toContain(
      '"aliases" must be a list',
    );
  });

  it('rejects unknown fields (typos such as "alias")', () => {
    const msg = errorOf(() => parseActors(russia + '  alias: [روسيا الاتحادية]\n', F));
    expect(msg).toContain('entry #1 (id: russia): unknown field "alias"');
  });

  it('keeps nisba to countries and short names to people', () => {
    expect(errorOf(() => parseActors(russia + lavrov + '  nisba: [اللافروفي]\n', F))).toContain(
      '(id: sergey-lavrov): "nisba" is only for actors of type country',
    );
    expect(errorOf(() => parseActors(russia + '  short: [روس]\n', F))).toContain('"short" is only for actors of type person');
  });

  it('rejects duplicate ids and unknown affiliations', () => {
    expect(errorOf(() => parseActors(russia + russia.replace('name: روسيا', 'name: روسيا الاتحادية'), F))).toContain(
      'entry #2 (id: russia): "id" duplicates entry #1',
    );
    expect(errorOf(() => parseActors(lavrov, F))).toContain('"affiliation" refers to unknown actor id "russia"');
  });

  it('rejects an alias shared by two actors, after normalisation', () => {
    const other = `- id: sergei-shoigu
  type: person
  name: سيرغي شويغو
  en: Sergei Shoigu
  aliases: [سيرجى لافروف]
  affiliation: russia
`;
    const msg = errorOf(() => parseActors(russia + lavrov + other, F));
    expect(msg).toContain('entry #3 (id: sergei-shoigu): "aliases[0]" «سيرجى لافروف» is also "aliases[0]" «سيرجي لافروف» of entry #2 (id: sergey-lavrov');
  });

  it('lists every problem, one line each', () => {
    const bad = russia.replace('type: country', 'type: nation') + lavrov.replace('en: Sergey Lavrov', 'en: ""');
    const err = (() => {
      try {
        parseActors(bad, F);
      } catch (e) {
        return e as DataFileError;
      }
    })()!;
    expect(err.problems.length).toBe(2);
    expect(err.message.split('\n')).toHaveLength(2);
  });

  it('loadActors names the file it read, or could not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actors-'));
    const file = join(dir, 'actors.yaml');
    writeFileSync(file, russia.replace('  en: Russia\n', ''));
    expect(errorOf(() => loadActors(file))).toContain(`${file}:1 entry #1 (id: russia): "en" is required`);
    expect(errorOf(() => loadActors(join(dir, 'missing.yaml')))).toContain('missing.yaml cannot be read');
    rmSync(dir, { recursive: true, force: true });
  });
});

const topic = (id: string) => `- id: ${id}\n  name: موضوع\n  en: Topic\n  phrases: [عبارة]\n`;
const allTopics = TOPIC_IDS.map(topic).join('');

describe('parseTopics', () => {
  it('accepts exactly the 15 fixed ids', () => {
    expect(parseTopics(allTopics).map((t) => t.id)).toEqual([...TOPIC_IDS]);
  });

  it('rejects unknown, missing and duplicate topics', () => {
    const T = 'content/topics.yaml';
    expect(errorOf(() => parseTopics(allTopics + topic('weather'), T))).toMatch(/entry #16 \(id: weather\): "id" must be one of the 15 fixed topic ids/);
    expect(errorOf(() => parseTopics(TOPIC_IDS.slice(1).map(topic).join(''), T))).toContain('is missing topic(s): peace-talks');
    expect(errorOf(() => parseTopics(allTopics + topic('nato'), T))).toContain('entry #16 (id: nato): "id" duplicates entry #5');
    expect(errorOf(() => parseTopics(allTopics.replace('phrases: [عبارة]', 'phrases: []'), T))).toContain(
      'entry #1 (id: peace-talks): "phrases" must list at least one phrase',
    );
  });
});

describe('parseSources', () => {
  const S = 'content/sources.yaml';
  const rt = '- id: rt-arabic\n  kind: outlet\n  name: روسيا اليوم\n  en: RT Arabic\n  aliases: [RT, RT Arabic]\n';

  it('validates kind', () => {
    expect(errorOf(() => parseSources(rt.replace('kind: outlet', 'kind: tv'), S))).toContain('"kind" must be one of outlet | agency');
  });

  it('rejects an alias naming two sources, tolerant of case and «صحيفة»', () => {
    const other = '- id: other\n  kind: outlet\n  name: صحيفة روسيا اليوم\n  en: Other\n';
    expect(errorOf(() => parseSources(rt + other, S))).toContain('entry #2 (id: other): "name" «صحيفة روسيا اليوم» is also "name"');
    const latin = '- id: other\n  kind: outlet\n  name: أخرى\n  en: Other\n  aliases: [rt arabic]\n';
    expect(errorOf(() => parseSources(rt + latin, S))).toContain('(id: other): "aliases[0]" «rt arabic»');
  });
});

describe('mapping files (lexicons, relation patterns)', () => {
  it('name the file, the line and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    const file = join(dir, 'discovery-stopwords.yaml');
    writeFileSync(file, 'roleHeads: [وزير]\nstopwords: وزير\n');
    expect(errorOf(() => loadDiscoveryLexicon(file))).toBe(`${file}:2 "stopwords" must be a list (got string)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('report every problem of a relation-patterns file', () => {
    const msg = errorOf(() => parseRelationPatterns('talks:\n  label: a\n  en: b\n  both: c\nrules: []\n', 'r.yaml'));
    expect(msg).toContain('r.yaml:5 "rules" must list at least 1 item');
    expect(msg).toContain('r.yaml:1 "support" is required');
    expect(msg).toContain('r.yaml:1 "words" is required');
  });
});
