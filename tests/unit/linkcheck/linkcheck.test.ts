/** The link checker on small sites written inline: what counts as broken and what does not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinks, fileFor } from '../../../src/lib/linkcheck/index.ts';

const site = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('checkLinks', () => {
  it('accepts links to pages, directories, assets and existing fragments', () => {
    const files = site({
      'index.html':
        '<a href="/docs/a/">a</a> <a href="/docs/a/#art-1">art</a> <a href="docs/a/art-1/">page</a> <img src="/favicon.svg"> <a href="#top">top</a><h1 id="top">x</h1>',
      'docs/a/index.html': '<p id="art-1">第一条</p><a href="../../">home</a><a href="art-1/#art-1">self</a>',
      'docs/a/art-1/index.html': '<p id="art-1">第一条</p>',
      'favicon.svg': '',
    });
    assert.deepEqual(checkLinks(files), []);
  });
  it('reports a missing page and a missing fragment, naming the page that links', () => {
    const files = site({
      'index.html': '<a href="/docs/b/">b</a> <a href="/docs/a/#art-2">art 2</a>',
      'docs/a/index.html': '<p id="art-1">第一条</p>',
    });
    assert.deepEqual(checkLinks(files), [
      { from: 'index.html', href: '/docs/b/', reason: 'missing page' },
      { from: 'index.html', href: '/docs/a/#art-2', reason: 'missing fragment' },
    ]);
  });
  it('ignores external and special links, and decodes entities and percent-encoding', () => {
    const files = site({
      'index.html': '<a href="https://example.org/x">x</a><a href="mailto:a@b">m</a><a href="/browse/kind/%E6%B3%95%E5%BE%8B/?a=1&amp;b=2">法律</a>',
      'browse/kind/法律/index.html': '',
    });
    assert.deepEqual(checkLinks(files), []);
  });
  it('resolves site paths to files', () => {
    const files = site({ 'index.html': '', 'data/catalog.json': '' });
    assert.equal(fileFor('/', files), 'index.html');
    assert.equal(fileFor('/data/catalog.json', files), 'data/catalog.json');
    assert.equal(fileFor('/nope/', files), null);
  });
});
