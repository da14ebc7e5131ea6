// The generic reader: on a helpdesk no adapter knows, finds the latest message not written by the
// agent from the shapes every conversation view shares: repeated blocks (one per message), author
// markers on them (classes and attributes saying agent/customer, incoming/outgoing, private note),
// and "X replied" / "X wrote" headers. Private notes and quoted history are skipped.
import { isRendered } from '../dom/roots';
import { squash } from '../dom/text';
import { firstName, messageText } from './message';

/** Words in a class, attribute or label that say an entry is a private note. */
const NOTE_MARK = /(^|[\s_-])(private|internal)([\s_-]|$)|(^|[\s_-])notes?([\s_-]|$)|is-note|private-note|internal-note/i;
// Front, Zoho Desk and HubSpot call their notes comments: "Internal comment", "left an internal comment".
const NOTE_LABEL = /^\s*(private|internal)\s+note\b|\b(added|left) an? (private|internal) (note|comment)\b|\b(private|internal) comment\b|\bnote interne\b|\binterne notiz\b/i;
/** Words that say the agent (or the team) wrote it ("from-agent", "is-agent"… too: a word after a hyphen counts). */
const AGENT_MARK = /(^|[\s_-])(agent|staff|admin|operator|teammate|support|outbound|outgoing|sent|self|mine|me)([\s_-]|$)/i;
/** Words that say the customer wrote it. */
const CUSTOMER_MARK = /(^|[\s_-])(customer|requester|requestor|end-?user|client|contact|visitor|user|inbound|incoming|lead)([\s_-]|$)/i;
/** Attributes helpdesks use to say who wrote an entry. */
const AUTHOR_ATTRIBUTES = ['data-author-role', 'data-author-type', 'data-sender', 'data-sender-type', 'data-from', 'data-direction', 'data-role', 'data-type', 'data-source', 'data-actor', 'data-user-type', 'data-message-type'];
/** A header line naming the author: "Priya Raman replied", "Priya wrote:", "You replied", "Priya Raman reported via email". */
const AUTHOR_HEADER = /^\s*(.{1,80}?)\s+(replied|wrote|responded|reported|commented|said|sent)\b/i;
const YOU = /^(you|me|moi|ich|yo)$/i;

/**
 * Parts of an entry that are not the message: quoted history, signatures, headers, controls.
 * (`[class*="quote"]` covers .quote, .quoted and .gmail_quote; `[class*="signature"]` covers .signature.)
 */
const NOT_THE_MESSAGE = [
  'blockquote, [class*="quote"], [class*="Quote"], [class*="signature"], .gmail_extra',
  'header, time, button, [role="button"], nav, [class*="head"], [class*="meta"], [class*="byline"], [class*="author"], [class*="avatar"], [class*="timestamp"], [class*="actions"], [class*="toolbar"]',
  'script, style, template, [hidden], [aria-hidden="true"]',
].join(', ');
const NOT_A_CONVERSATION = 'nav, header, footer, form, aside, [role="navigation"], [role="banner"], [role="complementary"], [role="search"], [role="menu"], [role="listbox"], select';

export interface ReaderResult {
  message: Element;
  text: string;
  /** The author's first name from the entry's header, when it names one. */
  authorName: string | null;
}

export type Author = 'customer' | 'agent' | 'note' | 'unknown';
/** A site's own knowledge of an entry's author; null leaves it to the generic marks. */
export type Classify = (entry: Element) => Author | null;

/** The words that describe an element: its classes and author attributes (not its text). */
function marks(element: Element): string {
  const values = [element.getAttribute('class') ?? '', ...AUTHOR_ATTRIBUTES.map((name) => element.getAttribute(name) ?? '')];
  return values.join(' ');
}

/** The element that names an entry's author: a header by name, else the line that starts with a bold name. */
function headerOf(entry: Element): Element | null {
  const header = entry.querySelector('header, [class*="head"], [class*="meta"], [class*="byline"], h3, h4');
  if (header) return header;
  // No header by name (generated class names): the line that starts with the author's name in bold,
  // so "Marta Lindqvist replied" is read whole, not only "Marta Lindqvist".
  const name = entry.querySelector('[class*="author"], strong, b');
  const line = name?.parentElement;
  return line && line !== entry && line.firstElementChild === name && !line.matches('p, blockquote, li') ? line : name;
}

function headerText(entry: Element): string {
  return squash(headerOf(entry)?.textContent ?? entry.textContent ?? '').slice(0, 200);
}

/** Who wrote an entry, from its own marks, its descendants' marks (an author chip) and its header. */
function authorOf(entry: Element, requester: string | null): { author: Author; name: string | null } {
  const own = marks(entry);
  const inner = [...entry.querySelectorAll('[class], [data-author-role], [data-sender], [data-direction], [data-type]')]
    .slice(0, 40)
    .filter((element) => !element.closest('blockquote, [class*="quote"]'))
    .map(marks)
    .join(' ');
  const header = headerText(entry);
  if (NOTE_MARK.test(own) || NOTE_LABEL.test(header) || [...entry.querySelectorAll('[class*="note"], [class*="private"], [class*="internal"]')].some((tag) => NOTE_LABEL.test(tag.textContent ?? ''))) {
    return { author: 'note', name: null };
  }
  const named = AUTHOR_HEADER.exec(header)?.[1]?.replace(/^(from|by)\s+/i, '').trim() ?? null;
  if (named && YOU.test(named)) return { author: 'agent', name: null };
  if (CUSTOMER_MARK.test(own)) return { author: 'customer', name: named };
  if (AGENT_MARK.test(own)) return { author: 'agent', name: named };
  if (requester && named) return { author: sameFirstName(named, requester) ? 'customer' : 'agent', name: named };
  if (CUSTOMER_MARK.test(inner) && !AGENT_MARK.test(inner)) return { author: 'customer', name: named };
  if (AGENT_MARK.test(inner) && !CUSTOMER_MARK.test(inner)) return { author: 'agent', name: named };
  return { author: 'unknown', name: named };
}

function sameFirstName(a: string, b: string): boolean {
  const first = firstName(a);
  return !!first && first.toLowerCase() === firstName(b)?.toLowerCase();
}

/** Tag and classes without state classes: what makes sibling entries "the same kind". */
function shape(element: Element): string {
  const classes = [...element.classList].filter((name) => !/^(is-|has-)|active|selected|hover|focus|expanded|collapsed|unread|new|last|first|odd|even/i.test(name));
  // Author classes differ between entries of one thread (customer vs agent): they are not the shape.
  const kind = classes.filter((name) => !NOTE_MARK.test(name) && !AGENT_MARK.test(name) && !CUSTOMER_MARK.test(name));
  return `${element.localName}.${kind.sort().join('.')}`;
}

/**
 * Groups of repeated sibling blocks with text of their own (at least two of one shape), outside
 * navigation, forms and sidebars, and not holding the reply box. Each group is a candidate thread.
 */
function repeatedGroups(root: Document | ShadowRoot, holders: Set<Node>): Element[][] {
  const groups: Element[][] = [];
  for (const parent of root.querySelectorAll('*')) {
    if (parent.children.length < 2 || parent.closest(NOT_A_CONVERSATION)) continue;
    const byShape = new Map<string, Element[]>();
    for (const child of parent.children) {
      if (/^(script|style|template|br|hr|input|button|select|textarea|img|svg)$/.test(child.localName)) continue;
      const key = shape(child);
      byShape.set(key, [...(byShape.get(key) ?? []), child]);
    }
    for (const list of byShape.values()) {
      const entries = list.filter(
        (entry) => ![...holders].some((holder) => entry.contains(holder)) && (entry.textContent ?? '').trim().length >= 15,
      );
      if (entries.length >= 2) groups.push(entries);
    }
  }
  return groups;
}

/** How many ancestors `a` and `b` share: a thread beside the reply box shares more than a sidebar list. */
function sharedDepth(a: Node, b: Node): number {
  const chain = (node: Node) => {
    const nodes: Node[] = [];
    for (let current: Node | null = node; current; current = current.parentNode) nodes.unshift(current);
    return nodes;
  };
  const left = chain(a);
  const right = chain(b);
  let depth = 0;
  while (depth < left.length && depth < right.length && left[depth] === right[depth]) depth++;
  return depth;
}

/**
 * Oldest first: by `<time datetime>` when every entry has one (a newest-first thread is read from the
 * other end), else as they are.
 */
export function inOrder(entries: Element[]): Element[] {
  const times = entries.map((entry) => Date.parse(entry.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''));
  if (times.every((time) => !Number.isNaN(time))) {
    return entries.map((entry, index) => ({ entry, time: times[index] as number })).sort((a, b) => a.time - b.time).map(({ entry }) => entry);
  }
  return entries;
}

/**
 * The latest entry not written by the agent in the thread nearest the reply box, or null when no
 * group of entries tells authors apart (the coach then asks the agent to choose the text).
 */
export function readLatestCustomer(root: Document | ShadowRoot, replyBox: Element, holders: Set<Node>, requester: string | null): ReaderResult | null {
  const anchor = [...holders].find((holder) => holder.getRootNode() === root) ?? replyBox;
  const groups = repeatedGroups(root, holders)
    .map((entries) => ({ entries, depth: sharedDepth(entries[0]?.parentNode as Node, anchor) }))
    .sort((a, b) => b.depth - a.depth);
  for (const { entries } of groups) {
    const found = readEntries(entries, requester);
    if (found) return found;
  }
  return null;
}

/**
 * The latest customer entry among one thread's `entries` (a site adapter's own entry selector, or a
 * repeated group): `classify` first, then the generic marks. Null when nothing tells authors apart.
 */
export function readEntries(entries: Element[], requester: string | null, classify?: Classify, body?: string): ReaderResult | null {
  const ordered = inOrder(entries.filter((entry) => isRendered(entry)));
  const read = ordered.map((entry) => {
    const generic = authorOf(entry, requester);
    const known = classify?.(entry) ?? null;
    return { entry, author: known ?? generic.author, name: generic.name };
  });
  // A group where nothing says who wrote what is a list, not a thread we can read.
  if (!read.some(({ author }) => author === 'agent' || author === 'customer' || author === 'note')) return null;
  for (let i = read.length - 1; i >= 0; i--) {
    const { entry, author, name } = read[i] as (typeof read)[number];
    if (author === 'note' || author === 'agent') continue;
    // "unknown" counts only in a thread where the agent's entries are marked: then it is not the agent's.
    if (author === 'unknown' && !read.some((other) => other.author === 'agent')) continue;
    const part = (body && entry.querySelector(body)) || entry;
    const text = withoutHeader(messageText(part, NOT_THE_MESSAGE), part === entry ? headerOf(entry) : null);
    if (text) return { message: entry, text, authorName: name };
  }
  return null;
}

/** The message without its header line, when the header is not one NOT_THE_MESSAGE already leaves out. */
function withoutHeader(text: string | null, header: Element | null): string | null {
  const line = header && !header.matches(NOT_THE_MESSAGE) ? squash(header.textContent ?? '') : '';
  if (!text || !line) return text;
  const [first, ...rest] = text.split('\n');
  // The header's time and buttons are already left out of the text: its first line is the rest of the header.
  const start = squash(first ?? '');
  return start && line.startsWith(start) ? rest.join('\n').trim() || null : text;
}
