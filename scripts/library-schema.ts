// Writes the phrase library's JSON Schema (for editors and other tools) and the managed-storage schema
// (chrome.storage.managed policy for a team library), both generated from src/library/schema.ts.
// `npm run library:schema` rewrites them; test/unit/library/json-schema.test.ts fails if they drift.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { libraryJsonSchema, managedStorageSchema } from '../test/support/library-json-schema';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LIBRARY_SCHEMA_FILE = `${root}src/library/phrase-library.schema.json`;
export const MANAGED_SCHEMA_FILE = `${root}public/managed-schema.json`;

writeFileSync(LIBRARY_SCHEMA_FILE, `${JSON.stringify(libraryJsonSchema(), null, 2)}\n`);
writeFileSync(MANAGED_SCHEMA_FILE, `${JSON.stringify(managedStorageSchema(), null, 2)}\n`);
console.log(`wrote ${LIBRARY_SCHEMA_FILE}\nwrote ${MANAGED_SCHEMA_FILE}`);
