// dismissive: minimizes the feeling or the problem ("calm down", "it's not a big deal",
// condescending "just/simply/obviously" before an instruction).
import { atSentenceStart, capitalize } from '../text/compose';
import { existence, type PhraseMatch, type PhraseSpec } from './checks';
import { phraseAt } from '../text/wordset';
import { INSTRUCTION_VERBS } from './lexicon';
import { RULE_TEXT } from './catalog';
import type { RuleContext, RuleDefinition, RuleExamples } from './types';

export const id = 'dismissive' as const;
const TEXT = RULE_TEXT['dismissive'];
export const severity = 'warning' as const;

/** "Just restart it" → "Restart it": drop the minimizer, keep the instruction. */
function dropMinimizer(words: string): string {
  const rest = words.replace(/^(?:just|simply|merely|obviously|clearly)\s+/i, '');
  return /^[A-Z]/.test(words) ? capitalize(rest) : rest;
}

// "just/simply …" is condescending when it tells the customer what to do: at the start of a sentence,
// after "you (can/need to…)", or after "and/then/please"; not in "I just checked" or "we'll just check".
const INSTRUCTING_BEFORE = /(?:\byou(?:\s+(?:can|could|should|must|will|['’]ll|need\s+to|have\s+to|might|may))?|,|;|[—–-]|\band|\bthen|\bplease|\bso)\s+$/i;

// "just/simply" + an instruction verb (looked up in a word set, see `minimizerSpan` and `skip`).
const MINIMIZER_SPEC: PhraseSpec = { re: '(?:just|simply|merely) (?=[a-z])', fix: dropMinimizer, fixLabel: TEXT.fixes.dropMinimizer };

const SMALL_THING = '(?:minor|small|tiny|trivial|little) (?:issue|problem|fault|thing|glitch|matter|part|detail|bug|hiccup|error|delay|inconvenience|scratch|dent|mark|mistake)s?';

/** "Just restart" → the minimizer and the instruction verb after it (the verb is looked up in a word set). */
function minimizerSpan(ctx: RuleContext, m: PhraseMatch): { start: number; end: number } {
  if (m.spec !== MINIMIZER_SPEC) return { start: m.hitStart, end: m.hitEnd };
  return { start: m.start, end: m.end + phraseAt(ctx.text, m.end, INSTRUCTION_VERBS) };
}

function skip(ctx: RuleContext, m: PhraseMatch): boolean {
  const words = ctx.text.slice(m.start, m.end).toLowerCase();
  if (m.spec === MINIMIZER_SPEC) {
    if (phraseAt(ctx.text, m.end, INSTRUCTION_VERBS) === 0) return true; // "just now", "just to confirm"
    if (/^let\b/i.test(ctx.text.slice(m.end, m.end + 4))) return true; // "just let me know" is friendly
    if (atSentenceStart(ctx.text, m.start)) return false;
    return !INSTRUCTING_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 24), m.start));
  }
  // "Relax, …" at the start of a sentence, not "sit back and relax".
  if (words === 'relax') return !atSentenceStart(ctx.text, m.start);
  return false;
}

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'existence',
  check: existence({
    phrases: [
      { re: 'calm down|chill out|take a deep breath|settle down' },
      { re: 'relax(?=\\s*[,.!;:—–])' },
      { re: "(?:just|please|you need to|try to) relax" },
      { re: "(?:not|no|isn't|is not|wasn't) (?:that |such |really |actually |a )*big (?:of a )?deal(?! to (?:fix|change|sort|update|solve|do|undo|correct))" },
      { re: "you(?:'re| are) (?:being )?(?:overreacting|too sensitive|dramatic|unreasonable|over-reacting)" },
      { re: "(?:(?:there's|there is) )?no (?:need|reason) to (?:be|get) (?:so )?(?:upset|angry|worked up|frustrated|mad|emotional|annoyed|stressed)" },
      { re: "(?:it's|it is|this is|that's|that is) (?:really |honestly )?not (?:that |so |very )?(?:hard|difficult|complicated|complex)" },
      { re: 'these things happen|it happens(?=\\s*[.!])|stuff happens|it could (?:have been|be) worse' },
      { re: "at least (?:it|you|nothing|the)(?: (?:still |only )?(?:works|have|got|wasn't|isn't|didn't|was|is))" },
      { re: "(?:that's|it's|this is) (?:just )?how (?:it works|it is|things are|things work)" },
      { re: "(?:obviously|clearly),? you|you (?:obviously|clearly)|as you can (?:obviously|clearly) see|(?:it's|it is|that's) (?:obvious|self-explanatory)|of course you (?:need|have|can|should)" },
      // "it's only a small part", "it's a pretty minor fault" (an adverb makes it small; "a small bug" alone is a fact)
      { re: `(?:is|was|it's|that's) (?:honestly |really |just |only |merely |simply )+(?:an? )?(?:pretty |fairly |relatively |very |quite )?${SMALL_THING}` },
      { re: `(?:is|was|it's|that's) (?:honestly |really )?an? (?:pretty|fairly|relatively|very|quite|rather) ${SMALL_THING}` },
      { re: "(?:there's|there is|it's|this is) (?:honestly |really |absolutely |genuinely |truly |simply )?nothing to (?:worry|panic|stress|fret|be (?:worried|concerned|upset|scared|alarmed)) about" },
      { re: "obviously (?:don't|doesn't|isn't|aren't|won't|can't|means?|is|are|works?|needs?|an?|the)" },
      { re: "(?:it's|it is|this is|that's|that is) (?:an? )?(?:really|very|super|dead|incredibly|pretty) (?:easy|simple|quick|straightforward) (?:fix|one|thing to (?:fix|do))" },
      // "the modem simply needs to…": not "we just need to confirm"
      { re: '(?:simply|merely|just) needs to' },
      MINIMIZER_SPEC,
      { re: "you (?:just|simply) (?:need|have) to|all you (?:need|have) to do is|it's as (?:easy|simple) as" },
      { re: "(?:don't|do not) worry,? (?:it's|it is|this is|that's|they're|it) (?:only|just|nothing|not|completely|perfectly|totally|normal)" },
      { re: "(?:it's|it is|this is|that's) (?:completely |perfectly |totally |quite |entirely )?normal (?:for|to)\\b" },
      { re: "(?:it's|it is|that's|this is) (?:really |honestly |actually )?not (?:that|so|as) bad|not as bad as it (?:seems|looks|sounds)" },
      { re: "(?:I|we) (?:wouldn't|would not) (?:stress|worry|panic|read too much)" },
      { re: 'no need to (?:panic|stress|worry|fret|get worked up)\\b,' },
      { re: "(?:isn't|is not|not) (?:really )?worth (?:complaining|getting upset|worrying|making a fuss) about" },
      { re: "(?:everyone|everybody|loads of (?:customers|people)|lots of (?:customers|people)|plenty of (?:customers|people)) (?:gets?|has|have|experiences?) (?:the (?:odd|same)|this|that)" },
      { re: "(?:cheer up|try not to take it (?:so )?personally|(?:barely|hardly) noticeable|you can't miss it|part of having an?\\b)" },
      { re: "(?:it's|it is) (?:literally|really|honestly) just\\b" },
    ],
    skip,
    span: minimizerSpan,
  }),
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: 'Please calm down, the order will arrive.' },
    { draft: "It's not a big deal, the charge will drop off." },
    { draft: 'Just restart it and it will work.' },
    { draft: 'Simply click the reset link in the email.' },
    { draft: 'Relax, your data is safe.' },
    { draft: 'Obviously you need to update the app first.' },
    { draft: 'These things happen, unfortunately.' },
    { draft: 'You just need to clear your cache.' },
    { draft: 'All you have to do is log out and back in.' },
    { draft: 'No need to get upset.' },
    { draft: "Honestly it's a pretty minor fault, and easy to fix." },
    { draft: 'The view is only a small part of the stay.' },
    { draft: "There's honestly nothing to worry about." },
    { draft: "Lab delays happen all the time and obviously don't mean anything is wrong." },
    { draft: 'The modem simply needs to sit off the floor.' },
    { draft: "It's a really easy fix - just delete the cache folder and restart." },
    { draft: "It's obviously a leftover from the old patch." },
    { draft: "Don't worry, it's only a small scratch and it won't affect the table." },
    { draft: "It's completely normal for the app to log you out now and then." },
    { draft: "Honestly, it's not that bad, the parcel is only two days late." },
    { draft: "I wouldn't stress about it, these charges usually sort themselves out." },
    { draft: 'Loads of customers have the same issue and they manage fine.' },
    { draft: 'The dead pixel is barely noticeable from a normal viewing distance.' },
  ],
  pass: [
    { draft: 'We just shipped your replacement this morning.' },
    { draft: 'I just checked with our warehouse team.' },
    { draft: 'Your refund was processed just now.' },
    { draft: 'Just to confirm, is the order number 4411?' },
    { draft: "A failed payment is a big deal, and I'm treating it that way." },
    { draft: 'Sit back and relax while we handle the rest.' },
    { draft: 'Relax and enjoy your new headphones!' },
    { draft: "This isn't a big deal to fix, and I've already done it for you." },
    { draft: 'Please restart the router and let me know if the light turns green.' },
    { draft: 'This error happens when the card has expired.' },
    { draft: 'Just checking in to see if the new card arrived.' },
    { draft: 'Clearly, this is not the experience we want for you.' },
    { draft: 'This is obviously not the experience we want for you.' },
    { draft: 'I found a small bug in our checkout and fixed it this morning.' },
    { draft: 'We just need to confirm your address before the courier books a slot.' },
    { draft: "I know it's a small detail, but I've corrected the spelling too." },
    { draft: "It's a quick fix on our side, and I've already applied it." },
    { draft: 'The old patch - I just checked - left a cache file behind.' },
    { draft: "You don't need to worry about the late fee; I've removed it from your account." },
    { draft: "There's no need to send the form again; I found your copy attached to the ticket." },
    { draft: "I've pre-filled the form, so you only need to sign page 2." },
    { draft: 'A scratch on a brand-new table is not what you paid for, and I am sending a replacement top.' },
  ],
};
