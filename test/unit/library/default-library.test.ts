// The default phrase library: valid against the schema, big enough to coach with, and consistent with
// the built-in rules (no avoid phrase fires on a good reply; each fires alone on its own words).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { reviewDraftStrict as reviewDraft } from '../../../src/analyzer/review';
import { fillPlaceholders } from '../../../src/analyzer/text/compose';
import { NEGATIVE_FEELINGS, type Finding } from '../../../src/analyzer/types';
import { DEFAULT_LIBRARY } from '../../../src/library/default-library';
import { LibrarySchema, MAX_PHRASE_LENGTH } from '../../../src/library/schema';

const { acknowledgements, avoid, snippets } = DEFAULT_LIBRARY;
const avoidMessages = new Set(avoid.map((a) => a.message));

/** Findings that come from the library's avoid list (custom, or a built-in rule carrying an entry's message). */
const avoidFindings = (findings: Finding[]) => findings.filter((f) => f.rule === 'custom' || avoidMessages.has(f.message));

const placeholders = (text: string) => [...text.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]);

describe('default library: shape', () => {
  it('passes the library schema', () => {
    const result = v.safeParse(LibrarySchema, DEFAULT_LIBRARY);
    expect(result.success, JSON.stringify(result.issues?.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`))).toBe(true);
  });

  it('has ≥ 6 acknowledgements per negative feeling and ≥ 3 for grateful and neutral', () => {
    for (const f of NEGATIVE_FEELINGS) expect(acknowledgements[f]?.length ?? 0, f).toBeGreaterThanOrEqual(6);
    for (const f of ['grateful', 'neutral'] as const) expect(acknowledgements[f]?.length ?? 0, f).toBeGreaterThanOrEqual(3);
  });

  it('has ≥ 25 avoid entries, each with a message and an alternative or a message saying what to do', () => {
    expect(avoid.length).toBeGreaterThanOrEqual(25);
    for (const a of avoid) {
      expect(a.message.trim().length, a.id).toBeGreaterThan(10);
      expect(a.alternatives.length > 0 || /:/.test(a.message), a.id).toBe(true);
      for (const alt of a.alternatives) expect(placeholders(alt).every((p) => p === '{name}'), `${a.id}: ${alt}`).toBe(true);
    }
  });

  it('has ≥ 12 snippets of at most 500 characters, with tags', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(12);
    for (const s of snippets) {
      expect(s.text.length, s.id).toBeLessThanOrEqual(MAX_PHRASE_LENGTH);
      expect(s.tags.length, s.id).toBeGreaterThan(0);
    }
  });

  it('covers the coaching principles with its snippet tags', () => {
    const tags = new Set(snippets.flatMap((s) => s.tags));
    for (const t of ['next-step', 'follow-up', 'ownership', 'transparency', 'anticipate', 'closing', 'escalation']) expect(tags, t).toContain(t);
  });

  it('keeps ids unique within each list', () => {
    const lists: Record<string, string[]> = {
      ...Object.fromEntries(Object.entries(acknowledgements).map(([f, list]) => [f, (list ?? []).map((e) => e.id)])),
      avoid: avoid.map((a) => a.id),
      snippets: snippets.map((s) => s.id),
    };
    for (const [name, ids] of Object.entries(lists)) expect(new Set(ids).size, name).toBe(ids.length);
    const phrases = avoid.map((a) => a.phrase.toLowerCase());
    expect(new Set(phrases).size, 'avoid phrases').toBe(phrases.length);
  });

  it('uses only the {name}, {issue} and {agent} placeholders in snippets', () => {
    for (const s of snippets) {
      for (const p of placeholders(s.text)) expect(['{name}', '{issue}', '{agent}'], `${s.id}: ${p}`).toContain(p);
      expect(placeholders(s.title), s.id).toEqual([]);
    }
  });
});

// Realistic, excellent replies: they name the feeling, use the name, say what happens next and when.
const GOOD_REPLIES: { customer: string; name: string; draft: string }[] = [
  {
    name: 'Priya Raman',
    customer: "This is the third time I'm asking and I still have no refund for order 4411!! What is going on?",
    draft:
      "Hi Priya,\n\nI'm sorry you've had to chase us three times; that sounds really frustrating, and you shouldn't have had to. I've checked order 4411 and issued the refund of $48.20 to your Visa ending 0192 this morning. Banks usually take 3–5 business days to show it, so it should appear by Friday. I'll check back with you on Friday to make sure it has arrived.\n\nBest,\nSam",
  },
  {
    name: 'Marcus Lee',
    customer: 'I was charged twice for my subscription this month. Can you explain why?',
    draft:
      "Hi Marcus,\n\nThanks for flagging this, and I'm sorry about the double charge. Here is what happened: our payment system retried your renewal after a timeout, even though the first payment had gone through. That was our mistake, not yours. I've refunded the second charge of $12.99 today, and you'll see it back on your card within 5 business days. I've also asked our billing team to fix the retry so it can't happen again.\n\nBest,\nDana",
  },
  {
    name: 'Aiko Tanaka',
    customer: "I don't understand which plan I'm on. The app says Pro but my invoice says Basic?",
    draft:
      "Hi Aiko,\n\nI can see how confusing this is, and you're right: we didn't make it clear. You're on the Pro plan; the invoice shows Basic because of a labelling error on our side, and I've corrected it. I've attached the updated invoice to this email. You may also want to download last month's invoice again from Settings > Billing, since it had the same label. I'll check tomorrow that the app and the invoices match.\n\nWarm regards,\nLeo",
  },
  {
    name: 'Fatima Okafor',
    customer: "My parcel says delivered but it isn't here. It was a birthday present for my son and his party is on Saturday. I'm really worried.",
    draft:
      "Hi Fatima,\n\nI understand how worrying this is with the party on Saturday, and I want to get this sorted for you. I've opened a trace with the courier and, so you're not left waiting on it, I've sent a replacement by express delivery today. It will arrive by Thursday, and I'll email you the tracking number within the hour. If the first parcel turns up, you can keep it or hand it back to any courier point at no cost.\n\nBest,\nNoor",
  },
  {
    name: 'Tom Becker',
    customer: 'Honestly really disappointed. The blender stopped working after two weeks.',
    draft:
      "Hi Tom,\n\nI'm so sorry we let you down; a blender should last far longer than two weeks. I've arranged a free replacement, and the courier will collect the faulty one when they deliver the new one on Wednesday. You won't need to pack it or print a label. I'll check in on Thursday to make sure the new one is working well.\n\nAll the best,\nRuth",
  },
  {
    name: 'Grace Kim',
    customer: "I've been locked out of my account since yesterday and I have a client presentation in an hour. PLEASE help now.",
    draft:
      "Hi Grace,\n\nI'm sorry you've been locked out since yesterday, especially with your presentation coming up. I've unlocked your account and sent a password reset link to grace@example.com. Here's what happens next: open the link, choose a new password, and you'll be straight back in. I'll stay online for the next hour, so reply here if anything gets in the way and I'll help right away.\n\nBest,\nOmar",
  },
  {
    name: 'Daniel Ortiz',
    customer: 'Your support is useless. Nobody has answered my ticket about the broken export for a week.',
    draft:
      "Hi Daniel,\n\nYou have every right to be angry: a week without an answer is not acceptable, and I'm sorry. I've taken your ticket myself. The export fails because of a bug in last week's update; our engineers are fixing it, and Mei, who leads that team, will email you by Tuesday with the release date. In the meantime, you can export the same data as CSV from Reports > Download, and I've sent you step-by-step instructions for that.\n\nBest regards,\nChris",
  },
  {
    name: 'Elena Rossi',
    customer: 'Thanks so much, the new card works perfectly! You were a great help.',
    draft:
      "Hi Elena,\n\nThank you so much for the kind words, and I'm so glad the new card works. You may also want to add it to your phone's wallet so it's ready for contactless payments. If anything else comes up, reply to this email and I'll pick it up.\n\nHave a lovely week,\nSam",
  },
  {
    name: 'Ben Adeyemi',
    customer: 'Hi, how do I change the email address on my account?',
    draft:
      "Hi Ben,\n\nThanks for getting in touch. Here's how: go to Settings > Profile, select Change email, and enter the new address. We'll send a confirmation link to the new address; once you click it, the change takes effect straight away. If the link hasn't arrived within 10 minutes, reply here and I'll update it for you.\n\nBest,\nIris",
  },
  {
    name: 'Sofia Nguyen',
    customer: "I'm not sure why my order is still pending after 5 days. Is something wrong?",
    draft:
      "Hi Sofia,\n\nI understand why you're concerned after five days. Nothing is wrong with your payment: your order was held because one item was back-ordered. I've split the order so the other three items ship today, and the last one will follow by Monday at no extra cost. You'll get a tracking email for each parcel, and I'll confirm on Monday that the second one is on its way.\n\nKind regards,\nAlex",
  },
];

describe('default library: avoid list against good replies', () => {
  it.each(GOOD_REPLIES.map((r) => [r.name, r] as const))('no avoid phrase fires on the good reply to %s', (_name, r) => {
    const review = reviewDraft({ draft: r.draft, customer: { text: r.customer, name: r.name } });
    expect(avoidFindings(review.findings).map((f) => `${f.rule}: ${r.draft.slice(f.start, f.end)}`)).toEqual([]);
  });

  it('has at least 8 good replies, all with customer name and message', () => {
    expect(GOOD_REPLIES.length).toBeGreaterThanOrEqual(8);
  });
});

describe('default library: each avoid phrase', () => {
  // Embedded mid-sentence in an otherwise clean sentence, so that no other rule's words touch it.
  const draftFor = (phrase: string) => `Hi Priya,\n\nThanks for the details. I noticed ${phrase} in my notes, and I'll email you by Friday.\n\nBest,\nSam`;

  it.each(avoid.map((a) => [a.id, a] as const))('%s fires on its own words, and only once there', (_id, a) => {
    const draft = draftFor(a.phrase);
    const start = draft.indexOf(a.phrase);
    const end = start + a.phrase.length;
    const review = reviewDraft({ draft, customer: { name: 'Priya Raman' } });
    const here = review.findings.filter((f) => f.start === start && f.end === end);
    expect(here.map((f) => f.rule)).toEqual([a.rule]);
    expect(here[0]!.message).toBe(a.message);
    // No built-in rule flags the same words (the agent would get two findings for one phrase).
    const overlapping = review.findings.filter((f) => f.start < end && start < f.end);
    expect(overlapping.map((f) => f.rule)).toEqual([a.rule]);
  });

  it.each(avoid.map((a) => [a.id, a] as const))('%s fires whatever the case', (_id, a) => {
    const phrase = a.phrase.charAt(0).toUpperCase() + a.phrase.slice(1).toUpperCase();
    const draft = `${phrase} here.`;
    expect(avoidFindings(reviewDraft({ draft }).findings).some((f) => f.start === 0 && f.end === phrase.length)).toBe(true);
  });

  it.each(avoid.filter((a) => a.alternatives.length > 0).map((a) => [a.id, a] as const))('%s: its alternatives clear the finding', (_id, a) => {
    const draft = draftFor(a.phrase);
    const review = reviewDraft({ draft, customer: { name: 'Priya Raman' } });
    const finding = review.findings.find((f) => f.message === a.message)!;
    for (const s of finding.suggestions) {
      const r = s.replace ?? finding;
      const fixed = draft.slice(0, r.start) + s.text + draft.slice(r.end);
      expect(avoidFindings(reviewDraft({ draft: fixed, customer: { name: 'Priya Raman' } }).findings), `${a.id} → ${JSON.stringify(s.text)}`).toEqual([]);
    }
    expect(finding.suggestions.map((s) => s.text)).toEqual(a.alternatives.map((alt) => alt.replace('{name}', 'Priya')));
  });
});

describe('default library: snippets', () => {
  const vars = { name: 'Priya', issue: 'the double charge', agent: 'Sam' };

  it.each(snippets.map((s) => [s.id, s] as const))('%s: filled in, it draws no finding about its wording', (_id, s) => {
    for (const filled of [fillPlaceholders(s.text, vars), fillPlaceholders(s.text, {})]) {
      expect(filled, s.id).not.toMatch(/\{[^{}]*\}/);
      const review = reviewDraft({ draft: filled, customer: { name: 'Priya Raman' } });
      // Only "missing" rules may speak (a snippet is a part of a reply, not the whole of it).
      const wording = review.findings.filter((f) => !['acknowledge-feeling', 'use-name', 'next-step', 'follow-up'].includes(f.rule));
      expect(wording.map((f) => `${f.rule}: ${filled.slice(f.start, f.end)}`), filled).toEqual([]);
    }
  });

  it('writes other blanks as [brackets], never as extra placeholders', () => {
    expect(snippets.some((s) => /\[[^\]]+\]/.test(s.text))).toBe(true);
  });
});
