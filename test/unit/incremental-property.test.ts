// Property: the incremental reviewer answers exactly what reviewDraft answers (deep, strict equality),
// after any sequence of edits: words typed and deleted, paragraphs inserted, deleted, merged and
// split, text pasted at random places, quoted history, sign-offs, a new library object, a new
// customer message or name, a pinned feeling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../src/analyzer/data/default-library';
import { createIncrementalReviewer } from '../../src/analyzer/incremental';
import type { CoachingLibrary } from '../../src/analyzer/library-shape';
import { reviewDraftStrict, type ReviewInput, type ReviewOptions } from '../../src/analyzer/review';
import { RULES } from '../../src/analyzer/rules/index';
import { FEELINGS, type Customer } from '../../src/analyzer/types';
import { RULE_EXAMPLES } from '../../src/analyzer/rules/all-examples';

const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 150);
/** A few seconds at the default; INCREMENTAL_RUNS=5000 for a long hunt. */
const TIMEOUT = 60_000 + RUNS * 200;

// Realistic sentences: every rule's own examples (they fire and nearly fire) plus support prose.
const SENTENCES: string[] = [
  ...new Set(RULES.flatMap((r) => [...RULE_EXAMPLES[r.id].fire, ...RULE_EXAMPLES[r.id].pass].map((e) => e.draft))),
  "I've refunded the duplicate payment of $486 to your card ending 4471.",
  "I'll email you by Friday with an update from the billing team.",
  'Our engineers are looking at the logout problem right now.',
  'Please reply with a screenshot of the statement so I can check it.',
  'I can see how frustrating it is to be charged twice while you wait.',
  'As I already explained, you should have checked the FAQ first.',
  'We value your business and apologize for any inconvenience this may have caused.',
  "Sorry, but we can't do that. What I can do instead is send a new one.",
  'See https://example.com/HELP?x=1 or email SUPPORT@EXAMPLE.COM.',
  'Click <b>SAVE</b> and then <i>RESTART</i>.',
  'Thank you for choosing Acme. We are glad to help.',
  "It's not your fault at all.",
  'Dear customer, kindly note our records show the payment.',
  'I understand, but you will have to wait.',
  'NOTE: the new password expires in 24 hours.',
];

// Short pieces that, glued at random, put phrases, caps, tags and look-arounds on both sides of a cut.
const FRAGMENTS = [
  'sorry', 'but', ', but', 'however', "I've", 'I will', 'your fault', 'not', 'no', 'relax', 'it happens', 'just', 'restart', 'let',
  'per my last email', 'as I already explained', 'that is our policy', 'instead', 'what I can do', 'policy', 'thank you for choosing',
  'Acme.', 'we value your business', 'big deal', 'to fix', 'calm down', 'PLEASE', 'READ', 'THIS', 'OK', 'FAQ', 'NOTE:', '!!', '!', '.',
  '?', '...', ',', ';', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', ' \n', '.\n', '!\n', '?\n', '. \n\n', '<', '>', '<b>', '</b>', '<a href="x"',
  '<b ', 'x>', '<a\n', '<!--', '-->', 'per my last email\n-- Original Message', '"', '“', '(', ')', 'http://x.COM/ABC', 'a@b.CO', 'Priya', 'priya', 'Sam', 'Hi Priya,', 'Best,\nSam', '-- \nSam', '\u00a0', '\u2028',
  'kindly', 'dear customer', "I'm not sure what you mean", 'sorry. but', 'no. offense', 'Hi', 'Ünïcödé', '😀', 'שלום', '日本語',
];
const QUOTES = ['', '', '\n-- Original Message\nFrom: Priya', '\n\nOn Mon, Priya wrote:\n> I am still waiting!!\n> HELP', '\n-- Original Message --\nFrom: x', '\n> old', '\r\n> PLEASE'];

const LIBRARIES: CoachingLibrary[] = [
  DEFAULT_LIBRARY,
  { ...DEFAULT_LIBRARY }, // another object, same content
  { ...DEFAULT_LIBRARY, rules: { cliche: { enabled: false, severity: 'suggestion' }, blame: { enabled: true, severity: 'info' }, shouting: { enabled: true, severity: 'suggestion' } } },
  {
    acknowledgements: DEFAULT_LIBRARY.acknowledgements,
    rules: {},
    avoid: [
      { id: 'a', phrase: 'restart', rule: 'dismissive', message: 'No.', alternatives: ['{name}, try', 'reboot'] },
      { id: 'b', phrase: 'policy', rule: 'custom', message: '', alternatives: ['Hi {name}'] },
      { id: 'c', phrase: 'we value', rule: 'cliche', message: 'Filler.', alternatives: [] },
      { id: 'd', phrase: 'Acme', rule: 'custom', message: 'Brand.', alternatives: ['ACME Inc'] },
    ],
  },
  {
    // A phrase with a sentence end inside: the avoid-list must be searched over the whole draft.
    acknowledgements: {},
    rules: {},
    avoid: [
      { id: 'e', phrase: 'sorry. but', rule: 'apology-but', message: 'Split.', alternatives: ['sorry'] },
      { id: 'f', phrase: 'no. offense', rule: 'custom', message: 'x', alternatives: [] },
      { id: 'g', phrase: 'just', rule: 'dismissive', message: 'y', alternatives: ['{name}'] },
    ],
  },
];
const CUSTOMERS: (Customer | undefined)[] = [
  undefined,
  { text: 'I have been waiting nine days for my refund and nobody answers!!', name: 'Priya Raman' },
  { text: 'I have been waiting nine days for my refund and nobody answers!!', name: 'Sam' },
  { text: "Thanks so much, it's working now!", name: 'Priya' },
  { text: "I'm confused, which of your two answers is right?" },
  { name: 'Priya' },
  { text: '', name: '' },
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const glue = fc.constantFrom(' ', ' ', '\n', '\n\n', '\n\n', '\r\n\r\n', '', ' \n\n', '\n \n');
/** A paragraph: a few pieces joined by spaces or line breaks. */
const paragraph = fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([p, g]) => p + g).join('').trimEnd());

const draftArb = fc
  .record({
    greeting: fc.constantFrom('', 'Hi Priya,\n\n', 'Hello,\n\n', 'Dear Sam,\n'),
    paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 8 }),
    signoff: fc.constantFrom('', '\n\nBest,\nSam', '\n\nThanks!!\nSAM SMITH | ACME', '\n-- \nSam'),
    quote: fc.constantFrom(...QUOTES),
  })
  .map(({ greeting, paragraphs, signoff, quote }) => greeting + paragraphs.join('\n\n') + signoff + quote);

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insertParagraph'; at: number; text: string }
  | { kind: 'deleteParagraph'; at: number }
  | { kind: 'merge'; at: number }
  | { kind: 'split'; at: number; sep: string }
  | { kind: 'replace'; text: string }
  | { kind: 'library'; index: number }
  | { kind: 'customer'; index: number }
  | { kind: 'feeling'; value: ReviewOptions['feeling'] | 'none' };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: piece }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insertParagraph' as const), at: fc.nat(), text: paragraph }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteParagraph' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('split' as const), at: fc.nat(), sep: fc.constantFrom('\n\n', '\n', '.\n\n', '!\n', '?\r\n') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), text: draftArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('library' as const), index: fc.nat({ max: LIBRARIES.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('customer' as const), index: fc.nat({ max: CUSTOMERS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('feeling' as const), value: fc.constantFrom<ReviewOptions['feeling'] | 'none'>('none', 'none', null, ...FEELINGS) }) },
);

/** Paragraph breaks of the draft (positions of "\n\n"), for paragraph-level edits. */
function breaks(draft: string): number[] {
  const out: number[] = [];
  for (let i = draft.indexOf('\n\n'); i >= 0; i = draft.indexOf('\n\n', i + 2)) out.push(i);
  return out;
}

interface State {
  draft: string;
  library: number;
  customer: number;
  feeling: ReviewOptions['feeling'] | 'none';
}

function apply(s: State, e: Edit): State {
  const d = s.draft;
  const pos = (n: number) => (d.length === 0 ? 0 : n % (d.length + 1));
  switch (e.kind) {
    case 'type': {
      const at = pos(e.at);
      return { ...s, draft: d.slice(0, at) + e.text + d.slice(at) };
    }
    case 'delete': {
      const at = pos(e.at);
      return { ...s, draft: d.slice(0, at) + d.slice(at + e.length) };
    }
    case 'insertParagraph': {
      const b = [0, ...breaks(d).map((i) => i + 2), d.length];
      const at = b[e.at % b.length]!;
      return { ...s, draft: `${d.slice(0, at)}${e.text}\n\n${d.slice(at)}` };
    }
    case 'deleteParagraph': {
      const b = [-2, ...breaks(d), d.length];
      if (b.length < 3) return { ...s, draft: '' };
      const k = e.at % (b.length - 1);
      return { ...s, draft: d.slice(0, Math.max(0, b[k]!)) + d.slice(b[k + 1]!) };
    }
    case 'merge': {
      const b = breaks(d);
      if (b.length === 0) return s;
      const at = b[e.at % b.length]!;
      return { ...s, draft: `${d.slice(0, at)} ${d.slice(at + 2)}` };
    }
    case 'split': {
      const at = pos(e.at);
      return { ...s, draft: d.slice(0, at) + e.sep + d.slice(at) };
    }
    case 'replace':
      return { ...s, draft: e.text };
    case 'library':
      return { ...s, library: e.index };
    case 'customer':
      return { ...s, customer: e.index };
    case 'feeling':
      return { ...s, feeling: e.value };
  }
}

function inputOf(s: State): [ReviewInput, ReviewOptions | undefined] {
  const customer = CUSTOMERS[s.customer];
  const input: ReviewInput = { draft: s.draft, library: LIBRARIES[s.library]!, ...(customer ? { customer } : {}) };
  return [input, s.feeling === 'none' ? undefined : { feeling: s.feeling }];
}

describe('incremental review equals reviewDraft', () => {
  it.each([0, 1, 40, 120])('over random edit sequences (paragraphs of at least %i characters)', (minUnitChars) => {
    fc.assert(
      fc.property(
        draftArb,
        fc.nat({ max: LIBRARIES.length - 1 }),
        fc.nat({ max: CUSTOMERS.length - 1 }),
        fc.array(editArb, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(3, 8, 500),
        (draft, library, customer, edits, maxEntries) => {
          const inc = createIncrementalReviewer({ strict: true, minUnitChars, maxEntries });
          let state: State = { draft, library, customer, feeling: 'none' };
          for (const edit of [null, ...edits]) {
            if (edit) state = apply(state, edit);
            const [input, options] = inputOf(state);
            expect(inc.review(input, options)).toStrictEqual(reviewDraftStrict(input, options));
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('on long drafts built from realistic paragraphs, one edit at a time', () => {
    const longParagraph = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(
        fc.array(longParagraph, { minLength: 5, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SENTENCES, ...FRAGMENTS)), { minLength: 1, maxLength: 8 }),
        (paragraphs, edits) => {
          const inc = createIncrementalReviewer({ strict: true });
          let draft = `Hi Priya,\n\n${paragraphs.join('\n\n')}\n\nBest,\nSam`;
          const customer = CUSTOMERS[1]!;
          expect(inc.review({ draft, customer })).toStrictEqual(reviewDraftStrict({ draft, customer }));
          for (const [at, text] of edits) {
            const i = at % (draft.length + 1);
            draft = draft.slice(0, i) + text + draft.slice(i);
            expect(inc.review({ draft, customer })).toStrictEqual(reviewDraftStrict({ draft, customer }));
          }
        },
      ),
      { numRuns: Math.max(20, Math.round(RUNS / 3)) },
    );
  }, TIMEOUT);
});
