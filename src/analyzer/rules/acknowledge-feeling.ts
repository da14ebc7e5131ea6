// acknowledge-feeling: the customer's feeling is negative and the draft never acknowledges or names
// it. "Sorry for the inconvenience" / "we apologize for any inconvenience" do not count.
import { NEGATIVE_FEELINGS, type Feeling, type Suggestion } from '../types';
import { rankEvidence } from '../feeling/evidence-rank';
import { fillPlaceholders, insertAfter } from '../text/compose';
import { INTENSIFIERS } from '../text/intensifiers';
import { readable } from '../text/patterns';
import { hasEnglishBody, missing } from './checks';
import { fill, RULE_TEXT } from './catalog';
import type { RuleContext, RuleDefinition, RuleExamples } from './types';

export const id = 'acknowledge-feeling' as const;
const TEXT = RULE_TEXT['acknowledge-feeling'];
export const severity = 'suggestion' as const;

// Each adverb is a distinct word, so the repetition cannot backtrack exponentially.
const ADV = '(?:(?:can|completely|totally|fully|really|truly|do|definitely|absolutely|certainly|also) )*';
// Feeling words, by stem (prefix) or exact form, and the words that frame them ("sounds really frustrating").
const FEEL_STEMS = [
  'frustrat', 'upset', 'stress', 'worr', 'anxi', 'confus', 'disappoint', 'annoy', 'infuriat', 'exasperat', 'unsettl',
  'alarm', 'concern', 'distress', 'aggravat', 'puzzl', 'bewilder', 'irritat', 'impatien', 'overwhelm', 'frighten',
];
const FEEL_EXACT = new Set(['let-down', 'letdown', 'disheartening', 'miserable', 'gutting', 'heartbreaking', 'nervous', 'maddening', 'nerve-wracking', 'scary', 'scared', 'angry', 'anger', 'mad', 'furious', 'livid', 'unhappy', 'hurtful', 'exhausting', 'tiring', 'unacceptable']);
const FRAME_WORDS = new Set(['sounds', 'sound', 'be', 'been', 'feel', 'feels', 'felt', 'is', 'was', 'are', 'were', 'so', 'how', 'the', 'your', 'any', 'this', 'such', 'understandable', 'understandably']);
/** Words that may stand between a frame ("that sounds") and the feeling word: intensifiers and the like. */
const BETWEEN = new Set([
  ...INTENSIFIERS,
  ...['genuinely', 'genuine', 'real', 'huge', 'big', 'understandably', 'quite', 'rightly', 'a', 'bit', 'little', 'pretty', 'particularly', 'especially'],
  ...['be', 'been', 'to', 'likely', 'bound', 'must', 'can', 'could', 'feel', 'feeling'],
]);
const TOKEN_RE = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;

function isFeelingWord(w: string): boolean {
  if (FEEL_EXACT.has(w)) return true;
  for (const stem of FEEL_STEMS) if (w.startsWith(stem)) return true;
  return false;
}

function isFrame(w: string): boolean {
  return FRAME_WORDS.has(w) || w.endsWith("'s") || w.endsWith("'re") || w === 'what';
}

/** "that sounds really frustrating", "you're right to be upset", "sorry for the confusion" — not "don't worry". */
function namesFeeling(text: string): boolean {
  const words: string[] = [];
  const starts: number[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    const i = words.length;
    words.push(w);
    starts.push(m.index);
    if (i === 0 || !isFeelingWord(w)) continue;
    // Walk back over intensifiers and the like ("really", "so", "a bit"); a frame word must come right before or among them.
    let k = i - 1;
    let framed = false;
    while (k >= 0 && i - k <= 4 && BETWEEN.has(words[k]!)) {
      if (isFrame(words[k]!)) framed = true;
      k--;
    }
    const frameFirst = k >= 0 && isFrame(words[k]!) ? k : k + 1;
    if (frameFirst === k) framed = true;
    if (!framed) continue;
    const frameStart = starts[frameFirst]!;
    const before = text.slice(Math.max(0, frameStart - 24), frameStart);
    if (NEGATED_BEFORE.test(before)) continue;
    TOKEN_RE.lastIndex = 0;
    return true;
  }
  TOKEN_RE.lastIndex = 0;
  return false;
}

/** Phrasings that acknowledge the customer's feeling (one regex, compiled once). */
const ACKNOWLEDGEMENT_SOURCES: readonly string[] = [
  // "I can see how…", "I completely understand", "I can imagine", "I hear you", "I get it"
  `\\bI ${ADV}(?:understand|imagine)\\b`,
  `\\bI ${ADV}(?:see|appreciate|know|reali[sz]e|recogni[sz]e) (?:how|why|what a|that this|that it|this has|this must|it must|you've|you have|you're|you are)\\b`,
  `\\bI ${ADV}(?:hear|get) (?:you|it|that|how|why)\\b`,
  // apologies for what they went through (not for "the inconvenience")
  "\\bsorry (?:that )?(?:you(?!(?: feel| felt| think)\\b)|this|it|we|I|your|our|things|the (?!inconvenience\\b))\\b",
  '\\bsorry (?:to hear|about (?:this|that|all|the (?!inconvenience)))',
  '\\b(?:sorry|apologi[sz]e|apologies) for (?:the |all the |this |your |any |such a |such |so much )?(?:long |extra |repeated |endless |frustrating )?(?:wait|waiting|delay|frustration|confusion|worry|stress|disappointment|mix-up|mixup|runaround|back-and-forth|mess|ordeal|experience|upset|anxiety|letdown|let-down)\\b',
  // idioms
  "\\byou(?:'re| are) (?:absolutely |completely |totally |quite |so |entirely |100% )?right\\b",
  "\\byou(?:'ve| have) every (?:right|reason)\\b",
  "\\b(?:I'd|I would) (?:feel|be) (?:the same|exactly the same|just as)",
  '\\bin your (?:shoes|position|place)\\b',
  '\\b(?:would|could|will) (?:wear|get to|grind|drive|rattle|shake|test|frustrate|worry|upset) (?:anyone|anybody|most people)\\b',
  '\\banyone would (?:be|feel|find)\\b',
  '\\bno wonder\\b',
  "\\b(?:that's|that is|this is|this isn't|this is not|that isn't|that is not|it's|it is|it isn't|it is not|this wasn't|that wasn't|it wasn't) (?:definitely |really |certainly |simply |just )?(?:not )?(?:the experience|acceptable|okay|ok|good enough|what you|how it should|how things should|fair to you)",
  '\\blet you down\\b',
  "\\b(?:shouldn't|should not|should never) have (?:had to|happened|been|taken)",
  '\\btaken (?:far |way |much |a lot )?(?:too|so|this|longer) long',
  '\\b(?:far|way|much) too long\\b',
  '\\bwaited (?:long enough|too long|so long|far too long|this long)\\b',
  '\\bwhat a (?:pain|hassle|headache|nightmare|mess)\\b',
  '\\b(?:fair|great|good|valid|reasonable) (?:question|point|concern)\\b',
  "\\b(?:makes|make) (?:complete |total |perfect )?sense (?:that|you|to be)\\b",
  "\\b(?:it's|that's|it is|that is) (?:completely |totally |perfectly |entirely )?(?:understandable|fair|reasonable)\\b",
];
const ACKNOWLEDGEMENTS = new RegExp(ACKNOWLEDGEMENT_SOURCES.map((src) => `(?:${readable(src)})`).join('|'), 'i');

/** "don't worry", "no need to be worried", "nothing to be confused about" do not acknowledge. */
const NEGATED_BEFORE = /(?:\bno\s+need|\bnothing|\bdon['’]t|\bdo\s+not|\bnot|\bneedn['’]t|\bno\s+reason|\bnever)(?:\s+to)?\s+(?:\w+\s+)?$/i;

/** True when the text acknowledges or names a feeling in words. */
export function acknowledges(text: string): boolean {
  ACKNOWLEDGEMENTS.lastIndex = 0;
  const found = ACKNOWLEDGEMENTS.test(text);
  ACKNOWLEDGEMENTS.lastIndex = 0;
  return found || namesFeeling(text);
}

/** Longer evidence (a sentence) is quoted up to here, then "…". */
const QUOTE_MAX = 90;

function who(ctx: RuleContext): string {
  return ctx.name ?? 'The customer';
}

/** The strongest evidence, the customer's own words (evidence itself is in text order). */
function cue(ctx: RuleContext): string {
  const ev = rankEvidence(ctx.feelingDetail).find((e) => e.text.trim().length > 0);
  if (!ev) return '';
  const t = ev.text.trim();
  return ` (“${t.length > QUOTE_MAX ? t.slice(0, QUOTE_MAX).replace(/\s+\S*$/, '') + '…' : t}”)`;
}

/** Acknowledgement phrasings for this feeling from the library, with the name filled in. */
export function acknowledgementsFor(ctx: RuleContext, feeling: Feeling, max = 3): string[] {
  const entries = ctx.library.acknowledgements?.[feeling];
  if (!Array.isArray(entries)) return [];
  // Right after "Hi Priya," the name would be said twice: the phrase goes without it.
  const greeting = ctx.layout.greeting;
  const greeted = greeting !== null && ctx.name !== null && ctx.draft.slice(greeting.start, greeting.end).includes(ctx.name);
  const out: string[] = [];
  for (const e of entries) {
    if (!e || typeof e.text !== 'string' || !e.text.trim()) continue;
    out.push(fillPlaceholders(e.text.trim(), { name: greeted ? null : ctx.name }));
    if (out.length >= max) break;
  }
  return out;
}

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'missing',
  check: missing({
    applies: (ctx) => hasEnglishBody(ctx) && ctx.feeling !== null && NEGATIVE_FEELINGS.includes(ctx.feeling) && ctx.feelingDetail?.sure !== false,
    satisfiedBy: [],
    satisfied: (ctx) => acknowledges(ctx.text),
    at: 'after-greeting',
    report: (ctx, at) => {
      const feeling = ctx.feeling!;
      const suggestions: Suggestion[] = acknowledgementsFor(ctx, feeling).map((phrase) => ({
        label: fill(TEXT.fixes.acknowledge, { phrase }),
        ...insertAfter(ctx.draft, at, phrase),
      }));
      return {
        message: fill(TEXT.messages.feeling, { who: who(ctx), feeling, cue: cue(ctx) }),
        evidence: [],
        suggestions,
      };
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
    { draft: 'Hi Priya,\n\nYour refund has been processed and will arrive in 3-5 days.\n\nBest,\nSam', customer: { name: 'Priya', feeling: 'frustrated' } },
    { draft: 'Sorry for the inconvenience. I have reset your password.', customer: { feeling: 'angry' }, why: '"sorry for the inconvenience" does not acknowledge a feeling' },
    { draft: 'We apologize for any inconvenience. The parcel is on its way.', customer: { feeling: 'disappointed' } },
    { draft: 'The correct plan is Pro. I have updated your account.', customer: { feeling: 'confused' } },
    { draft: 'Hi Tom, your payment went through on Monday.', customer: { name: 'Tom', feeling: 'worried' } },
    { draft: 'Hello, your ticket is in the queue and will be handled.', customer: { feeling: 'impatient' } },
    { draft: "Don't worry, the charge is only a temporary hold.", customer: { feeling: 'worried' }, why: '"don\'t worry" dismisses rather than names the worry' },
    { draft: 'There is no need to be worried: the charge is only a hold.', customer: { feeling: 'worried' } },
    { draft: 'Sorry the inconvenience. The parcel left today.', customer: { feeling: 'disappointed' } },
  ],
  pass: [
    { draft: "Hi Priya,\n\nI can see how frustrating this has been. I've refunded the charge.\n\nBest,\nSam", customer: { name: 'Priya', feeling: 'frustrated' } },
    { draft: "You're right to be upset, and I'm sorry. I've cancelled the second order.", customer: { feeling: 'angry' } },
    { draft: 'I understand how worrying this is. Your data is safe and nothing was shared.', customer: { feeling: 'worried' } },
    { draft: 'Sorry for the confusion: the Pro plan is the one you need.', customer: { feeling: 'confused' } },
    { draft: "I'm sorry you've had to wait so long. Your order ships today.", customer: { feeling: 'impatient' } },
    { draft: "That's not the experience you should have had, and I'm sorry.", customer: { feeling: 'disappointed' } },
    { draft: 'That sounds really stressful. The hold will drop off tonight.', customer: { feeling: 'worried' } },
    { draft: 'I completely understand. The new invoice is attached.', customer: { feeling: 'frustrated' } },
    { draft: "I'm sorry our last reply left this unclear. Please pay £42.18.", customer: { feeling: 'confused' } },
    { draft: "I'm sorry the room didn't match the photos; that's a real let-down.", customer: { feeling: 'disappointed' } },
    { draft: 'Four rejections would wear anyone down. I have set it up for you.', customer: { feeling: 'frustrated' } },
    { draft: 'Losing your connection every evening is genuinely frustrating.', customer: { feeling: 'frustrated' } },
    { draft: 'I can hear how much the old crafting system meant to you.', customer: { feeling: 'disappointed' } },
    { draft: 'Your refund has been processed.', customer: { feeling: 'neutral' }, why: 'neutral customers need no acknowledgement' },
    { draft: 'Glad it works now!', customer: { feeling: 'grateful' } },
    { draft: 'Your refund has been processed.', why: 'no customer message: feeling unknown' },
    { draft: 'Hallo Priya, vielen Dank für Ihre Nachricht. Ich habe die Rückerstattung veranlasst.', customer: { name: 'Priya', feeling: 'angry' }, why: 'not English: skipped' },
  ],
};
