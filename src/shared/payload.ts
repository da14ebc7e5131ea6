// The content script's one payload schema, without a schema library: its protocol's messages carry
// nothing, and valibot (the worker's schemas, ./protocol-schemas.ts) would be about 1 KB gzipped of
// the content script's 30 KB budget. It answers exactly as valibot's `v.strictObject({})` does
// (same output, same messages; test/unit/platform/protocol.test.ts compares the two).
import type { PayloadResult, PayloadSchema } from './protocol';

/** How valibot names a value it did not expect in a message ("5", "\"hi\"", "null", "Array"). */
function received(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `"${value as string}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return `${value as number}`;
  if (type === 'object' || type === 'function') return (value && Object.getPrototypeOf(value)?.constructor?.name) ?? 'null';
  return type;
}

/** `{}` and nothing else: the output is a new empty object. */
export const EMPTY_PAYLOAD: PayloadSchema = {
  '~standard': {
    validate(value): PayloadResult {
      if (!value || typeof value !== 'object') return { issues: [{ message: `Invalid type: Expected Object but received ${received(value)}` }] };
      for (const key in value) return { issues: [{ message: `Invalid key: Expected never but received "${key}"` }] };
      return { value: {} };
    },
  },
};
