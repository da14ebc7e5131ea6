// use-name: the customer's name is known and the draft does not use it.
import type { Suggestion } from '../types';
import { hasEnglishBody, missing } from './checks';
import { fill, RULE_TEXT } from './catalog';
import type { RuleContext, RuleDefinition, RuleExamples } from './types';

export const id = 'use-name' as const;
const TEXT = RULE_TEXT['use-name'];
export const severity = 'suggestion' as const;

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Whole-word, case-insensitive search without building a regex per call. */
export function mentionsName(text: string, name: string): boolean {
  const hay = text.toLowerCase();
  const needle = name.toLowerCase();
  if (!needle || hay.length !== text.length) return fallback();
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return false;
    const before = i > 0 ? hay[i - 1]! : ' ';
    const after = i + needle.length < hay.length ? hay[i + needle.length]! : ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
    from = i + 1;
  }
  // toLowerCase changed the length (rare characters): compare word by word instead.
  function fallback(): boolean {
    return text.split(/[^\p{L}\p{M}\p{N}]+/u).some((w) => w.toLowerCase() === needle);
  }
}

const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? +([\p{Lu}][\p{L}\p{M}'’-]*)/gu;

/** Addressed by title and surname ("Dear Mrs Voss"), the surname being the customer's. */
export function mentionsTitleAndSurname(text: string, surname: string | null): boolean {
  if (!surname) return false;
  for (const m of text.matchAll(TITLE)) if (m[1] === surname) return true;
  return false;
}

function greetingSuggestion(ctx: RuleContext, name: string): Suggestion {
  const g = ctx.layout.greeting;
  if (g) {
    const punct = g.punct === '!' ? '!' : ',';
    return { label: fill(TEXT.fixes.greet, { name }), text: `${g.word} ${name}${punct}`, replace: { start: g.start, end: g.end } };
  }
  return { label: fill(TEXT.fixes.greet, { name }), text: `Hi ${name},\n\n`, replace: { start: 0, end: 0 } };
}

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'missing',
  check: missing({
    applies: (ctx) => hasEnglishBody(ctx) && ctx.name !== null,
    satisfiedBy: [],
    satisfied: (ctx) => mentionsName(ctx.text, ctx.name!) || mentionsTitleAndSurname(ctx.text, ctx.surname),
    at: 'after-greeting',
    report: (ctx) => ({
      message: fill(TEXT.messages.named, { name: ctx.name! }),
      evidence: [],
      suggestions: [greetingSuggestion(ctx, ctx.name!)],
    }),
  }),
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: "Hi there,\n\nI've refunded your order.", customer: { name: 'Priya' } },
    { draft: 'Hello,\n\nYour card has been updated.', customer: { name: 'Tom' } },
    { draft: 'Your refund is on its way.', customer: { name: 'Ana' } },
    { draft: 'Dear customer,\nThe invoice is attached.', customer: { name: 'Li' } },
    { draft: "Hi,\n\nI've sent the new invoice.\n\nBest,\nPriyanka", customer: { name: 'Priya' }, why: 'a longer name that starts with hers is not her name' },
    { draft: "Hello! I've sent the code again.", customer: { name: 'Raman, Priya' } },
    { draft: 'Thanks for writing in. The fix is live.', customer: { name: 'Priya Raman', text: 'Hi, the app crashes.' } },
    { draft: 'Dear Mr Patel,\n\nYour refund is on its way.', customer: { name: 'Priya Raman' }, why: 'someone else’s surname' },
    { draft: 'Dear Ms Raman,\n\nYour refund is on its way.', customer: { name: 'Priya', text: 'Where is my refund?' }, why: 'no surname known to check it against' },
  ],
  pass: [
    { draft: "Hi Priya, I've refunded your order.", customer: { name: 'Priya' } },
    { draft: "Thanks, priya! I've refunded you.", customer: { name: 'Priya' } },
    { draft: "Hi there, I've refunded your order.", why: 'no name known' },
    { draft: 'Hi Priya,\n\nThe fix is live.', customer: { name: 'Priya Raman' } },
    { draft: 'Hello Priya, the fix is live.', customer: { name: 'PRIYA' } },
    { draft: 'Hi there, the fix is live.', customer: { name: 'customer' }, why: '"customer" is not a name' },
    { draft: 'Hi José, your order shipped today.', customer: { name: 'José' } },
    { draft: 'Hallo, vielen Dank für Ihre Nachricht. Die Rückerstattung ist veranlasst.', customer: { name: 'Priya' }, why: 'not English: skipped' },
    { draft: 'Hi Priya,', customer: { name: 'priya@example.com' }, why: 'an email address is not a name' },
    { draft: 'Dear Ms Raman,\n\nYour refund is on its way.', customer: { name: 'Priya Raman' }, why: 'title and surname' },
    { draft: 'Dear Dr. Ruiz, the fix is live.', customer: { name: 'Ruiz, Ana' }, why: 'title and surname' },
    { draft: 'Dear Mrs Voss,\n\nThe letter is correct.', customer: { name: 'Hannelore', text: 'Which is correct?\nHannelore Voss' }, why: 'title and the surname she signs with' },
  ],
};
