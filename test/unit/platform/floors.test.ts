// Each top folder of src/ stands on the ones below it: an import may go down or stay on its floor,
// never up (a floor that imported from above would tie the pure analyzer to the browser, or the
// shared floor to the worker).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');

/** What each folder may import from (besides itself). */
const MAY_USE: Record<string, readonly string[]> = {
  analyzer: [],
  shared: ['analyzer'],
  library: ['analyzer', 'shared'],
  ui: ['analyzer', 'shared'],
  content: ['analyzer', 'shared'],
  background: ['analyzer', 'shared', 'library'],
  options: ['analyzer', 'shared', 'library', 'ui'],
  popup: ['analyzer', 'shared', 'library', 'ui'],
  cli: ['analyzer', 'shared', 'library'],
  // Build-time manifest transforms (vite.config.ts): the shared floor's names at most.
  platform: ['shared'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every relative import of a file, as the top folder of src/ it lands in (or '..' outside src/). */
function importsOf(file: string): { spec: string; floor: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { spec: string; floor: string }[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith('.')) continue;
    const target = relative(src, resolve(dirname(file), spec));
    out.push({ spec, floor: target.startsWith('..') ? '..' : target.split(/[\\/]/)[0]! });
  }
  return out;
}

describe('floors', () => {
  const all = files(src);

  it('every top folder of src/ has its place', () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(MAY_USE).sort());
  });

  it.each(Object.keys(MAY_USE))('src/%s imports nothing from a floor above it', (floor) => {
    const allowed = new Set([floor, ...MAY_USE[floor]!]);
    const wrong = all
      .filter((file) => relative(src, file).split(/[\\/]/)[0] === floor)
      .flatMap((file) => importsOf(file).filter((i) => !allowed.has(i.floor)).map((i) => `${relative(src, file)} → ${i.spec}`));
    expect(wrong).toEqual([]);
  });

  it('the coach’s own nodes are told apart in one place (src/content/dom/own-nodes.ts)', () => {
    const content = all.filter((file) => relative(src, file).startsWith(`content`));
    const naming = content.filter((file) => readFileSync(file, 'utf8').includes('empathy-coach')).map((file) => relative(src, file));
    expect(naming).toEqual([join('content', 'dom', 'own-nodes.ts')]);
  });

  it('tests import nothing from scripts/ (what tests and scripts share lives in test/support)', () => {
    const tests = files(resolve(src, '../test'));
    const wrong = tests.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(IMPORT)]
        .map((m) => m[1] ?? m[2] ?? m[3]!)
        .filter((spec) => spec.startsWith('.') && relative(resolve(src, '..'), resolve(dirname(file), spec)).split(/[\\/]/)[0] === 'scripts')
        .map((spec) => `${relative(resolve(src, '..'), file)} → ${spec}`);
    });
    expect(tests.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('finds imports of every shape it checks', () => {
    expect(importsOf(join(src, 'popup', 'Popup.tsx')).map((i) => i.floor)).toEqual(expect.arrayContaining(['analyzer', 'shared', 'library', 'ui']));
    const text = "import a from './a';\nimport type { B } from '../b';\nexport { c } from './c/d';\nimport './e.css';\nconst f = import('../f');";
    expect([...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3])).toEqual(['./a', '../b', './c/d', './e.css', '../f']);
  });
});
