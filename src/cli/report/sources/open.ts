// Opens an export: tells its format (Zendesk JSON or JSON Lines, mbox, our JSONL) and reads it as a
// stream of replies and bad records.
import { basename } from 'node:path';
import type { ExportItem, ExportReader } from '../model';
import type { AgentMatcher } from './agents';
import { lines, openBytes, type ByteSource } from './chunks';
import { ConversationLines } from './conversations';
import { JsonArraySplitter } from './json-splitter';
import { MboxSplitter, MboxThreads } from './mbox';
import { Directory, ticketReplies } from './zendesk';

export const INPUT_FORMATS = ['zendesk', 'zendesk-jsonl', 'mbox', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface OpenOptions {
  format?: InputFormat;
  agents?: AgentMatcher;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The format of an export from its first bytes (and its name); null when it is none we read. */
export function detectFormat(head: Buffer, file = ''): InputFormat | null {
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (!trimmed) return null;
  if (/^From /.test(text) || /\.(mbox|mbx)$/i.test(file)) return 'mbox';
  if (trimmed[0] === '[') return 'zendesk';
  if (trimmed[0] !== '{') return null;
  const firstLine = trimmed.split('\n', 1)[0]!;
  let first: unknown;
  try {
    first = JSON.parse(firstLine);
  } catch {
    return /\.(jsonl|ndjson)$/i.test(file) ? 'zendesk-jsonl' : 'zendesk';
  }
  if (isObject(first) && 'conversation' in first && 'author' in first) return 'jsonl';
  return 'zendesk-jsonl';
}

export class ExportError extends Error {}

export async function openExport(file: string | undefined, options: OpenOptions = {}): Promise<ExportReader> {
  const name = file ? basename(file) : 'stdin';
  const bytes = await openBytes(file);
  if (!bytes.head.toString('utf8').trim()) {
    return { format: options.format ?? 'empty', items: async function* () {}, progress: () => ({ read: bytes.read(), total: bytes.total }) };
  }
  const format = options.format ?? detectFormat(bytes.head, file);
  if (!format) throw new ExportError(`${name}: not an export this command reads (Zendesk JSON or JSON Lines, mbox, or JSONL of {conversation, author, text, at})`);
  if (format === 'mbox' && !options.agents) throw new ExportError('an mbox needs --agents (the agents\' addresses or domain, e.g. --agents @acme.com) to tell agents from customers');
  const progress = () => ({ read: bytes.read(), total: bytes.total });
  const items = () => {
    switch (format) {
      case 'zendesk':
        return zendeskDocument(file, name, bytes);
      case 'zendesk-jsonl':
        return zendeskLines(file, name, bytes);
      case 'mbox':
        return mbox(name, bytes, options.agents!);
      case 'jsonl':
        return conversationLines(name, bytes);
    }
  };
  return { format, items, progress };
}

/** Users first: read the `users` array ahead of the tickets (stops as soon as it ends). */
async function preloadUsers(file: string, users: Directory, split: (chunk: Buffer) => unknown[] | 'stop'): Promise<void> {
  const bytes = await openBytes(file);
  for await (const chunk of bytes.chunks()) {
    const values = split(chunk);
    if (values === 'stop') break;
    for (const value of values) users.add(value);
  }
}

async function* zendeskDocument(file: string | undefined, name: string, bytes: ByteSource): AsyncGenerator<ExportItem> {
  const users = new Directory();
  if (file) {
    const pre = new JsonArraySplitter({ arrays: new Set(['users']) });
    await preloadUsers(file, users, (chunk) => {
      const values = pre.push(chunk).flatMap((item) => ('value' in item ? [item.value] : []));
      if (pre.finished.has('users')) {
        for (const value of values) users.add(value);
        return 'stop';
      }
      return values;
    });
  }
  const splitter = new JsonArraySplitter({ arrays: new Set(['tickets', 'users']) });
  let tickets = 0;
  for await (const chunk of bytes.chunks()) {
    for (const item of splitter.push(chunk)) {
      const pointer = `/${item.array}/${item.index}`;
      const where = (at: string) => `${name} ${at} (${at === pointer ? '' : `${item.array.replace(/s$/, '')} on `}line ${item.line})`;
      if ('error' in item) {
        yield { bad: { place: where(pointer), message: item.error } };
      } else if (item.array === 'users') {
        const problem = users.add(item.value);
        if (problem) yield { bad: { place: where(pointer), message: problem } };
      } else {
        tickets++;
        yield* ticketReplies(item.value, where, pointer, users);
      }
    }
  }
  const problem = splitter.end();
  if (problem) yield { bad: { place: name, message: problem } };
  else if (!tickets && !splitter.finished.has('tickets')) {
    const keys = splitter.keys.length ? ` (its keys: ${splitter.keys.slice(0, 8).join(', ')})` : '';
    yield { bad: { place: name, message: `no "tickets" array in this JSON document${keys}` } };
  }
}

function zendeskRecord(value: unknown, where: (pointer: string) => string, users: Directory): ExportItem[] {
  const bad = (pointer: string, message: string): ExportItem => ({ bad: { place: where(pointer), message } });
  if (!isObject(value)) return [bad('', 'expected a JSON object')];
  const items: ExportItem[] = [];
  const addUser = (user: unknown, pointer: string) => {
    const problem = users.add(user);
    if (problem) items.push(bad(pointer, problem));
  };
  if (Array.isArray(value.users)) value.users.forEach((user, index) => addUser(user, `/users/${index}`));
  if (isObject(value.user)) addUser(value.user, '/user');
  if (Array.isArray(value.tickets)) value.tickets.forEach((ticket, index) => items.push(...ticketReplies(ticket, where, `/tickets/${index}`, users)));
  else if (isObject(value.ticket)) items.push(...ticketReplies(value.ticket, where, '/ticket', users));
  else if ('comments' in value) items.push(...ticketReplies(value, where, '', users));
  else if (typeof value.role === 'string') addUser(value, '');
  else if (!Array.isArray(value.users) && !isObject(value.user)) items.push(bad('', 'expected a Zendesk ticket with "comments", a user, or a page of "tickets"'));
  return items;
}

async function* zendeskLines(file: string | undefined, name: string, bytes: ByteSource): AsyncGenerator<ExportItem> {
  const users = new Directory();
  if (file) {
    // Users may come on any line; lines that can hold one are read ahead of the tickets.
    const pre = await openBytes(file);
    for await (const { text } of lines(pre.chunks())) {
      if (!text.includes('"role"')) continue;
      try {
        zendeskRecord(JSON.parse(text), () => '', users);
      } catch {
        // reported in the main pass
      }
    }
  }
  for await (const { text, line } of lines(bytes.chunks())) {
    if (!text.trim()) continue;
    const where = (pointer: string) => `${name}:${line}${pointer ? ` ${pointer}` : ''}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { bad: { place: where(''), message: `invalid JSON (${(error as Error).message})` } };
      continue;
    }
    yield* zendeskRecord(value, where, users);
  }
}

async function* conversationLines(name: string, bytes: ByteSource): AsyncGenerator<ExportItem> {
  const conversations = new ConversationLines();
  for await (const { text, line } of lines(bytes.chunks())) {
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { bad: { place: `${name}:${line}`, message: `invalid JSON (${(error as Error).message})` } };
      continue;
    }
    yield* conversations.record(value, `${name}:${line}`);
  }
}

async function* mbox(name: string, bytes: ByteSource, agents: AgentMatcher): AsyncGenerator<ExportItem> {
  const threads = new MboxThreads(name, agents);
  let out: ExportItem[] = [];
  const splitter = new MboxSplitter((messageLines, line) => out.push(...threads.message(messageLines, line)));
  for await (const { text } of lines(bytes.chunks())) {
    splitter.line(text);
    if (out.length) {
      yield* out;
      out = [];
    }
  }
  splitter.flush();
  yield* out;
  if (!threads.seen) yield { bad: { place: name, message: 'no messages in this mbox (each starts with a "From " line)' } };
}
