import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { feelings, review } from '../../../src/cli/commands';
import { openJsonl } from '../../../src/cli/jsonl';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ec-cli-'));

async function cli(args: string[], input?: string) {
  const child = run(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8' });
  if (input !== undefined) child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('JSONL reading', () => {
  it('numbers lines, skips blank ones and reports bad ones', async () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, '{"text":"a"}\n\n{not json}\n[1,2]\n{"text":"b"}\n');
    const seen = [];
    for await (const item of openJsonl(file).records) seen.push(item);
    expect(seen).toEqual([
      { line: 1, record: { text: 'a' } },
      { line: 3, error: expect.stringContaining('invalid JSON') },
      { line: 4, error: 'expected a JSON object' },
      { line: 5, record: { text: 'b' } },
    ]);
  });
});

describe('commands', () => {
  it('feelings adds the detection fields and keeps the input fields', () => {
    const result = feelings.run({ id: 7, text: "I've been waiting nine days for my refund!" });
    expect(result).toMatchObject({ feeling: expect.any(String), intensity: expect.any(Number), confidence: expect.any(Number) });
    expect(feelings.run({ id: 7 })).toBe('missing "text" (a string)');
  });

  it('review validates field types', () => {
    expect(review.run({ draft: 3 })).toBe('missing "draft" (a string)');
    expect(review.run({ draft: 'Hi', name: 42 })).toBe('"name" must be a string');
    const result = review.run({ draft: 'Hi Sam, I have refunded you.', customer: 'Where is my refund?', name: 'Sam' });
    expect(result).toMatchObject({ score: expect.any(Number), findings: expect.any(Array), politeness: expect.any(Number) });
  });
});

describe('empathy-coach binary', () => {
  it('reads stdin, writes JSONL, reports bad lines by number and exits 1', async () => {
    const { code, stdout, stderr } = await cli(['feelings'], '{"id":"a","text":"Thank you so much!"}\nnope\n{"id":"c"}\n');
    expect(code).toBe(1);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'a', text: 'Thank you so much!', feeling: 'grateful' });
    expect(stderr).toContain('stdin:2: invalid JSON');
    expect(stderr).toContain('stdin:3: missing "text"');
    expect(stderr).toContain('2 bad lines skipped');
  });

  it('reviews a file and exits 0 when every line is good', async () => {
    const file = join(dir, 'drafts.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 1, draft: "I'm sorry, but that's our policy.", customer: 'I was charged twice!', name: 'Priya' })}\n`);
    const { code, stdout } = await cli(['review', file]);
    expect(code).toBe(0);
    const [record] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { findings: { rule: string }[] });
    expect(record!.findings.map((finding) => finding.rule)).toContain('apology-but');
  });

  it('explains itself and rejects unknown commands and missing files', async () => {
    expect((await cli(['review', '--help'])).stdout).toContain('"draft"');
    expect((await cli(['--help'])).stdout).toContain('Commands:');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const missing = await cli(['feelings', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
