#!/usr/bin/env node
// Counts the imports in libs/ and apps/ (specs included) that reach into another library's src/
// instead of its index.ts: `@stafett/<lib>/<path>` (other than `@stafett/<lib>/testing`) and relative
// paths into `libs/<lib>/src/...`. Prints the count (and each import with --list); exits 1 unless it is 0.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { dirname, join, relative, resolve, sep } = require('node:path');

const root = resolve(__dirname, '..');
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|cts|js|cjs|mjs)$/.test(name)) yield path;
  }
}

/** The library a repository path belongs to, and the part after its src/. */
function inLibrary(path) {
  const match = /^libs\/([^/]+)\/src(?:\/(.*))?$/.exec(path.split(sep).join('/'));
  return match ? { lib: match[1], rest: (match[2] ?? '').replace(/\.(ts|tsx|js)$/, '') } : undefined;
}

const isEntry = (rest) => rest === '' || rest === 'index' || rest === 'testing' || rest === 'testing/index';

const deep = [];
for (const top of ['libs', 'apps']) {
  for (const file of sourceFiles(join(root, top))) {
    const from = relative(root, file);
    const own = inLibrary(dirname(from) + '/x')?.lib;
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(SPECIFIER)) {
      let target;
      const alias = /^@stafett\/([a-z-]+)(?:\/(.*))?$/.exec(specifier);
      if (alias) target = { lib: alias[1], rest: alias[2] ?? '' };
      else if (specifier.startsWith('.')) target = inLibrary(relative(root, resolve(dirname(file), specifier)));
      if (target && target.lib !== own && !isEntry(target.rest)) deep.push(`${from}: ${specifier}`);
    }
  }
}

if (process.argv.includes('--list')) for (const line of deep) console.log(line);
console.log(`deep imports into another library's src/: ${deep.length}`);
process.exit(deep.length === 0 ? 0 : 1);
