import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, normalizeBase, stripBase, withBase } from './url';

describe('the base-path join', () => {
  it('gives the base exactly one trailing slash', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('/kb')).toBe('/kb/');
    expect(normalizeBase('/kb/')).toBe('/kb/');
  });

  it('joins a base and a site path, with or without slashes', () => {
    expect(withBase('/', '/articles/a/')).toBe('/articles/a/');
    expect(withBase('/kb', '/articles/a/')).toBe('/kb/articles/a/');
    expect(withBase('/kb/', 'pagefind/kb-search.json')).toBe('/kb/pagefind/kb-search.json');
    expect(withBase('/kb/', '/')).toBe('/kb/');
  });

  it('strips the base from a request path, and leaves other paths alone', () => {
    expect(stripBase('/kb/', '/kb/actors/')).toBe('/actors/');
    expect(stripBase('/kb', '/kb')).toBe('/');
    expect(stripBase('/', '/actors/')).toBe('/actors/');
    expect(stripBase('/kb/', '/other/')).toBe('/other/');
  });

  it('round-trips: stripBase undoes withBase', () => {
    for (const base of ['/', '/kb/', '/a/b']) expect(stripBase(base, withBase(base, articlePath('x')))).toBe('/articles/x/');
  });

  it('makes absolute URLs only when the site origin is known', () => {
    expect(absoluteUrl(undefined, '/kb/', '/x/')).toBe('/kb/x/');
    expect(absoluteUrl(new URL('https://ex.org'), '/kb/', '/x/')).toBe('https://ex.org/kb/x/');
  });
});
