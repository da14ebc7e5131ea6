// A made-up Zendesk export (tickets with comments, users first), as the Support API returns them:
// for the report benchmark (`npm run bench`), the 1 GB memory check and the report screenshot.
// Deterministic for a seed; written in pieces so a file of any size takes little memory.
import { closeSync, openSync, writeSync } from 'node:fs';

const AGENTS = [
  { id: 501, name: 'Sam Lee', care: 0.9 },
  { id: 502, name: 'Alex Kim', care: 0.45 },
  { id: 503, name: 'Maria Gonzalez', care: 0.75 },
  { id: 504, name: 'Dev Patel', care: 0.6 },
  { id: 505, name: 'Jordan Blake', care: 0.3 },
  { id: 506, name: 'Aiko Tanaka', care: 0.85 },
];
const FIRST = ['Priya', 'Tom', 'Lena', 'Marcus', 'Chen', 'Fatima', 'Oliver', 'Sofia', 'Kwame', 'Ines', 'Ravi', 'Hannah'];
const LAST = ['Raman', 'Okafor', 'Schmidt', 'Brown', 'Wei', 'Haddad', 'Wright', 'Rossi', 'Mensah', 'Costa', 'Nair', 'Kowalski'];
const TOPICS = ['my refund', 'order #48213', 'the double charge', 'my account login', 'the delivery', 'my subscription', 'the invoice', 'the replacement part'];
const CUSTOMER = [
  (t: string) => `This is the third time I'm writing about ${t}. Nobody has answered and I'm losing patience!`,
  (t: string) => `I was promised a call back about ${t} yesterday and it never happened. Really disappointing.`,
  (t: string) => `I'm really worried about ${t}, my rent is due on Friday and I can't afford another charge.`,
  (t: string) => `Honestly I don't understand which of your two answers about ${t} is right. What am I supposed to do?`,
  (t: string) => `What a joke. ${t} is still broken after two weeks. If this isn't sorted today I'm cancelling.`,
  (t: string) => `Hi, quick question about ${t}: can you tell me when it will be ready? Thanks.`,
  (t: string) => `Thank you so much for sorting out ${t} so quickly, you made my day!`,
  (t: string) => `I've been waiting nine days for ${t}. Can someone please give me an actual date?`,
];
const ACK = [
  "I'm sorry you've had to chase us about this, that's really frustrating.",
  'I understand how worrying this must be with your rent due.',
  "I can see why you're confused, our two answers contradicted each other.",
  "You're right to be disappointed, we didn't call back as promised.",
];
const ACTION = [
  "I've refunded the duplicate payment to your card.",
  "I've reset your login and sent a new link to your email.",
  "I've asked the warehouse to ship the replacement part today.",
  "I've corrected the invoice and attached the new copy.",
];
const FOLLOW = ["You'll see it on your statement within 3 business days.", "I'll email you on Thursday to confirm it arrived.", "I'll check back with you tomorrow morning."];
const FLAWS = [
  "I'm sorry, but that's our policy.",
  'As I already explained, you should have checked the FAQ first.',
  'We value your business and apologize for any inconvenience this may have caused.',
  "Just restart the app, it's not a big deal.",
  'Unfortunately the system does not allow this.',
  'PLEASE read the instructions before writing again!!',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export interface GenerateOptions {
  /** Stop after this many agent replies (2 per ticket)… */
  replies?: number;
  /** …or once the file holds this many bytes. */
  bytes?: number;
  /** Spread over this many weeks, ending 2024-06-24. */
  weeks?: number;
  seed?: number;
}

/** Writes the export; returns the replies and bytes written. */
export function generateZendeskExport(file: string, options: GenerateOptions): { replies: number; bytes: number; tickets: number } {
  const random = seeded(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weeks = options.weeks ?? 12;
  const end = Date.UTC(2024, 5, 24);
  const fd = openSync(file, 'w');
  let buffer = '';
  let bytes = 0;
  const write = (text: string, force = false) => {
    buffer += text;
    if (buffer.length > 1 << 20 || force) {
      bytes += writeSync(fd, buffer);
      buffer = '';
    }
  };
  const customers = FIRST.flatMap((first, i) => LAST.map((last, j) => ({ id: 10_000 + i * 100 + j, name: `${first} ${last}`, first })));
  const users = [
    ...AGENTS.map((agent) => ({ id: agent.id, name: agent.name, email: `${agent.name.split(' ')[0]!.toLowerCase()}@acme.example`, role: 'agent' })),
    ...customers.map((customer) => ({ id: customer.id, name: customer.name, email: `${customer.name.replace(' ', '.').toLowerCase()}@example.com`, role: 'end-user' })),
  ];
  write(`{"users":[\n${users.map((user) => JSON.stringify(user)).join(',\n')}\n],\n"tickets":[\n`);
  let replies = 0;
  let tickets = 0;
  let commentId = 1;
  const comment = (author: number, text: string, at: number, isPublic = true) => {
    const html = `<div class="zd-comment" dir="auto"><p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n\n/g, '</p><p>').replace(/\n/g, '<br>')}</p></div>`;
    return {
      id: commentId++,
      type: 'Comment',
      author_id: author,
      body: text,
      html_body: html,
      plain_body: text,
      public: isPublic,
      attachments: [],
      audit_id: commentId * 7,
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      created_at: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      metadata: { system: { client: 'Mozilla/5.0', ip_address: '198.51.100.7', location: 'Lisbon, Portugal' }, custom: {} },
    };
  };
  const reply = (agent: (typeof AGENTS)[number], first: string) => {
    const parts: string[] = [];
    if (random() < agent.care + 0.1) parts.push(`Hi ${first},`);
    else parts.push('Hello,');
    const body: string[] = [];
    if (random() < agent.care) body.push(pick(ACK));
    if (random() < 0.3 + agent.care / 2) body.push(pick(ACTION));
    if (random() < 1 - agent.care) body.push(pick(FLAWS));
    if (random() < agent.care) body.push(pick(FOLLOW));
    if (!body.length) body.push('Thanks for reaching out.');
    body.push(`Your case number is ${30_000 + tickets}-${Math.floor(random() * 1000)}.`);
    parts.push(body.join(' '));
    parts.push(`Best,\n${agent.name.split(' ')[0]}`);
    return parts.join('\n\n');
  };
  for (;;) {
    if (options.replies !== undefined && replies >= options.replies) break;
    if (options.bytes !== undefined && bytes + buffer.length >= options.bytes) break;
    if (options.replies === undefined && options.bytes === undefined) break;
    const customer = pick(customers);
    const agent = pick(AGENTS);
    const topic = pick(TOPICS);
    let at = end - random() * weeks * 7 * 86_400_000;
    const ref = `(ticket ${30_000 + tickets}, ${new Date(at).toUTCString().slice(0, 16)})`;
    const comments = [comment(customer.id, `${pick(CUSTOMER)(topic)} ${ref}`, at)];
    if (random() < 0.2) comments.push(comment(agent.id, `Internal note: checked ${topic} in the billing tool.`, (at += 600_000), false));
    comments.push(comment(agent.id, reply(agent, customer.first), (at += 3_600_000)));
    comments.push(comment(customer.id, `${pick(CUSTOMER)(topic)} ${ref}`, (at += 86_400_000)));
    comments.push(comment(agent.id, reply(agent, customer.first), at + 3_600_000));
    replies += 2;
    const ticket = {
      url: `https://acme.zendesk.com/api/v2/tickets/${30_000 + tickets}.json`,
      id: 30_000 + tickets,
      created_at: comments[0]!.created_at,
      subject: `About ${topic}`,
      status: 'solved',
      requester_id: customer.id,
      submitter_id: customer.id,
      assignee_id: agent.id,
      tags: ['billing'],
      comments,
    };
    write(`${tickets ? ',\n' : ''}${JSON.stringify(ticket)}`);
    tickets++;
  }
  write('\n],\n"end_of_stream":true}\n', true);
  closeSync(fd);
  return { replies, bytes, tickets };
}
