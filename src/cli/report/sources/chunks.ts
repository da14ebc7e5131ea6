// Bytes of a file or stdin as chunks, with the first one available up front (to tell the format) and a
// byte count for the progress bar; and those chunks as numbered lines.
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';

export interface ByteSource {
  /** The first bytes (up to one chunk), for telling the format. */
  head: Buffer;
  chunks(): AsyncIterable<Buffer>;
  read(): number;
  total: number | null;
}

export async function openBytes(file: string | undefined, stdin: Readable = process.stdin): Promise<ByteSource> {
  const stream = file ? createReadStream(file, { highWaterMark: 1 << 20 }) : stdin;
  const total = file ? statSync(file).size : null;
  let read = 0;
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const next = async (): Promise<Buffer | null> => {
    const item = await iterator.next();
    if (item.done) return null;
    const chunk = typeof item.value === 'string' ? Buffer.from(item.value) : item.value;
    read += chunk.length;
    return chunk;
  };
  const first = await next();
  return {
    head: first ?? Buffer.alloc(0),
    total,
    read: () => read,
    async *chunks() {
      try {
        if (first) yield first;
        for (let chunk = await next(); chunk; chunk = await next()) yield chunk;
      } finally {
        await iterator.return?.(); // closes the file when the reader stops early
      }
    },
  };
}

/** Lines of the chunks (without "\n" or "\r\n"), numbered from 1. */
export async function* lines(chunks: AsyncIterable<Buffer>): AsyncGenerator<{ text: string; line: number }> {
  let rest: Buffer | null = null;
  let line = 0;
  for await (const chunk of chunks) {
    const data: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(0x0a, start); end >= 0; end = data.indexOf(0x0a, start)) {
      line++;
      const stop = end > start && data[end - 1] === 0x0d ? end - 1 : end;
      yield { text: data.toString('utf8', start, stop), line };
      start = end + 1;
    }
    rest = start < data.length ? data.subarray(start) : null;
  }
  if (rest && rest.length) yield { text: rest.toString('utf8'), line: line + 1 };
}
