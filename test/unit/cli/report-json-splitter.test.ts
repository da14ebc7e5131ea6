// The streaming splitter gives the same elements whatever the chunk boundaries, with pointers and lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArraySplitter, type SplitItem } from '../../../src/cli/report/sources/json-splitter';

function split(text: string, chunk: number, arrays = ['tickets', 'users']): { items: SplitItem[]; end: string | null } {
  const splitter = new JsonArraySplitter({ arrays: new Set(arrays) });
  const bytes = Buffer.from(text);
  const items: SplitItem[] = [];
  for (let at = 0; at < bytes.length; at += chunk) items.push(...splitter.push(bytes.subarray(at, at + chunk)));
  return { items, end: splitter.end() };
}

const DOC = `{
  "count": 2,
  "users": [{"id": 1, "name": "Zoë \\"Z\\" Ünal", "role": "end-user"}],
  "tickets": [
    {"id": 10, "comments": [{"body": "a [tricky] {string}, with \\\\ and \\u00e9 ✓"}]},
    {"id": 11, "comments": []}
  ],
  "next_page": null
}`;

describe('JsonArraySplitter', () => {
  it('yields each element of the named arrays with its line, at any chunk size', () => {
    const whole = split(DOC, DOC.length);
    expect(whole.end).toBeNull();
    expect(whole.items).toEqual([
      { array: 'users', index: 0, line: 3, value: { id: 1, name: 'Zoë "Z" Ünal', role: 'end-user' } },
      { array: 'tickets', index: 0, line: 5, value: { id: 10, comments: [{ body: 'a [tricky] {string}, with \\ and é ✓' }] } },
      { array: 'tickets', index: 1, line: 6, value: { id: 11, comments: [] } },
    ]);
    for (const size of [1, 2, 3, 7, 16, 64]) expect(split(DOC, size).items).toEqual(whole.items);
  });

  it('matches JSON.parse on generated documents split anywhere', () => {
    const ticket = fc.record({ id: fc.integer(), subject: fc.string(), comments: fc.array(fc.record({ body: fc.string({ unit: 'binary' }), public: fc.boolean() }), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 5 }), fc.integer({ min: 1, max: 40 }), (tickets, size) => {
        const text = JSON.stringify({ before: '"tickets": [', tickets, after: [1, 2] }, null, size % 2 ? 2 : 0);
        const values = split(text, size).items.map((item) => ('value' in item ? item.value : item));
        expect(values).toEqual(JSON.parse(JSON.stringify(tickets)));
      }),
      { numRuns: 150 },
    );
  });

  it('reports a malformed element and goes on with the next', () => {
    const text = '{"tickets": [\n{"id": 1},\n{"id": 2, oops},\n{"id": 3}\n]}';
    const { items, end } = split(text, 5);
    expect(end).toBeNull();
    expect(items.map((item) => ('value' in item ? item.value : { line: item.line, index: item.index, error: item.error.slice(0, 12) }))).toEqual([
      { id: 1 },
      { line: 3, index: 1, error: 'invalid JSON' },
      { id: 3 },
    ]);
  });

  it('splits a top-level array as tickets, and names a truncated document', () => {
    expect(split('[{"id":1},{"id":2}]', 4).items.map((item) => item.array + item.index)).toEqual(['tickets0', 'tickets1']);
    expect(split('{"tickets": [{"id": 1}, {"id": 2, "comments": [', 8).end).toMatch(/ends before the JSON document does inside \/tickets\/1 \(line 1\)/);
    expect(split('   ', 8).end).toBe('no JSON object or array in the file');
  });
});
