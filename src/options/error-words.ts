// A library error as the options page shows it: in words first ("Worried, phrase 1: is 612
// characters long; the limit is 500"), then where it is for whoever opens the file (the JSON
// pointer, and the line and column when the error came from a file as written).
import { FEELINGS, type Feeling } from '../analyzer/types';
import { titleOf } from '../analyzer/rules/catalog';
import type { LibraryError } from '../library/validate';
import { FEELING_NAMES } from './library-edit';

export interface ErrorInWords {
  /** "Worried, phrase 1: is 612 characters long; the limit is 500". */
  words: string;
  /** "/acknowledgements/worried/0/text, line 12, column 15"; empty when there is nothing to add. */
  where: string;
}

const TOP: Record<string, string> = {
  schemaVersion: 'Schema version',
  id: 'Library id',
  name: 'Library name',
  version: 'Library version',
  locale: 'Language',
  updatedAt: 'Date updated',
  locked: 'Team lock',
  acknowledgements: 'Feelings',
  avoid: 'Avoid list',
  rules: 'Rules',
  snippets: 'Snippets',
};

const AVOID_FIELDS: Record<string, string> = { id: 'id', phrase: 'phrase', rule: 'rule', message: 'message', alternatives: 'write instead' };
const SNIPPET_FIELDS: Record<string, string> = { id: 'id', title: 'title', text: 'text', tags: 'tags' };
const RULE_FIELDS: Record<string, string> = { enabled: 'on or off', severity: 'level', title: 'title', message: 'message' };

const decode = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const ordinal = (segment: string | undefined) => (segment !== undefined && /^\d+$/.test(segment) ? Number(segment) + 1 : null);

/** The place a pointer names, as the options page names it; stops at the first part it does not know. */
export function placeInWords(pointer: string): string {
  const [top, ...rest] = pointer.split('/').slice(1).map(decode);
  if (!top || !(top in TOP)) return '';
  const parts = [TOP[top]!];
  const [second, third, fourth] = rest;
  if (top === 'acknowledgements') {
    if (!second || !FEELINGS.includes(second as Feeling)) return parts.join(', ');
    parts[0] = FEELING_NAMES[second as Feeling];
    const phrase = ordinal(third);
    if (phrase === null) return parts.join(', ');
    parts.push(`phrase ${phrase}`);
    if (fourth === 'id') parts.push('id');
  } else if (top === 'avoid' || top === 'snippets') {
    const entry = ordinal(second);
    if (entry === null) return parts.join(', ');
    parts[0] = top === 'avoid' ? `Avoid list, entry ${entry}` : `Snippet ${entry}`;
    const field = third ? (top === 'avoid' ? AVOID_FIELDS : SNIPPET_FIELDS)[third] : undefined;
    if (!field) return parts.join(', ');
    const item = ordinal(fourth);
    parts.push(item === null ? field : third === 'tags' ? `tag ${item}` : `alternative ${item}`);
  } else if (top === 'rules' && second) {
    const title = titleOf(second);
    parts.push(title === second ? `“${second}”` : title);
    const field = third ? RULE_FIELDS[third] : undefined;
    if (field) parts.push(field);
  }
  return parts.join(', ');
}

export function errorInWords(error: LibraryError): ErrorInWords {
  const place = error.pointer === '/' ? '' : placeInWords(error.pointer);
  const words = place ? `${place}: ${error.message}` : error.message;
  const line = error.line ? `line ${error.line}, column ${error.column}` : '';
  const where = [error.pointer === '/' ? '' : error.pointer, line].filter(Boolean).join(', ');
  return { words, where };
}
