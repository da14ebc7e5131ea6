// Streams JSONL records from a file or stdin; bad lines are reported with their number, never dropped silently.
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type JsonlRecord = { line: number; record: Record<string, unknown> } | { line: number; error: string };

export interface JsonlSource {
  records: AsyncIterable<JsonlRecord>;
  /** Bytes read so far and in all (total is null for stdin). */
  progress(): { read: number; total: number | null };
}

export function openJsonl(file: string | undefined, stdin: Readable = process.stdin): JsonlSource {
  const stream = file ? createReadStream(file) : stdin;
  const total = file ? statSync(file).size : null;
  let read = 0;
  stream.on('data', (chunk: Buffer | string) => {
    read += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  });
  async function* records(): AsyncGenerator<JsonlRecord> {
    let line = 0;
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      line++;
      if (!text.trim()) continue;
      yield parseRecord(text, line);
    }
  }
  return { records: records(), progress: () => ({ read, total }) };
}

function parseRecord(text: string, line: number): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: `invalid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, error: 'expected a JSON object' };
  }
  return { line, record: value as Record<string, unknown> };
}
