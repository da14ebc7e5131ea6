// End-to-end reviews of realistic drafts, bad input, bounds (property tests) and speed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDraft, reviewDraftStrict, type ReviewOptions } from '../../../src/analyzer/review';
import { RULES } from '../../../src/analyzer/rules/index';
import { FEELINGS, type Customer, type Feeling, type Review } from '../../../src/analyzer/types';
import { RULE_EXAMPLES } from '../../../src/analyzer/rules/all-examples';

function review(draft: string, customer?: Customer, feeling?: Feeling): Review {
  const options: ReviewOptions | undefined = feeling ? { feeling } : undefined;
  return reviewDraftStrict({ draft, ...(customer ? { customer } : {}) }, options);
}
const ids = (r: Review) => [...new Set(r.findings.map((f) => f.rule))].sort();

const GREAT: [string, Customer, Feeling][] = [
  [
    "Hi Priya,\n\nI'm so sorry the order arrived damaged — that's really disappointing after waiting two weeks. I've sent a replacement by express post, and it should arrive on Thursday. I'll check the tracking on Wednesday and email you if anything looks off.\n\nBest,\nSam",
    { name: 'Priya Raman' },
    'disappointed',
  ],
  [
    "Hi Tom,\n\nThanks for your patience while I looked into this. I completely understand how worrying an unexpected charge is. The $49 is a temporary authorization hold, not a payment, and it will drop off your statement within 3 business days. If it's still there on Monday, reply to this email and I'll get our billing team to release it the same day.\n\nWarm regards,\nAlex",
    { name: 'Tom' },
    'worried',
  ],
  [
    "Hi Maria,\n\nYou're right, our two answers contradicted each other, and I'm sorry for the confusion. The correct price is $12/month. I've updated your account so you'll be billed $12 from the next cycle, and I've credited the $3 difference to your card today.\n\nCheers,\nJo",
    { name: 'Maria' },
    'confused',
  ],
  [
    "Hello Dev,\n\nI'm sorry you've had to wait so long for this. Our engineers found the bug and the fix goes live tonight. I'll message you tomorrow morning to confirm it's working on your account.\n\nThanks,\nKim",
    { name: 'Dev' },
    'impatient',
  ],
  [
    "Hi Sarah, that sounds really frustrating, and I'm sorry it happened three times. I've reset your password and turned off the login lock. Please try logging in now; I'll keep an eye on your account for the next 24 hours.",
    { name: 'Sarah' },
    'frustrated',
  ],
  [
    "Hi Jana,\n\nI understand why you're upset, and you have every right to be. The courier lost your parcel. I've refunded the full amount ($86.40) to your Visa; you'll see it within 5 business days. I've also added a 20% discount code to your account for next time.\n\nKind regards,\nOmar",
    { name: 'Jana' },
    'angry',
  ],
  ["Hi Ahmed,\n\nThank you so much for the kind words! I'm glad the new dashboard is working for you. Have a great week.\n\nBest,\nLena", { name: 'Ahmed' }, 'grateful'],
  [
    "Hi Chris,\n\nGood question! Yes, the Pro plan includes API access. You can generate a key under Settings > API, and the docs are at example.com/docs. I'll check in on Friday to see how the setup went.\n\nBest,\nMia",
    { name: 'Chris' },
    'neutral',
  ],
];


describe('great replies', () => {
  const great = (draft: string, customer: Customer, feeling: Feeling) => {
    const r = review(draft, customer, feeling);
    expect(r.findings).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(90);
    expect(r.feeling).toBe(feeling);
    expect(r.politeness).toBeGreaterThan(0);
  };
  it.each(GREAT)('score ≥ 90 with no findings: %j', great);
});

describe('bad replies', () => {
  it('flags the lecture, the minimizer, the non-apology and the missing pieces', () => {
    const draft = 'Hi,\n\nAs per my last email, you need to update the app. Just reinstall it. We apologize for any inconvenience this may have caused.\n\nRegards,\nSupport Team';
    const r = review(draft, { name: 'Priya' }, 'frustrated');
    expect(ids(r)).toEqual(['acknowledge-feeling', 'blame', 'dismissive', 'follow-up', 'non-apology', 'use-name']);
    expect(r.score).toBeLessThan(50);
  });
  const policyWall = (apology: string) => () => {
    const draft = `Dear Priya,\n\n${apology}, but that's our policy. This is NOT possible!! Your satisfaction is our top priority.\n\nRegards,\nSam`;
    const r = review(draft, { name: 'Priya' }, 'angry');
    expect(ids(r)).toEqual(['acknowledge-feeling', 'apology-but', 'cliche', 'follow-up', 'next-step', 'policy-wall', 'shouting']);
    expect(r.findings.filter((f) => f.rule === 'shouting')).toHaveLength(2);
    expect(r.score).toBeLessThan(40);
  };
  it('flags the policy wall, apology-but, shouting and clichés', policyWall("We're sorry"));
  // Known miss of the learned layer (issue-10 note): after "I'm sorry, but …" it finds the feeling
  // acknowledged ("I'm" and "that's" open many real acknowledgements in the corpus). `it.fails` turns red the day it is right again.
  it.fails("known miss: flags the missing acknowledgement after \"I'm sorry, but that's our policy.\"", policyWall("I'm sorry"));
  // Known miss of the learned layer (issue-10 note): it reads "Just restart it" as no next step and
  // drops the follow-up. `it.fails` turns red the day it is right again.
  it.fails('flags blame and dismissiveness in a short rude reply (known miss: next-step / follow-up)', () => {
    const r = review("Calm down. Obviously you didn't read the manual. Just restart it.", undefined, 'angry');
    expect(ids(r)).toEqual(['acknowledge-feeling', 'blame', 'dismissive', 'follow-up']);
    expect(r.findings.filter((f) => f.rule === 'dismissive').length).toBeGreaterThanOrEqual(2);
  });
  it('scores a bad reply far below a good one for the same customer', () => {
    const good = review(GREAT[4]![0], GREAT[4]![1], 'frustrated');
    const bad = review("Hi Sarah, as I already explained, you should have reset the password yourself. It's not a big deal.", { name: 'Sarah' }, 'frustrated');
    expect(bad.score).toBeLessThan(good.score - 40);
  });
});

describe('score', () => {
  it('is 0 with no findings for an empty or whitespace draft', () => {
    for (const d of ['', '   ', '\n\t\n', '\u00a0']) {
      const r = review(d, { name: 'Priya', text: 'Where is my refund?' });
      expect(r.score).toBe(0);
      expect(r.findings).toEqual([]);
      expect(r.politeness).toBe(0);
    }
  });
  it('costs more for a warning than for a suggestion, and never goes below 0', () => {
    const base = "Hi Priya, I've refunded the charge and I'll confirm by Friday.";
    const s0 = review(base, { name: 'Priya' }).score;
    const withCliche = review(`${base} We value your business.`, { name: 'Priya' }).score;
    const withBlame = review(`${base} You should have read the FAQ.`, { name: 'Priya' }).score;
    expect(s0).toBe(100);
    expect(withCliche).toBeLessThan(s0);
    expect(withBlame).toBeLessThan(withCliche);
    const awful = review('CALM DOWN!! ' + 'As I already explained, per my last email, you should have read it. That is our policy. '.repeat(20), { name: 'Priya' }, 'angry');
    expect(awful.score).toBeGreaterThanOrEqual(0);
    expect(awful.score).toBeLessThanOrEqual(10);
  });
});

describe('feeling', () => {
  it('is null without customer text', () => {
    const r = reviewDraft({ draft: 'Thanks, done.', customer: { name: 'Priya' } });
    expect(r.feeling).toBeNull();
    expect(r.feelingDetail).toBeNull();
  });
  it('comes from the customer text when there is one', () => {
    const r = reviewDraft({ draft: 'Thanks, done.', customer: { text: 'This is the third time I am asking where my refund is!' } });
    expect(FEELINGS).toContain(r.feeling);
    expect(r.feelingDetail?.feeling).toBe(r.feeling);
  });
});

describe('bad input never throws and makes no noise', () => {
  const customer = { name: 'Priya', text: 'Where is my refund?!' };
  it.each([
    ['NUL bytes', "Hi\u0000 Priya\u0000, I've refunded you\u0000 and I'll confirm by Friday.\u0000"],
    ['lone surrogates', "Hi \ud800Priya\udfff, I've refunded you \udc00 and I'll confirm by Friday."],
    ['control characters', "Hi Priya,\u0007\u001b[31m I've refunded you and I'll confirm by Friday.\r\n"],
  ])('%s: reviewed like the clean text', (_name, draft) => {
    const r = reviewDraftStrict({ draft, customer }, { feeling: 'neutral' });
    expect(r.findings).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(90);
  });
  it.each([
    ['emoji only', '😀😀🎉🙏'],
    ['punctuation only', '!!! ??? ...'],
    ['RTL', 'مرحبا، شكرا لرسالتك. لقد قمنا بمعالجة استرداد المبلغ.'],
    ['Hebrew', 'שלום פריה, תודה על ההודעה. ההחזר בוצע.'],
    ['CJK', 'ご連絡ありがとうございます。返金処理が完了しました。'],
    ['German', 'Hallo Priya,\n\nvielen Dank für Ihre Nachricht. Ich habe die Rückerstattung veranlasst, sie ist in drei Tagen auf Ihrem Konto.\n\nViele Grüße\nSam'],
    ['Spanish', 'Hola Priya, gracias por tu mensaje. Ya hemos procesado el reembolso y lo verás en tu cuenta mañana.'],
    ['French', 'Bonjour Priya, merci pour votre message. Nous avons traité le remboursement, il arrivera demain.'],
    ['Dutch', 'Hoi Priya, bedankt voor je bericht. We hebben de terugbetaling verwerkt en je ziet het morgen op je rekening.'],
    ['HTML source', '<!DOCTYPE html><HTML><BODY><DIV CLASS="MSG"><P>Hello</P><SCRIPT>alert(1)</SCRIPT></DIV></BODY></HTML>'],
  ])('%s: no findings', (_name, draft) => {
    const r = reviewDraftStrict({ draft, customer }, { feeling: 'angry' });
    expect(r.findings).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(r.politeness)).toBe(true);
  });
  it('handles 1 MB of text', () => {
    const para = "Hi Priya, I'm sorry, but that's our policy. Just restart it!! ";
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const r = reviewDraftStrict({ draft: big, customer }, { feeling: 'angry' });
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) expect(f.end).toBeLessThanOrEqual(big.length);
  });
  it('survives non-string and odd inputs', () => {
    for (const input of [null, undefined, 42, {}, { draft: 5 }, { draft: 'Hi', customer: 'x' }, { draft: 'Hi', library: 'x' }, { draft: 'Hi', customer: { name: 7, text: {} } }]) {
      expect(() => reviewDraftStrict(input as never)).not.toThrow();
    }
  });
});

// ---- properties ---------------------------------------------------------------------------------

function checkBounds(draft: string, r: Review): void {
  const n = draft.length;
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  expect(r.politeness).toBeGreaterThanOrEqual(-1);
  expect(r.politeness).toBeLessThanOrEqual(1);
  for (const f of r.findings) {
    expect(0 <= f.start && f.start <= f.end && f.end <= n, `${f.rule} ${f.start}-${f.end} in ${n}`).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
    for (const e of f.evidence) {
      expect(0 <= e.start && e.start <= e.end && e.end <= n, `${f.rule} evidence`).toBe(true);
      expect(e.text).toBe(draft.slice(e.start, e.end));
    }
    for (const s of f.suggestions) {
      expect(typeof s.text).toBe('string');
      if (s.replace) expect(0 <= s.replace.start && s.replace.start <= s.replace.end && s.replace.end <= n, `${f.rule} replace`).toBe(true);
    }
  }
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyChar = fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), loneSurrogate, fc.constantFrom('\u0000', '\n', ' ', '!', '?', '.', ',', "'", '’', 'A', 'I'));
const PHRASES = [
  ...RULES.flatMap((r) => [...RULE_EXAMPLES[r.id].fire, ...RULE_EXAMPLES[r.id].pass].map((e) => e.draft)),
  'Hi Priya,',
  'Best,\nSam',
  '> quoted line',
  'On Mon, Priya wrote:',
  'PLEASE',
  '!!',
  'https://example.com/ABC',
];
const sep = fc.constantFrom(' ', '\n', '\n\n', '', ', ', '. ', '!! ', '\u0000', '\ud83d');
const phraseDraft = fc.array(fc.tuple(fc.constantFrom(...PHRASES), sep), { maxLength: 8 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
const customerArb = fc.option(fc.record({ name: fc.option(fc.constantFrom('Priya', 'José', 'priya raman', '', 'customer', 'Li'), { nil: undefined }), text: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined });
const feelingArb = fc.option(fc.constantFrom(...FEELINGS), { nil: undefined });

describe('properties', () => {
  it('keeps every span in bounds for random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 300 }), customerArb, feelingArb, (draft, customer, feeling) => {
        const r = reviewDraftStrict({ draft, ...(customer ? { customer } : {}) }, feeling ? { feeling } : undefined);
        checkBounds(draft, r);
      }),
      { numRuns: 400 },
    );
  });
  it('keeps every span in bounds for random drafts built from real phrases', () => {
    fc.assert(
      fc.property(phraseDraft, customerArb, feelingArb, (draft, customer, feeling) => {
        const r = reviewDraftStrict({ draft, ...(customer ? { customer } : {}) }, feeling ? { feeling } : undefined);
        checkBounds(draft, r);
      }),
      { numRuns: 400 },
    );
  });
  it('applying a replacement suggestion keeps the text well-formed (no crash, spans in bounds)', () => {
    fc.assert(
      fc.property(phraseDraft, (draft) => {
        const r = reviewDraftStrict({ draft, customer: { name: 'Priya' } }, { feeling: 'frustrated' });
        for (const f of r.findings) {
          const s = f.suggestions[0];
          if (!s) continue;
          const range = s.replace ?? { start: f.start, end: f.end };
          const next = draft.slice(0, range.start) + s.text + draft.slice(range.end);
          checkBounds(next, reviewDraftStrict({ draft: next, customer: { name: 'Priya' } }, { feeling: 'frustrated' }));
        }
      }),
      { numRuns: 150 },
    );
  });
});
