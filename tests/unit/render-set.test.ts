import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSet } from '../../scripts/bench/render-set';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function write(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('renderSet: what an update wrote, against the site before it', () => {
  it('sorts rendered routes into new, changed and byte-identical, and unrouted files the update wrote again', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'render-set-'));
    dirs.push(root);
    const before = path.join(root, 'before');
    const after = path.join(root, 'after');
    write(before, 'actors/a/index.html', '<p>a: 3 articles</p>');
    write(before, 'actors/b/index.html', '<p>b: 1 article</p>');
    write(before, 'actors/c/index.html', '<p>c</p>');
    write(before, 'index.html', '<p>newest: x</p>');
    write(before, 'search/index.html', '<form></form>');
    write(before, 'favicon.svg', '<svg/>');
    write(before, 'pagefind/pagefind.js', 'old');
    const old = new Date('2026-01-01T00:00:00Z');
    for (const f of ['actors/a/index.html', 'actors/b/index.html', 'actors/c/index.html', 'index.html', 'search/index.html', 'favicon.svg', 'pagefind/pagefind.js']) utimesSync(path.join(before, f), old, old);
    // The copy keeps the times, as `cp -a` does; then the update writes over some files.
    cpSync(before, after, { recursive: true, preserveTimestamps: true });
    write(after, 'actors/a/index.html', '<p>a: 4 articles</p>');
    write(after, 'actors/b/index.html', '<p>b: 1 article</p>');
    write(after, 'actors/d/index.html', '<p>d</p>');
    write(after, 'index.html', '<p>newest: y</p>');
    write(after, 'search/index.html', '<form></form>');
    write(after, 'pagefind/pagefind.js', 'new');
    const set = renderSet([{ pattern: '/actors/[id]/', routes: { '/actors/a/': '1', '/actors/b/': '2', '/actors/c/': '3', '/actors/d/': '4' }, rendered: ['/actors/a/', '/actors/b/', '/actors/d/'] }], before, after);
    expect(set.patterns).toEqual([{ pattern: '/actors/[id]/', routes: 4, rendered: 3, added: ['/actors/d/'], changed: ['/actors/a/'], identical: ['/actors/b/'] }]);
    // favicon.svg kept its time (not written); pagefind/ is the index's own business.
    expect(set.unrouted).toEqual({ changed: ['index.html'], identical: ['search/index.html'] });
  });
});
