// JSON Schemas derived from the valibot schema of the phrase library.
import { toJsonSchema } from '@valibot/to-json-schema';
import { LibrarySchema, SCHEMA_VERSION } from '../../src/library/schema';

type JsonSchema = Record<string, unknown>;

export function libraryJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://empathy-coach.dev/schema/phrase-library-${SCHEMA_VERSION}.json`,
    title: 'Empathy Coach phrase library',
    ...toJsonSchema(LibrarySchema, { errorMode: 'throw' }),
  };
}

// Keywords Chrome's policy schema accepts (components/policy/core/common/schema.cc).
const POLICY_KEYWORDS = new Set(['type', 'properties', 'additionalProperties', 'items', 'enum', 'pattern', 'required', 'title', 'description', 'minimum', 'maximum']);

function toPolicySchema(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  if ('const' in schema) {
    out.type = typeof schema.const === 'number' ? 'integer' : typeof schema.const;
    out.enum = [schema.const];
  }
  for (const [key, value] of Object.entries(schema)) {
    // Chrome refuses a boolean additionalProperties; the extension's own validation rejects unknown fields.
    if (!POLICY_KEYWORDS.has(key) || (key === 'additionalProperties' && typeof value === 'boolean')) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([name, child]) => [name, toPolicySchema(child)]));
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = toPolicySchema(value as JsonSchema);
    } else if (key === 'required' && Array.isArray(value) && value.length === 0) {
      continue;
    } else {
      out[key] = value;
    }
  }
  if (out.enum && !out.type) out.type = 'string';
  return out;
}

/** chrome.storage.managed: an administrator sets `teamLibrary` to a phrase library. */
export function managedStorageSchema(): JsonSchema {
  const library = toPolicySchema(libraryJsonSchema());
  return {
    type: 'object',
    properties: {
      teamLibrary: {
        ...library,
        title: 'Team phrase library',
        description:
          `The phrase library every agent gets, read-only in the options page (JSON, schemaVersion ${SCHEMA_VERSION}; see phrase-library.schema.json). Agents can add their own phrases on top.`,
      },
    },
  };
}
