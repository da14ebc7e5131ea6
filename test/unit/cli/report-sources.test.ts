// The export readers on small fixtures written for the project (test/data/exports): Zendesk JSON and
// JSON Lines, an mbox with replies from several mail clients, and our own JSONL.
import { describe, expect, it } from 'vitest';
import type { ExportItem } from '../../../src/cli/report/model';
import { agentMatcher } from '../../../src/cli/report/sources/agents';
import { detectFormat, openExport } from '../../../src/cli/report/sources/open';

const DIR = 'test/data/exports';

async function read(file: string, agents?: string) {
  const reader = await openExport(`${DIR}/${file}`, { agents: agents ? agentMatcher(agents) : undefined });
  const items: ExportItem[] = [];
  for await (const item of reader.items()) items.push(item);
  const replies = items.flatMap((item) => ('reply' in item ? [item.reply] : []));
  const bad = items.flatMap((item) => ('bad' in item ? [item.bad] : []));
  return { format: reader.format, replies, bad };
}

describe('Zendesk JSON document', () => {
  it('pairs each public agent comment with the customer comments before it, by user role', async () => {
    const { format, replies, bad } = await read('zendesk.json');
    expect(format).toBe('zendesk');
    expect(replies.map((reply) => [reply.conversation, reply.agent, reply.customerName])).toEqual([
      ['20417', 'Sam Lee', 'Priya Raman'],
      ['20418', 'Alex Kim', 'Tom Okafor'],
      ['20418', 'Alex Kim', 'Tom Okafor'],
    ]);
    // The internal note (public: false) is neither a reply nor part of the customer's message.
    expect(replies[0]!.customerText).toMatch(/^I was charged twice/);
    expect(replies.some((reply) => reply.draft.includes('Internal:'))).toBe(false);
    // An email comment loses its quoted history; html_body is read as text when it is all there is.
    expect(replies[1]!.customerText).toBe("Nine days and still no refund. Nobody answers. I'm done with you people.");
    expect(replies[2]!.draft).toBe('Glad to hear it, Tom! Enjoy your weekend.');
    expect(replies[2]!.customerText).toBe('Thank you, it finally arrived.');
    expect(replies[0]!.at).toBe(Date.parse('2024-06-03T10:02:00Z'));
    expect(bad).toEqual([{ place: 'zendesk.json /tickets/1/comments/2 (ticket on line 30)', message: 'comment without an "author_id"' }]);
  });
});

describe('Zendesk JSON Lines', () => {
  it('reads tickets, {ticket} lines and users given after the tickets; reports bad lines by number', async () => {
    const { format, replies, bad } = await read('zendesk.jsonl');
    expect(format).toBe('zendesk-jsonl');
    expect(replies.map((reply) => [reply.agent, reply.customerName, reply.place])).toEqual([
      ['Rosa Diaz', 'Lena Schmidt', 'zendesk.jsonl:1 /comments/1'],
      ['Ken Ito', 'Daniel Mensah', 'zendesk.jsonl:2 /ticket/comments/1'],
    ]);
    expect(bad.map((record) => record.place)).toEqual(['zendesk.jsonl:3', 'zendesk.jsonl:4']);
    expect(bad[0]!.message).toContain('no "comments" array');
    expect(bad[1]!.message).toMatch(/^invalid JSON/);
  });
});

describe('mbox', () => {
  it('rebuilds threads, strips quotes and signatures of Gmail, Outlook, Apple Mail and Thunderbird replies', async () => {
    const { format, replies, bad } = await read('support.mbox', '@acme.example');
    expect(format).toBe('mbox');
    expect(replies).toHaveLength(4);
    const [gmail, outlook, apple, thunderbird] = replies;
    // Gmail: quoted-printable, multipart/alternative (text/plain wins), "-- " signature, wrapped "On … wrote:".
    expect(gmail!.agent).toBe('Sam Lee');
    expect(gmail!.draft).toBe(
      "Hi Priya,\n\nI understand how worrying a double charge is with rent due. I've refunded the duplicate payment today and I'll email you on Wednesday to confirm it arrived.\n\nBest,\nSam",
    );
    expect(gmail!.customerText).toContain("I'm really worried — please help.");
    expect(gmail!.customerName).toBe('Priya Raman');
    // Outlook on both sides: the customer's "Sent from my iPhone" and the From/Sent block are gone.
    expect(outlook!.conversation).toBe(gmail!.conversation);
    expect(outlook!.customerText).toBe("It still isn't there and nobody told me why. This is ridiculous.");
    expect(outlook!.draft).toBe("I'm sorry, but refunds take 5-10 business days and that's our policy.");
    // Apple Mail: the customer's message is not in the mbox, so it is taken from the reply's quote.
    expect(apple!.draft).not.toMatch(/iPad|wrote:|third time/);
    expect(apple!.customerText).toBe("This is the third time I'm asking you to cancel my plan. Do it now!");
    expect(apple!.customerName).toBe('Tom Okafor');
    // Thunderbird: "On 12/06/2024 11:00, … wrote:" and "> " lines.
    expect(thunderbird!.draft).toBe("Hello,\n\nThe new one. Please send us the new address and we'll reissue the invoice.\n\nKind regards\nAlex");
    expect(thunderbird!.customerText).toMatch(/^I'm confused/);
    expect(bad).toEqual([{ place: 'support.mbox:141', message: 'message 8 has no From: address' }]);
  });

  it('needs --agents', async () => {
    await expect(openExport(`${DIR}/support.mbox`)).rejects.toThrow('--agents');
  });

  it('tells agents by address or domain', () => {
    const isAgent = agentMatcher('lead@partner.example, acme.example');
    expect(isAgent('sam@acme.example')).toBe(true);
    expect(isAgent('sam@eu.acme.example')).toBe(true);
    expect(isAgent('lead@partner.example')).toBe(true);
    expect(isAgent('other@partner.example')).toBe(false);
    expect(isAgent('priya@notacme.example')).toBe(false);
  });
});

describe('our JSONL', () => {
  it('joins consecutive customer messages, keeps agents apart, reports bad lines', async () => {
    const { format, replies, bad } = await read('conversations.jsonl');
    expect(format).toBe('jsonl');
    expect(replies.map((reply) => [reply.conversation, reply.agent, reply.customerName])).toEqual([
      ['c-1', 'Nina', 'Marcus Brown'],
      ['c-2', 'Omar', 'Ines Costa'],
    ]);
    expect(replies[0]!.customerText).toBe("My parcel was due last week and the tracking hasn't moved in 9 days. Where is it?\n\nHello?? Anyone there?");
    expect(bad).toEqual([
      { place: 'conversations.jsonl:6', message: '"author" must be "customer" or "agent"' },
      { place: 'conversations.jsonl:7', message: '"at" is not a date' },
    ]);
  });
});

describe('format detection', () => {
  it('tells the formats apart from their first bytes', () => {
    expect(detectFormat(Buffer.from('From MAILER-DAEMON Mon Jun  3\n'))).toBe('mbox');
    expect(detectFormat(Buffer.from('[{"id":1}]'))).toBe('zendesk');
    expect(detectFormat(Buffer.from('{\n  "tickets": []\n}'))).toBe('zendesk');
    expect(detectFormat(Buffer.from('{"conversation":"a","author":"agent","text":"x"}\n'))).toBe('jsonl');
    expect(detectFormat(Buffer.from('{"id":1,"comments":[]}\n{"id":2}\n'))).toBe('zendesk-jsonl');
    expect(detectFormat(Buffer.from('\u0089PNG\r\n'))).toBeNull();
  });
});
