// The whole build-time pipeline on the bundled corpus: generated articles → buildCorpus,
// checked against the seed table of the actors issue and the export contracts (docs/architecture.md).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseArticleMdx } from '../../src/lib/ingest/mdx';
import { buildCorpus } from '../../src/lib/corpus/buildCorpus';
import { actorArticlesOfPart, articleParts, articlesCsvRows, exportOrder, exportActors, exportArticles, exportArticlesCsv, exportTopics } from '../../src/lib/corpus/exports';
import { loadActors, loadCuratedData } from '../../src/lib/data/load';
import type { ArticleDoc } from '../../src/lib/types';
import { buildActorMatcher, linkActors } from '../../src/lib/entities';

const DIR = 'content/articles';
const docs: ArticleDoc[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const { frontmatter, paragraphs } = parseArticleMdx(readFileSync(`${DIR}/${f}`, 'utf8'), f);
    return { slug: f.replace(/\.mdx$/, ''), ...frontmatter, paragraphs };
  });
const data = loadCuratedData();
const corpus = buildCorpus({ ...data, articles: docs });
const article = (slug: string) => {
  const a = corpus.bySlug.get(slug);
  if (!a) throw new Error(`no article ${slug}`);
  return a;
};

const SEED_ACTORS: Record<string, string[]> = {
  '000-f1015a2331e42f8d': ['guido-crosetto', 'maria-zakharova', 'italy', 'russia', 'china', 'ukraine'],
  '000-f1015a2331e42f8d-e1': ['lloyd-austin', 'rustem-umerov', 'united-states', 'ukraine', 'nato'],
  '001-5779251ae6578792': ['sebastien-lecornu', 'sergei-shoigu', 'france', 'russia', 'ukraine', 'switzerland', 'turkey'],
  '002-991ebc19782e432f': ['mike-waltz', 'yuri-ushakov', 'donald-trump', 'volodymyr-zelensky', 'vladimir-putin', 'kremlin'],
  '003-2a010a7cc3af768e': ['sergey-lavrov', 'vladimir-putin', 'volodymyr-zelensky', 'turkey', 'nato'],
  '004-368a8c03f50cd1ac': ['sergey-lavrov', 'donald-trump', 'kirill-dmitriev', 'giuseppe-cavo-dragone', 'nato'],
};

describe('bundled corpus through the pipeline', () => {
  it('yields the ten articles of the five seed pages', () => {
    expect(corpus.articles.map((a) => a.slug).sort()).toEqual([
      '000-f1015a2331e42f8d', '000-f1015a2331e42f8d-e1', '001-5779251ae6578792', '001-5779251ae6578792-e1',
      '002-991ebc19782e432f', '003-2a010a7cc3af768e', '004-368a8c03f50cd1ac', '004-368a8c03f50cd1ac-e1',
      '004-368a8c03f50cd1ac-e2', '004-368a8c03f50cd1ac-e3',
    ]);
  });

  it.each(Object.entries(SEED_ACTORS))('links the actors of %s', (slug, ids) => {
    expect(article(slug).actorIds).toEqual(expect.arrayContaining(ids));
  });

  it("links the actors of 004's embedded articles", () => {
    const embedded = article('004-368a8c03f50cd1ac').embedded.flatMap((s) => article(s).actorIds);
    expect(embedded).toEqual(expect.arrayContaining(['jd-vance', 'dan-caine', 'andriy-yermak', 'stephen-doughty', 'united-kingdom']));
  });

  it('assigns the seed topics', () => {
    const topics = (slug: string) => article(slug).topics.map((t) => t.id);
    expect(topics('002-991ebc19782e432f')).toEqual(expect.arrayContaining(['ceasefire', 'energy-infrastructure']));
    expect(topics('004-368a8c03f50cd1ac')).toContain('security-guarantees');
    expect(topics('001-5779251ae6578792-e1')).toContain('air-defense');
    expect(topics('000-f1015a2331e42f8d-e1')).toContain('military-aid');
  });

  it('links no actor the text does not mention', () => {
    for (const a of corpus.articles) {
      for (const id of a.actorIds) {
        const mentions = a.mentions.filter((m) => m.actorId === id);
        if (!mentions.length) {
          // Named in the headline only: the title must name it.
          expect(linkActors([a.title], buildActorMatcher(loadActors())).mentions.map((m) => m.actorId), `${a.slug}: ${id}`).toContain(id);
          continue;
        }
        for (const m of mentions) expect(a.paragraphs[m.paragraph].slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('keeps actors from dropped boilerplate out (003 menus name Iran and Gaza, 000 related list names Hungary)', () => {
    expect(article('003-2a010a7cc3af768e').actorIds).not.toContain('iran');
    expect(article('000-f1015a2331e42f8d').actorIds).not.toContain('hungary');
    expect(article('000-f1015a2331e42f8d').actorIds).not.toContain('germany');
  });

  it('normalises outlets: RT and RT Arabic are one source', () => {
    expect(article('000-f1015a2331e42f8d').outlet?.id).toBe(article('003-2a010a7cc3af768e').outlet?.id);
    expect(corpus.sourceArticles.get(article('000-f1015a2331e42f8d').outlet!.id)).toHaveLength(2);
  });

  it('applies editor overrides from frontmatter', () => {
    const doc = docs.find((d) => d.slug === '002-991ebc19782e432f')!;
    const edited = { ...doc, actors: { add: ['nato'], remove: ['kremlin'] }, topics: { add: ['summit'], remove: ['ceasefire'] } };
    const c = buildCorpus({ ...data, articles: [edited] });
    const a = c.articles[0];
    expect(a.actorIds).toContain('nato');
    expect(a.actorIds).not.toContain('kremlin');
    expect(a.mentions.some((m) => m.actorId === 'kremlin')).toBe(false);
    expect(a.topics.map((t) => t.id)).toContain('summit');
    expect(a.topics.map((t) => t.id)).not.toContain('ceasefire');
  });
});

describe('data exports', () => {
  const url = (p: string) => `/kb${p}`;
  const ArticleExport = z
    .object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      url: z.string().startsWith('/kb/articles/'),
      title: z.string().min(1),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      source: z.string().nullable(),
      agency: z.string().nullable(),
      raw: z.string().regex(/\.(txt|html?)$/),
      via: z.string().nullable(),
      url_original: z.string().regex(/^https?:\/\//).nullable(),
      actors: z.array(z.object({ id: z.string(), name: z.string(), type: z.enum(['person', 'country', 'organization']), en: z.string().min(1) }).strict()),
      topics: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          // Why the article has the topic: the lexicon phrase, where it was found, the words as written.
          evidence: z.array(z.object({ phrase: z.string().min(1), place: z.enum(['title', 'lead', 'body']), paragraph: z.number().int().min(0).optional(), text: z.string().min(1) }).strict()),
        }).strict(),
      ),
      paragraphs: z.array(z.string().min(1)).min(1),
      story: z.string().nullable(),
      same_text_as: z.string().nullable(),
    })
    .strict();

  it('articles.json follows its contract', () => {
    const data = exportArticles(corpus, url);
    expect(data).toHaveLength(10);
    for (const a of data) ArticleExport.parse(a);
    expect(data.find((a) => a.slug === '002-991ebc19782e432f')).toMatchObject({ date: '2025-03-19', source: 'يني شفق', agency: 'الأناضول' });
    expect(data.find((a) => a.slug === '000-f1015a2331e42f8d-e1')?.via).toBe('000-f1015a2331e42f8d');
  });

  it('the articles export in parts holds the same rows as the whole, in the export\'s order (JSON and CSV)', () => {
    const { dated, undated } = exportOrder(corpus.articles);
    const ordered = [...dated, ...undated];
    expect(new Set(ordered)).toEqual(new Set(corpus.articles));
    const whole = exportArticles(corpus, url, ordered);
    for (const size of [1, 3, 10, 10_000]) {
      const parts = articleParts(corpus.articles, size).map((p) => p.articles);
      expect(parts.flatMap((p) => exportArticles(corpus, url, p))).toEqual(whole);
      expect(parts.flatMap((p) => articlesCsvRows(corpus, url, p))).toEqual(articlesCsvRows(corpus, url, ordered));
    }
  });

  it('actors.json and topics.json list what the articles reference', () => {
    const actors = exportActors(corpus, url);
    const ids = new Set(actors.map((a) => a.id));
    for (const a of exportArticles(corpus, url)) for (const x of a.actors) expect(ids.has(x.id)).toBe(true);
    expect(actors.every((a) => a.en.length > 0)).toBe(true);
    const topics = exportTopics(corpus, url);
    expect(topics.map((t) => t.id)).toHaveLength(15);
    expect(topics.find((t) => t.id === 'ceasefire')?.articles).toContain('002-991ebc19782e432f');
  });

  it('actors.json counts each actor\'s articles and the parts list them: bounded files, no slug lost', () => {
    // One whole-corpus list of every actor's articles grows with the corpus (~40 MB gzipped at
    // 166,000 articles, past Cloudflare Pages' 25 MiB per file): the lists come per part.
    const actors = exportActors(corpus, url);
    for (const a of actors) {
      expect(a).not.toHaveProperty('articles');
      expect(a.article_count).toBe(corpus.actorArticles.get(a.id)!.length);
    }
    for (const size of [1, 3, 10_000]) {
      const parts = articleParts(corpus.articles, size).map(({ articles: p }) => ({ slugs: new Set(p.map((a) => a.slug)), lists: actorArticlesOfPart(corpus, p) }));
      for (const p of parts) for (const slugs of Object.values(p.lists)) for (const s of slugs) expect(p.slugs.has(s)).toBe(true);
      for (const a of actors) expect(parts.flatMap((p) => p.lists[a.id] ?? []).sort()).toEqual([...corpus.actorArticles.get(a.id)!].sort());
    }
  });

  it('the CSV has one row per article and neutralises formula cells', () => {
    const csv = exportArticlesCsv(corpus, url);
    expect(csv.startsWith('\uFEFFslug,url,title')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(11);
    const evil = buildCorpus({ ...data, articles: [{ ...docs[0], title: '=HYPERLINK("x")' }], actors: [], sources: [] });
    expect(exportArticlesCsv(evil, url)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
