// The relation claims on the bundled seed pages, linked as the build links them (buildCorpus)
// with the real curated data.
// Paragraphs come from the ingest output (content/articles/*.mdx) when it exists, else
// from the raw page's lines (the sentences are the same text either way).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { buildRelationGraph } from './buildGraph';
import { compileRelationPatterns } from './patterns';

const data = loadCuratedData();
const patterns = compileRelationPatterns(data.relationPatterns);

async function seedArticles(rawPrefix: string): Promise<Array<{ slug: string; paragraphs: string[] }>> {
  const dir = 'content/articles';
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
  if (files.length && existsSync('src/lib/ingest/mdx.ts')) {
    const { parseArticleMdx } = await import('../ingest/mdx');
    const out = [];
    for (const f of files.sort()) {
      const { frontmatter, paragraphs } = parseArticleMdx(readFileSync(path.join(dir, f), 'utf8'), f);
      if (String(frontmatter.raw).startsWith(rawPrefix)) out.push({ slug: f.replace(/\.mdx$/, ''), paragraphs });
    }
    if (out.length) return out;
  }
  const raw = readdirSync('content/raw').find((f) => f.startsWith(rawPrefix))!;
  const lines = readFileSync(path.join('content/raw', raw), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return [{ slug: rawPrefix, paragraphs: lines }];
}

async function graphOf(rawPrefix: string) {
  const articles = (await seedArticles(rawPrefix)).map(({ slug, paragraphs }) => ({ slug, title: '', raw: rawPrefix, tags: [], paragraphs }));
  const corpus = buildCorpus({ ...data, articles });
  // Uncapped, so every evidence sentence can be checked.
  return buildRelationGraph(corpus.articles, corpus.actors, patterns);
}

function edge(g: Awaited<ReturnType<typeof graphOf>>, a: string, b: string) {
  const [s, t] = a < b ? [a, b] : [b, a];
  return g.edges.find((e) => e.source === s && e.target === t);
}

describe('relations on the seed pages', () => {
  it('002: Mike Waltz — Yuri Ushakov is a talks relation', async () => {
    const e = edge(await graphOf('002_'), 'mike-waltz', 'yuri-ushakov');
    expect(e?.types).toContain('talks');
    const ev = e!.evidence.find((x) => x.types.includes('talks'))!;
    expect(ev.sentence).toContain('والتز');
    expect(ev.paragraph).toMatch(/^p-\d+$/);
  });

  it('001: Sébastien Lecornu — Sergei Shoigu is a talks relation', async () => {
    const e = edge(await graphOf('001_'), 'sebastien-lecornu', 'sergei-shoigu');
    expect(e?.types).toContain('talks');
  });

  it("004: United Kingdom — Russia is a sanctions relation (the embedded Arqaam story)", async () => {
    const e = edge(await graphOf('004_'), 'united-kingdom', 'russia');
    expect(e?.types).toContain('sanctions');
    expect(e!.evidence.some((x) => x.types.includes('sanctions') && x.sentence.includes('عقوبات'))).toBe(true);
  });
});
