// Our own JSONL: one message per line, {conversation, author: "customer"|"agent", agent?, text, at, name?}.
import type { ExportItem } from '../model';
import { BoundedMap } from './bounded-map';
import { appendMessage, parseDate } from './text';

/** Conversations whose customer message is remembered while waiting for the agent's reply. */
const REMEMBERED = 100_000;

export class ConversationLines {
  private readonly waiting = new BoundedMap<string, { text: string; name?: string }>(REMEMBERED);

  record(value: unknown, place: string): ExportItem[] {
    const bad = (message: string): ExportItem[] => [{ bad: { place, message } }];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('expected a JSON object');
    const record = value as Record<string, unknown>;
    const { conversation, author, text } = record;
    if (typeof conversation !== 'string' && typeof conversation !== 'number') return bad('missing "conversation" (a string or number)');
    if (author !== 'customer' && author !== 'agent') return bad('"author" must be "customer" or "agent"');
    if (typeof text !== 'string') return bad('missing "text" (a string)');
    if (record.agent !== undefined && typeof record.agent !== 'string') return bad('"agent" must be a string');
    if (record.at !== undefined && parseDate(record.at) === null) return bad('"at" is not a date');
    const key = String(conversation);
    const name = typeof record.name === 'string' && record.name.trim() ? record.name.trim() : undefined;
    if (author === 'customer') {
      const waiting = this.waiting.get(key);
      this.waiting.set(key, { text: appendMessage(waiting?.text ?? '', text.trim()), name: name ?? waiting?.name });
      return [];
    }
    const answered = this.waiting.get(key);
    this.waiting.delete(key);
    if (!text.trim()) return [];
    return [
      {
        reply: {
          conversation: key,
          agent: (record.agent as string | undefined)?.trim() || 'unnamed agent',
          customerText: answered?.text ?? '',
          customerName: answered?.name,
          draft: text.trim(),
          at: parseDate(record.at),
          place,
        },
      },
    ];
  }
}
