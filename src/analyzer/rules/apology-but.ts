// apology-but: an apology undone by "but/however" in the same or the next sentence ("I'm sorry, but
// that's our policy"). The learned layer (learned.ts) tells an excuse after the "but" from good news.
import type { Suggestion } from '../types';
import { sentenceAround } from '../text/compose';
import { evidenceOf, existence, type PhraseMatch } from './checks';
import { fill, RULE_TEXT } from './catalog';
import type { RuleContext, RuleDefinition, RuleExamples } from './types';

export const id = 'apology-but' as const;
const TEXT = RULE_TEXT['apology-but'];
export const severity = 'warning' as const;

// "…but the good news is", "…but I've already sent a replacement": the "but" brings a remedy.
const REMEDY_AFTER =
  /^[\s,]*(?:(?:the\s+)?good\s+news|also\b|here['’]s\s+what|(?:I|we)(?:['’]ve|\s+have)\s+(?:already\s+|now\s+|just\s+|also\s+|gone\s+ahead\s+and\s+)?(?:\w+ed|sent|made|put|found|done|given|set\s+up|paid|got)\b|(?:I|we)(?:['’]ll|\s+will)\s+(?!have\s+to|need\s+to|not\b|never\b))/i;

function skip(ctx: RuleContext, m: PhraseMatch): boolean {
  return REMEDY_AFTER.test(ctx.text.slice(m.end, m.end + 40));
}

/** Suggestions that keep the apology and drop the "but". */
function suggest(ctx: RuleContext, m: PhraseMatch): Suggestion[] {
  const text = ctx.draft;
  // "Sorry it was late. However, …": the apology already ends its sentence; the fix is to rewrite what follows.
  if (/[.!?]/.test(text.slice(m.start, m.hitStart))) return [];
  const butStart = m.hitStart;
  const butEnd = m.hitEnd;
  // Back over the ", " / "; " / " — " before "but".
  let cut = butStart;
  while (cut > m.start && /[\s,;:—–-]/.test(text[cut - 1]!)) cut--;
  // Forward over the "," and spaces after "however,".
  let after = butEnd;
  while (after < ctx.layout.end && /[\s,]/.test(text[after]!)) after++;
  const out: Suggestion[] = [];
  const next = text[after];
  if (next !== undefined && after < ctx.layout.end && /[\p{L}\p{N}'"“]/u.test(next)) {
    out.push({ label: TEXT.fixes.split, text: `. ${next.toUpperCase()}`, replace: { start: cut, end: after + 1 } });
  }
  const sentence = sentenceAround(text, m.start, m.end, ctx.layout.end);
  let sEnd = sentence.end;
  while (sEnd > cut && /\s/.test(text[sEnd - 1]!)) sEnd--;
  out.push({ label: TEXT.fixes.end, text: '.', replace: { start: cut, end: Math.max(cut, sEnd) } });
  return out;
}

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'existence',
  check: existence({
    phrases: [
      {
        // The apology, then the "but": in the same sentence (at most 160 characters), or near the start
        // of the next one on the same line ("I'm sorry it arrived late. However, …").
        re: '(?:sorry|apologi[sz]e[sd]?|apologies|apology)[^.!?\\n]{0,160}?(?:[.!?]+[\\x20\\t]{1,3}[^.!?\\n]{0,40}?)?(?<hit>\\b(?:but|however|although|though))',
      },
    ],
    skip,
    suggest,
    span: (_ctx, m) => ({ start: m.start, end: m.hitEnd }),
    message: (ctx, m) => fill(TEXT.messages.word, { word: ctx.text.slice(m.hitStart, m.hitEnd).toLowerCase() }),
    // The apology word and the "but" that takes it back.
    evidence: (ctx, m) => {
      const word = /^[a-z]+/i.exec(ctx.text.slice(m.start, m.start + 12));
      return [evidenceOf(ctx.draft, m.start, m.start + (word ? word[0].length : 0)), evidenceOf(ctx.draft, m.hitStart, m.hitEnd)];
    },
  }),
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: "I'm sorry, but that's our policy." },
    { draft: 'We apologize for the delay, however the courier is responsible.' },
    { draft: 'Sorry for the trouble, but you need to contact your bank.' },
    { draft: "I'm really sorry about this but there is nothing I can do." },
    { draft: 'My apologies, but the discount has expired.' },
    { draft: 'I apologise; however, refunds take ten days.' },
    { draft: "Sorry, though I can't change the price." },
  ],
  pass: [
    { draft: "I'm sorry this happened, and I've refunded you." },
    { draft: "I'm sorry for the delay. However, your order shipped today.", why: 'the "however" starts a new sentence' },
    { draft: "I'm sorry for the mix-up, but the good news is your refund is already on its way." },
    { draft: "I can't find the order, but I've asked the warehouse to check.", why: 'no apology' },
    { draft: "I'm so sorry you had to wait; I've escalated this to our lead." },
    { draft: 'Not only did we fix the bug, but we also added a refund.' },
    { draft: "I'm sorry it took so long, but I've already sent the replacement." },
    { draft: "I'm sorry, I don't have that information yet, but I'll find out by Friday." },
    { draft: "I apologise for the mix-up; however, I've fixed it and you won't be charged again." },
  ],
};
