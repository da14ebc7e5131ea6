// Streams JSONL records from a file or stdin; bad lines are reported with their number, never dropped
// silently, and never stop the lines after them: invalid JSON, invalid UTF-8, nesting deeper than
// MAX_JSON_DEPTH, the keys __proto__ / constructor / prototype, and lines over MAX_LINE_BYTES (skipped
// as they stream past, never held whole in memory).
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { parseJsonSafely } from '../shared/json-guard';

export type JsonlRecord = { line: number; record: Record<string, unknown> } | { line: number; error: string };

/** The longest line read (bytes): far above any draft or message, far below what would exhaust memory. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

export interface JsonlSource {
  records: AsyncIterable<JsonlRecord>;
  /** Bytes read so far and in all (total is null for stdin). */
  progress(): { read: number; total: number | null };
}

export function openJsonl(file: string | undefined, stdin: Readable = process.stdin, maxLineBytes = MAX_LINE_BYTES): JsonlSource {
  const stream = file ? createReadStream(file) : stdin;
  const total = file ? statSync(file).size : null;
  let read = 0;
  async function* records(): AsyncGenerator<JsonlRecord> {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 0;
    let parts: Buffer[] = [];
    let size = 0;
    let overLimit = false;
    const finish = (): JsonlRecord | null => {
      line++;
      if (overLimit) return { line, error: `the line is longer than ${maxLineBytes.toLocaleString('en-US')} bytes (skipped unread)` };
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
      let text: string;
      try {
        text = decoder.decode(bytes);
      } catch {
        return { line, error: 'invalid UTF-8' };
      }
      if (text.charCodeAt(0) === 0xfeff && line === 1) text = text.slice(1);
      if (!text.trim()) return null;
      return parseRecord(text, line);
    };
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      read += buffer.length;
      let start = 0;
      for (let newline = buffer.indexOf(0x0a, start); newline >= 0; newline = buffer.indexOf(0x0a, start)) {
        take(buffer.subarray(start, newline));
        const record = finish();
        parts = [];
        size = 0;
        overLimit = false;
        if (record) yield record;
        start = newline + 1;
      }
      take(buffer.subarray(start));
    }
    if (size > 0 || overLimit) {
      const record = finish();
      if (record) yield record;
    }

    function take(piece: Buffer): void {
      if (overLimit || piece.length === 0) return;
      if (size + piece.length > maxLineBytes) {
        overLimit = true; // what was kept goes; the rest of the line is skipped as it arrives
        parts = [];
        size = 0;
        return;
      }
      parts.push(Buffer.from(piece)); // a copy: the stream may reuse its buffer
      size += piece.length;
    }
  }
  return { records: records(), progress: () => ({ read, total }) };
}

function parseRecord(text: string, line: number): JsonlRecord {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { line, error: parsed.message };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, error: 'expected a JSON object' };
  }
  return { line, record: value as Record<string, unknown> };
}
