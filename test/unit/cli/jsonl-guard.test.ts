// CLI input that used to crash or stall the reader: every bad line is an error for that line only, and
// the lines after it are still read.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openJsonl, type JsonlRecord } from '../../../src/cli/jsonl';

async function readAll(chunks: (string | Buffer)[], maxLineBytes?: number): Promise<JsonlRecord[]> {
  const seen: JsonlRecord[] = [];
  for await (const item of openJsonl(undefined, Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), maxLineBytes).records) seen.push(item);
  return seen;
}

describe('JSONL lines that cannot hurt the reader', () => {
  it('nesting beyond the limit is an error for that line (no stack overflow); later lines are read', async () => {
    const deep = `{"text":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const seen = await readAll([`${deep}\n{"text":"after"}\n`]);
    expect(seen).toEqual([
      { line: 1, error: expect.stringMatching(/nested more than 32 levels deep/) },
      { line: 2, record: { text: 'after' } },
    ]);
  });

  it('__proto__, constructor and prototype are refused as unknown fields, wherever they are', async () => {
    const seen = await readAll(['{"text":"a","__proto__":{"polluted":true}}\n{"customer":{"constructor":1}}\n{"x":[{"prototype":2}]}\n{"text":"ok"}\n']);
    expect(seen).toEqual([
      { line: 1, error: '/__proto__: unknown field "__proto__"' },
      { line: 2, error: '/customer/constructor: unknown field "constructor"' },
      { line: 3, error: '/x/0/prototype: unknown field "prototype"' },
      { line: 4, record: { text: 'ok' } },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('invalid UTF-8 is an error for that line, even split across chunks; valid multi-byte text split across chunks is kept', async () => {
    const euro = Buffer.from('{"text":"€ 5"}\n');
    const seen = await readAll([Buffer.from('{"text":"a\xff"}\n', 'latin1'), euro.subarray(0, 10), euro.subarray(10), Buffer.from([0x7b, 0x22, 0xc3]), Buffer.from('"}\n{"text":"z"}')]);
    expect(seen).toEqual([
      { line: 1, error: 'invalid UTF-8' },
      { line: 2, record: { text: '€ 5' } },
      { line: 3, error: 'invalid UTF-8' },
      { line: 4, record: { text: 'z' } },
    ]);
  });

  it('a line over the size limit is rejected as it streams past, never held whole; CRLF lines are read', async () => {
    const limit = 64 * 1024;
    const stream = new PassThrough();
    const source = openJsonl(undefined, stream, limit);
    const seen: JsonlRecord[] = [];
    const reading = (async () => {
      for await (const item of source.records) seen.push(item);
    })();
    stream.write('{"text":"first"}\r\n');
    // 64 MB of one line, in 1 MB chunks: the reader never keeps more than the limit.
    const megabyte = Buffer.alloc(1024 * 1024, 0x61);
    stream.write('{"text":"');
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 64; i++) {
      if (!stream.write(megabyte)) await new Promise((resolve) => stream.once('drain', resolve));
    }
    const grown = process.memoryUsage().arrayBuffers - before;
    stream.end('"}\n{"text":"last"}\n');
    await reading;
    expect(seen).toEqual([
      { line: 1, record: { text: 'first' } },
      { line: 2, error: 'the line is longer than 65,536 bytes (skipped unread)' },
      { line: 3, record: { text: 'last' } },
    ]);
    expect(grown).toBeLessThan(32 * 1024 * 1024);
  });
});
