import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { libraryJsonSchema, managedStorageSchema } from '../../support/library-json-schema';
import manifest from '../../../manifest.json';

const committed = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as unknown;

it('the committed JSON Schema is the one generated from the TypeScript schema (run `npm run library:schema`)', () => {
  expect(committed('src/library/phrase-library.schema.json')).toEqual(libraryJsonSchema());
});

it('the managed-storage schema is generated too, and the manifest ships it', () => {
  expect(committed('public/managed-schema.json')).toEqual(managedStorageSchema());
  expect(manifest.storage.managed_schema).toBe('managed-schema.json');
});

it('the managed schema uses only what Chrome’s policy schema accepts (a boolean additionalProperties stops the extension loading)', () => {
  const allowed = new Set(['type', 'properties', 'additionalProperties', 'items', 'enum', 'pattern', 'required', 'title', 'description', 'minimum', 'maximum']);
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      expect(allowed.has(key), key).toBe(true);
      if (key === 'additionalProperties') expect(typeof value).toBe('object');
      if (key === 'properties') Object.values(value as object).forEach(visit);
      if (key === 'items' || key === 'additionalProperties') visit(value);
    }
  };
  visit(managedStorageSchema());
});

it('the JSON Schema says what the validator says: required fields, unknown feelings refused, 500-character phrases', () => {
  const schema = libraryJsonSchema() as { required: string[]; properties: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'acknowledgements', 'avoid', 'rules', 'snippets']));
  expect(schema.properties.acknowledgements.additionalProperties).toBe(false);
  expect(schema.properties.acknowledgements.properties.worried.items.properties.text.maxLength).toBe(500);
});
