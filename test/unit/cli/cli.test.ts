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

describe('library command', () => {
  it('library default prints a valid library that library validate accepts', async () => {
    const printed = await cli(['library', 'default']);
    expect(printed.code).toBe(0);
    const file = join(dir, 'default-library.json');
    writeFileSync(file, printed.stdout);
    expect(JSON.parse(printed.stdout).schemaVersion).toBe(2);
    const checked = await cli(['library', 'validate', file]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/valid phrase library "Empathy Coach default library" 1\.0\.0: \d+ acknowledgements, \d+ avoid phrases/);
  });

  it('library validate exits 1 with the pointer, line and column of each problem', async () => {
    const library = JSON.parse((await cli(['library', 'default'])).stdout);
    library.acknowledgements.worried[0].text = 'x'.repeat(501);
    library.acknowledgements.sad = [];
    const file = join(dir, 'broken-library.json');
    writeFileSync(file, JSON.stringify(library, null, 2));
    const { code, stderr } = await cli(['library', 'validate', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\/acknowledgements\/worried\/0\/text \(line \d+, column \d+\): is 501 characters long; the limit is 500/);
    expect(stderr).toMatch(/\/acknowledgements\/sad \(line \d+, column \d+\): unknown field "sad"/);
    expect(stderr).toContain('not a valid phrase library (2 problems)');
  });

  it('library validate on invalid JSON, a binary file and a missing file', async () => {
    const json = join(dir, 'trailing-comma.json');
    writeFileSync(json, '{\n  "schemaVersion": 1,\n}\n');
    const broken = await cli(['library', 'validate', json]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('This is not valid JSON: a comma before a closing bracket. (line 3, column 1)');
    const binary = join(dir, 'image.json');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect((await cli(['library', 'validate', binary])).stderr).toContain('not a text file');
    const missing = await cli(['library', 'validate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read it (ENOENT)');
  });

  it('library with no or unknown action prints its usage', async () => {
    expect((await cli(['library'])).code).toBe(2);
    expect((await cli(['library', '--help'])).stdout).toContain('empathy-coach library validate FILE');
    expect((await cli(['library', 'frobnicate'])).code).toBe(2);
  });
});
