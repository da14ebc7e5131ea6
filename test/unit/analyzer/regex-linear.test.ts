// Every regex in the analyzer runs in linear time on any input: each one (the literals in the source,
// found with the TypeScript parser, and every regex the analyzer's modules build with `new RegExp`
// when they load, recorded while they are imported) is run over adversarial strings of 2,000 and
// 8,000 characters. A backtracking pattern shows as growth: a quadratic one takes 16× as long on 4×
// the text, a linear one 4×. Flagged: over 25 ms on 8,000 characters AND more than 8× the time on
// 2,000 (both margins wide, so a busy machine does not fail it). Budgets are `npm run bench`'s job.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { derived, floods } from '../../support/adversarial.ts';

const ROOT = join(__dirname, '../../../src/analyzer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Pattern {
  where: string;
  re: RegExp;
}

function literals(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of sourceFiles(ROOT)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({ where: `${relative(ROOT, file)}:${line}`, re: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

const built: Pattern[] = [];
const Native = RegExp;
beforeAll(async () => {
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const stack = new Error().stack ?? '';
      const at = /src\/analyzer\/([^:)]+:\d+)/.exec(stack)?.[1];
      if (at) built.push({ where: `${at} (built)`, re });
      return re;
    },
  });
  try {
    vi.resetModules(); // test/support/adversarial loaded the rules already: load every module again, recorded.
    await import('../../../src/analyzer/index');
    await import('../../../src/analyzer/incremental');
  } finally {
    globalThis.RegExp = Native;
  }
});
afterAll(() => {
  globalThis.RegExp = Native;
});

/** Time to find every match in text (a sticky pattern: its one anchored attempt at the start, as it is used). */
function scan(re: RegExp, text: string): number {
  if (re.sticky) {
    const sticky = new Native(re.source, re.flags);
    const start = performance.now();
    sticky.lastIndex = 0;
    sticky.exec(text);
    return performance.now() - start;
  }
  const global = new Native(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  const start = performance.now();
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = global.exec(text)) !== null && n < 50_000) {
    if (m[0].length === 0) global.lastIndex++;
    n++;
  }
  return performance.now() - start;
}

const SMALL = 2_000;
const LARGE = 8_000;

/** A rule's phrase list is one alternation of `(?<pN>…)` groups: each phrase also gets its own strings. */
function phraseSources(source: string): string[] {
  const parts = source.split(/\(\?<p\d+>/).slice(1);
  return parts.length > 1 ? parts : [];
}

function inputs(pattern: Pattern, size: number): string[] {
  return [
    ...floods(size),
    ...derived(pattern.re.source, size),
    ...phraseSources(pattern.re.source).flatMap((phrase) => derived(phrase, size, 6)),
  ];
}

function superlinear(pattern: Pattern): string | null {
  const large = inputs(pattern, LARGE);
  const small = inputs(pattern, SMALL);
  for (let i = 0; i < large.length; i++) {
    const big = scan(pattern.re, large[i]!);
    if (big < 25) continue;
    // Measure again, smallest of three, before calling it quadratic.
    const bigBest = Math.min(big, scan(pattern.re, large[i]!), scan(pattern.re, large[i]!));
    const smallBest = Math.min(scan(pattern.re, small[i]!), scan(pattern.re, small[i]!), scan(pattern.re, small[i]!));
    if (bigBest >= 25 && bigBest > 8 * Math.max(smallBest, 0.05)) {
      return `${pattern.where} /${pattern.re.source.slice(0, 80)}/: ${bigBest.toFixed(0)} ms on ${LARGE} × ${JSON.stringify(large[i]!.slice(0, 10))}…, ${smallBest.toFixed(1)} ms on ${SMALL}`;
    }
  }
  return null;
}

describe('analyzer regexes', () => {
  it('finds the analyzer’s regexes (literals and built at load)', () => {
    expect(literals().length).toBeGreaterThan(120);
    expect(built.length).toBeGreaterThan(40);
    // The cue patterns and every rule's compiled phrase list are among them.
    expect(built.filter((pattern) => pattern.where.startsWith('feeling/cues.ts')).length).toBeGreaterThan(100);
    expect(built.filter((pattern) => pattern.where.startsWith('rules/checks.ts')).length).toBeGreaterThanOrEqual(6);
  });

  it('every one is linear-time on adversarial input', () => {
    const all = [...literals(), ...built];
    const slow = all.map(superlinear).filter((problem): problem is string => problem !== null);
    expect(slow).toEqual([]);
  }, 180_000);
});
