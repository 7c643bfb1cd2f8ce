// Slugs depend only on raw file names (and position for embedded articles), so URLs stay
// stable across re-ingests and never depend on the actor dictionary or the page content.
// They are unique across a run: collisions are settled from the names alone, so every run
// settles them the same way whatever it reused, and no article is written over another.
import { createHash } from 'node:crypto';

export const MAX_SLUG_LENGTH = 60;

/** Slugs the site uses for its own pages under /articles/ (the list's page 2, 3 …). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['page']);

const nameHash = (name: string) => createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8);

/** `000_f1015a2331e42f8d.txt` → `000-f1015a2331e42f8d`; non-ASCII names get a hash suffix. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  // eslint-disable-next-line no-control-regex
  if (!slug || /[^\x00-\x7F]/.test(fileName)) return slug ? `${slug}-${nameHash(fileName)}` : nameHash(fileName);
  return slug;
}

/** Slug of the n-th (1-based) embedded article found in a host page. */
export function embeddedSlug(hostSlug: string, n: number): string {
  return `${hostSlug}-e${n}`;
}

/** A slug two articles wanted: which file kept it, and what the other file's article got. */
export interface SlugCollision {
  slug: string;
  /** The raw file whose article kept the slug, or «reserved» (a page of the site's own). */
  keptBy: string;
  /** The raw file whose article was renamed (for an embedded article, its host page). */
  file: string;
  renamedTo: string;
}

/** The main-article slug of every raw file of a run, and which file owns each slug. */
export interface SlugPlan {
  main: ReadonlyMap<string, string>;
  owner: ReadonlyMap<string, string>;
  collisions: SlugCollision[];
}

/** `<slug>-<hash of key>`, hashed again in the (unlikely) case that is taken too. */
function freeSlug(slug: string, key: string, taken: (s: string) => boolean): string {
  let next = `${slug}-${nameHash(key)}`;
  while (taken(next)) next = `${next}-${nameHash(next)}`;
  return next;
}

/**
 * Main-article slugs of all raw files of a run, from their names alone. In sorted name order
 * the first file keeps a slug; a later one whose name folds to the same slug («A.txt» after
 * «a.txt»), or to a reserved one, gets a hash of its name added.
 */
export function planSlugs(names: readonly string[]): SlugPlan {
  const main = new Map<string, string>();
  const owner = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  const wanted = [...names].sort().map((name) => [name, slugFromFileName(name)] as const);
  const wantedSlugs = new Set(wanted.map(([, slug]) => slug));
  for (const [name, slug] of wanted) {
    const keptBy = RESERVED_SLUGS.has(slug) ? 'reserved' : owner.get(slug);
    const final = keptBy ? freeSlug(slug, name, (s) => wantedSlugs.has(s) || owner.has(s)) : slug;
    if (keptBy) collisions.push({ slug, keptBy, file: name, renamedTo: final });
    main.set(name, final);
    owner.set(final, name);
  }
  return { main, owner, collisions };
}

/**
 * Slug of the n-th embedded article of `hostFile`: `<host>-e<n>`, unless a raw file's main
 * article has that slug (a file named `000-…-e1.txt`). A file name is the only name its
 * article can get, so the embedded article takes a hash of its host's name instead.
 */
export function embeddedSlugIn(plan: SlugPlan, hostFile: string, n: number): { slug: string; collision?: SlugCollision } {
  const slug = embeddedSlug(plan.main.get(hostFile)!, n);
  const keptBy = RESERVED_SLUGS.has(slug) ? 'reserved' : plan.owner.get(slug);
  if (!keptBy) return { slug };
  const renamedTo = freeSlug(slug, hostFile, (s) => plan.owner.has(s));
  return { slug: renamedTo, collision: { slug, keptBy, file: hostFile, renamedTo } };
}
