// mbox (Gmail through Google Takeout, Thunderbird): messages split on "From " lines, threads rebuilt
// from Message-ID / In-Reply-To / References (or Gmail's X-GM-THRID), agents told by --agents.
import type { ExportItem } from '../model';
import type { AgentMatcher } from './agents';
import { BoundedMap } from './bounded-map';
import { quotedText, stripQuoted } from './email-text';
import { bodyText, messageIds, parseAddress, parseHeaders } from './mime';
import { appendMessage, parseDate } from './text';

/** Lines kept of one message: a long base64 attachment past this is not needed to read the text. */
const MAX_MESSAGE_LINES = 50_000;
/** Messages and conversations remembered for threading (an mbox is mostly in date order). */
const REMEMBERED = 50_000;

interface Known {
  conversation: string;
  customer?: { text: string; name: string };
}

export class MboxThreads {
  private readonly messages = new BoundedMap<string, Known>(REMEMBERED);
  private readonly waiting = new BoundedMap<string, { text: string; name: string }>(REMEMBERED);
  private count = 0;

  /** Messages read so far. */
  get seen(): number {
    return this.count;
  }

  constructor(
    private readonly file: string,
    private readonly isAgent: AgentMatcher,
  ) {}

  /** One message's lines (without its "From " line); `line` is where the message starts. */
  message(lines: string[], line: number): ExportItem[] {
    this.count++;
    const place = `${this.file}:${line}`;
    const { headers, body } = parseHeaders(lines);
    const from = parseAddress(headers.get('from'));
    if (!from.email.includes('@')) return [{ bad: { place, message: `message ${this.count} has no From: address` } }];
    const id = messageIds(headers.get('message-id'))[0] ?? `${this.file}#${this.count}`;
    const parent = messageIds(headers.get('in-reply-to')).at(-1);
    const references = messageIds(headers.get('references'));
    const known = (key: string | undefined) => (key ? this.messages.get(key) : undefined);
    const conversation =
      headers.get('x-gm-thrid') ?? known(parent)?.conversation ?? known(references[0])?.conversation ?? references[0] ?? parent ?? id;
    const full = bodyText(lines.slice(body), headers).replace(/\r\n?/g, '\n');
    const text = stripQuoted(full);
    const at = parseDate(headers.get('date'));
    if (!this.isAgent(from.email)) {
      const name = from.name || from.email.split('@')[0]!;
      const waiting = this.waiting.get(conversation);
      this.waiting.set(conversation, { text: appendMessage(waiting?.text ?? '', text), name });
      this.messages.set(id, { conversation, customer: { text, name } });
      return [];
    }
    this.messages.set(id, { conversation });
    if (!text) return [];
    const answered = this.waiting.get(conversation) ?? known(parent)?.customer ?? this.fromQuote(full);
    this.waiting.delete(conversation);
    return [
      {
        reply: {
          conversation,
          agent: from.name || from.email,
          customerText: answered?.text ?? '',
          customerName: answered?.name || undefined,
          draft: text,
          at,
          place,
        },
      },
    ];
  }

  /** The customer's message as the reply quotes it, when the message itself is not in the mbox. */
  private fromQuote(full: string): { text: string; name: string } | undefined {
    const text = quotedText(full);
    if (!text) return undefined;
    const attribution = full.match(/(?:,|^On)\s*([^,<\n]+?)\s*(?:<[^>\n]+>)?\s*wrote:\s*$/m) ?? full.match(/^\s*\*?From:\*?\s*([^<\n]+?)\s*(?:<|\[|$)/m);
    return { text, name: attribution?.[1]?.replace(/^"|"$/g, '').trim() ?? '' };
  }
}

/** Feeds mbox lines; calls `emit` with each whole message. */
export class MboxSplitter {
  private lines: string[] = [];
  private start = 0;
  private previousBlank = true;
  private lineNumber = 0;

  constructor(private readonly emit: (lines: string[], line: number) => void) {}

  line(text: string): void {
    this.lineNumber++;
    if (this.previousBlank && text.startsWith('From ')) {
      this.flush();
      this.start = this.lineNumber;
      this.previousBlank = false;
      return;
    }
    this.previousBlank = text === '' || text === '\r';
    if (this.start === 0) return; // text before the first "From " line is not a message
    // mboxrd escapes body lines that start with "From " as ">From "; undo one level.
    if (this.lines.length < MAX_MESSAGE_LINES) this.lines.push(/^>+From /.test(text) ? text.slice(1) : text);
  }

  flush(): void {
    if (this.start && this.lines.length) this.emit(this.lines, this.start);
    this.lines = [];
  }
}
