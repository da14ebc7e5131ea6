// The content script's one payload schema, without a schema library: its protocol's messages carry
// nothing, and valibot (the worker's schemas, ./protocol-schemas.ts) would be about 1 KB gzipped of
// the content script's 30 KB budget. It answers exactly as valibot's `v.strictObject({})` does
// (same output, same messages; test/unit/platform/protocol.test.ts compares the two).

/**
 * A payload's schema: a Standard Schema (https://standardschema.dev), as every valibot schema is, so
 * handleMessages needs no schema library of its own (the content script's schemas are
 * here; the worker's, in valibot, in ./protocol-schemas.ts).
 */
export interface PayloadSchema {
  readonly '~standard': { readonly validate: (value: unknown) => PayloadResult | Promise<PayloadResult> };
}
export type PayloadResult = { readonly value: unknown; readonly issues?: undefined } | { readonly issues: readonly { readonly message: string }[] };


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
