// Streams the elements of the big arrays of one JSON document ({"tickets": [...], "users": [...]}
// or a top-level [...]) without holding the document: bytes go in, one parsed element at a time
// comes out with its JSON pointer and line. A malformed element is reported and the scan goes on.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

export type SplitItem =
  | { array: string; index: number; line: number; value: unknown }
  | { array: string; index: number; line: number; error: string };

export interface SplitterOptions {
  /** Keys of the top-level object whose arrays are split; a top-level array is split under `topLevel`. */
  arrays: ReadonlySet<string>;
  /** The name given to the elements of a top-level array (default "tickets"). */
  topLevel?: string;
}

export class JsonArraySplitter {
  private depth = 0;
  private readonly objectAt: boolean[] = [];
  private inString = false;
  private escape = false;
  private line = 1;
  private keyParts: number[] | null = null;
  private lastString = '';
  private key = '';
  /** Depth of the array being split (its elements sit right inside it), 0 when none. */
  private splitDepth = 0;
  private splitName = '';
  private index = 0;
  private elementStart = -1;
  private elementLine = 0;
  private parts: Buffer[] = [];
  /** Where the next backslash in `slashChunk` is at or after the scan (−1: none left). */
  private nextSlash = -1;
  private slashChunk: Buffer | null = null;
  private sawRoot = false;
  /** Arrays that have been split to their end. */
  readonly finished = new Set<string>();
  /** Top-level keys in the order they were met. */
  readonly keys: string[] = [];

  constructor(private readonly options: SplitterOptions) {}

  push(chunk: Buffer): SplitItem[] {
    const out: SplitItem[] = [];
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      if (this.inString) {
        i = this.scanString(chunk, i);
        continue;
      }
      const byte = chunk[i]!;
      if (byte === NEWLINE) {
        this.line++;
        i++;
        continue;
      }
      if (byte === 0x20 || byte === 0x09 || byte === 0x0d) {
        i++;
        continue;
      }
      const inSplit = this.splitDepth > 0 && this.depth === this.splitDepth;
      if (inSplit && this.elementStart < 0 && byte !== 0x2c && byte !== 0x5d) {
        this.elementStart = i;
        this.elementLine = this.line;
      }
      if (inSplit && (byte === 0x2c || byte === 0x5d) && this.elementStart >= 0) {
        out.push(this.finishElement(chunk, i));
      }
      switch (byte) {
        case QUOTE:
          this.inString = true;
          this.keyParts = this.depth === 1 && this.objectAt[0] ? [] : null;
          i++;
          continue;
        case 0x7b: // {
        case 0x5b: // [
          if (this.depth === 0) this.sawRoot = true;
          this.objectAt[this.depth] = byte === 0x7b;
          this.depth++;
          if (byte === 0x5b && this.splitDepth === 0) this.maybeStartSplit();
          break;
        case 0x7d: // }
        case 0x5d: // ]
          if (this.depth > 0) {
            if (byte === 0x5d && this.depth === this.splitDepth) {
              this.finished.add(this.splitName);
              this.splitDepth = 0;
            }
            this.depth--;
          }
          break;
        case 0x3a: // :
          if (this.depth === 1 && this.objectAt[0]) {
            this.key = this.lastString;
            this.keys.push(this.key);
          }
          break;
      }
      i++;
    }
    if (this.elementStart >= 0) {
      this.parts.push(chunk.subarray(this.elementStart));
      this.elementStart = 0; // continues at the start of the next chunk
    }
    return out;
  }

  /** Call at the end of input: a problem with the document as a whole, if any. */
  end(): string | null {
    if (!this.sawRoot) return 'no JSON object or array in the file';
    if (this.depth > 0 || this.inString) {
      const where = this.splitDepth > 0 ? ` inside /${this.splitName}/${this.index}` : '';
      return `the file ends before the JSON document does${where} (line ${this.line}): is it truncated?`;
    }
    return null;
  }

  private maybeStartSplit(): void {
    if (this.depth === 1) {
      this.splitName = this.options.topLevel ?? 'tickets';
    } else if (this.depth === 2 && this.objectAt[0] && this.options.arrays.has(this.key)) {
      this.splitName = this.key;
    } else {
      return;
    }
    if (this.depth === 1 && !this.options.arrays.has(this.splitName)) return;
    this.splitDepth = this.depth;
    this.index = 0;
    this.elementStart = -1;
    this.parts = [];
  }

  private finishElement(chunk: Buffer, end: number): SplitItem {
    const bytes = this.parts.length ? Buffer.concat([...this.parts, chunk.subarray(this.elementStart, end)]) : chunk.subarray(this.elementStart, end);
    this.parts = [];
    this.elementStart = -1;
    const base = { array: this.splitName, index: this.index++, line: this.elementLine };
    try {
      return { ...base, value: JSON.parse(bytes.toString('utf8')) as unknown };
    } catch (error) {
      return { ...base, error: `invalid JSON (${(error as Error).message})` };
    }
  }

  /** Skips through a string; returns where scanning goes on. */
  private scanString(chunk: Buffer, from: number): number {
    let i = from;
    if (this.escape) {
      this.escape = false;
      this.keep(chunk, i, i + 1);
      return i + 1;
    }
    for (;;) {
      const quote = chunk.indexOf(QUOTE, i);
      // The next backslash is looked for again only once it is behind us: most strings have none, and
      // searching to the end of the chunk for every string cost more than the rest of the scan.
      if (this.slashChunk !== chunk || (this.nextSlash >= 0 && this.nextSlash < i)) {
        this.slashChunk = chunk;
        this.nextSlash = chunk.indexOf(BACKSLASH, i);
      }
      const slash = this.nextSlash;
      if (slash >= 0 && (quote < 0 || slash < quote)) {
        if (slash + 1 >= chunk.length) {
          this.escape = true;
          this.keep(chunk, i, chunk.length);
          return chunk.length;
        }
        this.keep(chunk, i, slash + 2);
        i = slash + 2;
        continue;
      }
      if (quote < 0) {
        this.keep(chunk, i, chunk.length);
        return chunk.length;
      }
      this.keep(chunk, i, quote);
      this.inString = false;
      if (this.keyParts) {
        this.lastString = Buffer.from(this.keyParts).toString('utf8');
        this.keyParts = null;
      }
      return quote + 1;
    }
  }

  /** Keeps the bytes of a top-level key (short; a long string value at depth 1 is cut off). */
  private keep(chunk: Buffer, start: number, end: number): void {
    if (!this.keyParts || this.keyParts.length > 256) return;
    for (let i = start; i < end && this.keyParts.length <= 256; i++) this.keyParts.push(chunk[i]!);
  }
}
