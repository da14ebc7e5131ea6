// Zendesk Support tickets with their comments, as the API returns them: a ticket's `comments[]`
// carry `author_id`, `public`, `plain_body` / `body` / `html_body`, `created_at` and `via`; side-loaded
// `users[]` carry `role` ("end-user", "agent", "admin") and `name`.
import { stripQuoted } from './email-text';
import type { BadRecord, ExportItem } from '../model';
import { appendMessage, htmlToText, parseDate } from './text';

type Id = string | number;
interface Person {
  name?: string;
  role?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is Id => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value !== '');

/** The export's users, by id: who is an agent, and what people are called. */
export class Directory {
  private readonly people = new Map<string, Person>();

  get size(): number {
    return this.people.size;
  }

  /** Adds a user record; a message when it is not one. */
  add(user: unknown): string | null {
    if (!isObject(user)) return 'expected a user object';
    if (!isId(user.id)) return 'user without an "id"';
    this.people.set(String(user.id), {
      name: typeof user.name === 'string' && user.name.trim() ? user.name.trim() : undefined,
      role: typeof user.role === 'string' ? user.role : undefined,
    });
    return null;
  }

  get(id: Id | undefined): Person | undefined {
    return id === undefined ? undefined : this.people.get(String(id));
  }
}

function commentText(comment: Record<string, unknown>): string | null {
  for (const field of ['plain_body', 'body'] as const) if (typeof comment[field] === 'string') return comment[field] as string;
  if (typeof comment.html_body === 'string') return htmlToText(comment.html_body);
  return null;
}

/**
 * The public agent replies of one ticket, each with the customer messages it answers.
 * `place` names the ticket ("export.json /tickets/4 (line 120)"); `pointer` is its JSON pointer.
 */
export function ticketReplies(ticket: unknown, where: (pointer: string) => string, pointer: string, users: Directory): ExportItem[] {
  const bad = (at: string, message: string): ExportItem => ({ bad: { place: where(at), message } satisfies BadRecord });
  if (!isObject(ticket)) return [bad(pointer, 'expected a ticket object')];
  if (!isId(ticket.id)) return [bad(pointer, 'ticket without an "id"')];
  if (!Array.isArray(ticket.comments)) {
    return [bad(pointer, `ticket ${ticket.id} has no "comments" array (export tickets with their comments)`)];
  }
  const requester = isId(ticket.requester_id) ? String(ticket.requester_id) : undefined;
  const assignee = isId(ticket.assignee_id) ? String(ticket.assignee_id) : undefined;
  const customerName = users.get(requester)?.name;
  const items: ExportItem[] = [];
  let customerText = '';
  ticket.comments.forEach((comment: unknown, index: number) => {
    const at = `${pointer}/comments/${index}`;
    if (!isObject(comment)) return void items.push(bad(at, 'expected a comment object'));
    if (!isId(comment.author_id)) return void items.push(bad(at, 'comment without an "author_id"'));
    const raw = commentText(comment);
    if (raw === null) return void items.push(bad(at, 'comment without "plain_body", "body" or "html_body"'));
    if (comment.public === false) return; // an internal note: neither a reply nor a customer message
    const author = String(comment.author_id);
    const role = users.get(author)?.role;
    const isAgent = role ? role === 'agent' || role === 'admin' : author === assignee || (author !== requester && requester !== undefined);
    const via = isObject(comment.via) ? comment.via.channel : undefined;
    const text = via === 'email' ? stripQuoted(raw) : raw.trim();
    if (!text) return;
    if (!isAgent) {
      customerText = appendMessage(customerText, text);
      return;
    }
    items.push({
      reply: {
        conversation: String(ticket.id),
        agent: users.get(author)?.name ?? `agent ${author}`,
        customerText,
        customerName: customerName ?? (requester === undefined ? undefined : users.get(requester)?.name),
        draft: text,
        at: parseDate(comment.created_at),
        place: where(at),
      },
    });
    customerText = '';
  });
  return items;
}
