// follow-up: no commitment to follow up and no timeframe for the outcome.
import { glueAtEnd, sentenceAround } from '../text/compose';
import { acknowledges } from './acknowledge-feeling';
import { readable } from '../text/patterns';
import { hasEnglishBody, missing } from './checks';
import { NUMBER_WORD, WEEKDAYS } from './lexicon';
import { snippetSuggestions } from './snippets';
import { RULE_TEXT } from './catalog';
import type { RuleDefinition, RuleExamples } from './types';

export const id = 'follow-up' as const;
const TEXT = RULE_TEXT['follow-up'];
export const severity = 'suggestion' as const;

const UNIT = '(?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|calendar days?|weeks?|months?)';
const RANGE = `(?:${NUMBER_WORD}(?: ?[-–] ?\\d+| to \\d+| or \\w+)?)`;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const FOLLOW =
  "follow up|follow-up|check (?:back|in|on|that|whether|if|to see)|let you know|update you|get back to you|be in touch|reach out|email you|e-mail you|call you|ring you|contact you|write (?:to you|back)|send you (?:an? |the |my )?(?:update|confirmation|note|email|message|details|tracking)|circle back|notify you|message you|text you|ping you|confirm|monitor|watch|come back to you|touch base|report back|keep (?:you (?:posted|updated|informed|in the loop)|an eye|track|watching|checking)|look out for|chase";

const re = (src: string) => new RegExp(readable(src), 'i');
/** Timeframes are scanned match by match (see statesTimeframe): global. */
const timeframe = (src: string) => new RegExp(readable(src), 'gi');

/**
 * When something will happen. In a sentence that acknowledges the customer's situation a timeframe
 * counts only beside a future ("…, and your refund will land Friday"): "with your mortgage due on
 * Monday" or "stalled for a week" promise nothing.
 */
export const TIMEFRAME_CUES: readonly RegExp[] = [
  timeframe(`\\b(?:within|in|over|under|for) (?:the next |the |about |around |roughly |approximately |another |less than |no more than |up to )?${RANGE}(?: |-)${UNIT}\\b`),
  timeframe(`\\b\\d+(?: ?[-–] ?\\d+| to \\d+)? ?(?:business |working |calendar )?${UNIT}\\b`),
  timeframe(`\\b(?:today|tonight|tomorrow|overnight|shortly|this (?:morning|afternoon|evening|week|weekend|month)|next (?:week|month|business day|working day|${WEEKDAYS})|later (?:today|this (?:week|afternoon|evening))|end of (?:the )?(?:day|week|month|business day)|eod|cob|eow|as soon as (?:it|the|your|we|I|they|this|that)|the moment (?:it|the|your|we|I))\\b`),
  timeframe(`\\b${WEEKDAYS}s?\\b`),
  timeframe(`\\b(?:by|before|until|on|after) (?:noon|midday|midnight|the \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)\\b|${MONTH} \\d)`),
  timeframe(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b`),
  timeframe('\\b\\d{1,2}(?::\\d{2})? ?(?:am|pm)\\b'),
  timeframe('\\b\\d{1,2}:\\d{2}\\b'),
  timeframe('\\b(?:(?:on |by )?the same day|same-day|within the (?:hour|day|week))\\b'),
];

/** Any of these in the agent's text means a follow-up commitment, or that the outcome is already here. */
export const FOLLOW_UP_CUES: readonly RegExp[] = [
  // commitments
  re(`\\b(?:I|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| shall|'d be happy to) (?:personally |also |then |be sure to |make sure to |definitely |continue to |certainly |gladly |immediately |be )?(?:${FOLLOW})\\b`),
  re("\\b(?:I'm|I am|we're|we are|I'll be|we'll be) (?:personally |closely )?(?:monitoring|watching|tracking|following (?:up|this|it))\\b"),
  re("\\byou(?:'ll| will| should) (?:also |then |soon )?(?:hear (?:back )?from|receive an? (?:email|update|confirmation|notification|message|call|text|reply)|get an? (?:email|update|confirmation|notification|message|call|text|reply))"),
  re('\\b(?:expect|look out for|watch for|keep an eye out for) (?:an? |my |our )?(?:update|email|call|reply|confirmation|message|follow-up|note|text)\\b'),
  re('\\bkeep you (?:posted|updated|informed|in the loop)\\b'),
];

/**
 * The outcome is already here: nothing left to follow up ("your account is active again", "I've
 * reset it"), unless something else is still on its way with no date ("a replacement will be posted").
 */
const OUTCOME_HERE_CUES: readonly RegExp[] = [
  re("\\b(?:is|are|'s) (?:now |already |all |back |fully )?(?:fixed|resolved|active(?: again)?|live|back (?:up|online|to normal)|working (?:again|now|fine)|sorted|restored|unlocked|reactivated|enabled|cancell?ed|ready)\\b"),
  re("\\b(?:I|we)(?:'ve| have)? (?:now |just |already |also )?(?:fixed|resolved|restored|reactivated|unlocked|corrected|reset|cancell?ed|removed|enabled|disabled|merged|changed|updated|deleted|unblocked)\\b"),
  re('\\b(?:has|have) (?:now |just |already )?been (?:fixed|resolved|restored|reactivated|unlocked|corrected|reset|cancell?ed|removed|enabled|merged|changed|updated|deleted|unblocked)\\b'),
];

const PENDING = /\b(?:will|shall|should|is\s+going\s+to|are\s+going\s+to)\s+(?:be\s+)?(?:posted|sent|shipped|delivered|dispatched|emailed|mailed|issued|processed|refunded|credited|reviewed|arrive|reach|appear|show\s+up|go\s+out)\b|['’]ll\s+(?:be\s+)?(?:posted|sent|shipped|delivered|dispatched|emailed|mailed|issued|processed|refunded|credited|arrive)\b/i;

/** The outcome is here and nothing else is pending (see OUTCOME_HERE_CUES). */
function outcomeComplete(text: string): boolean {
  return OUTCOME_HERE_CUES.some((cue) => cue.test(text)) && !PENDING.test(text);
}

const FUTURE = /\b(?:will|shall|going\s+to|expect|should)\b|['’]ll\b|\b(?:ships?|arrives?|lands?|goes\s+(?:out|live))\b/i;

/** True when a timeframe appears in a sentence that promises something (see TIMEFRAME_CUES). */
export function statesTimeframe(text: string): boolean {
  for (const cue of TIMEFRAME_CUES) {
    cue.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.exec(text)) !== null) {
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      const words = text.slice(sentence.start, sentence.end);
      if (FUTURE.test(words) || !acknowledges(words)) {
        cue.lastIndex = 0;
        return true;
      }
      cue.lastIndex = sentence.end > cue.lastIndex ? sentence.end : cue.lastIndex;
    }
  }
  return false;
}

const OFFER = "I'll follow up with an update by tomorrow.";

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'missing',
  check: missing({
    // A thank-you from a grateful customer closes the loop: no follow-up needed.
    applies: (ctx) => hasEnglishBody(ctx) && ctx.feeling !== 'grateful',
    satisfiedBy: FOLLOW_UP_CUES,
    satisfied: (ctx) => statesTimeframe(ctx.text) || outcomeComplete(ctx.text),
    at: 'end-of-body',
    report: (ctx, at) => ({
      evidence: [],
      suggestions: [{ label: TEXT.fixes.commit, text: glueAtEnd(ctx.draft, at, OFFER) }, ...snippetSuggestions(ctx, id, at)],
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
    { draft: "I've refunded the charge.", why: 'the money is still on its way: say when it lands' },
    { draft: 'Please click the link in the email to reset your password.' },
    { draft: 'Our team is looking into it.' },
    { draft: "Hi Priya,\n\nI've escalated this to our billing team.\n\nBest,\nSam" },
    { draft: 'Thanks for reporting this. The bug is logged.' },
    { draft: "I'll look into it." },
    { draft: 'Go to Settings and choose Update card.' },
    { draft: 'We will process it as soon as possible.', why: '"as soon as possible" promises no time' },
    { draft: "I understand how worrying this is with your mortgage due on Monday. I've blocked the card.", why: "Monday is the customer's deadline, not a promise" },
    { draft: "I can see how frustrating it is to have the rollout stalled for a week. I've sent a new certificate." },
    { draft: "I've reset your app password and ordered a replacement card, which will be posted to your home address.", why: 'the card is still on its way: say when' },
  ],
  pass: [
    { draft: "I'll email you by Friday with the result." },
    { draft: "You'll get a reply within 24 hours." },
    { draft: "I'll check back tomorrow to make sure it worked." },
    { draft: 'The refund will show by end of day.' },
    { draft: "I'll keep you posted." },
    { draft: 'We will let you know as soon as it ships.' },
    { draft: 'Expect an update on Monday.' },
    { draft: 'You should receive it Friday.' },
    { draft: 'It usually takes 3-5 business days to reach your account.' },
    { draft: 'Thank you, glad it all worked out!', customer: { feeling: 'grateful' } },
    { draft: 'Great news: your account is active again.', why: 'the outcome is already here' },
    { draft: "If you need it addressed to another company, reply here and I'll reissue it the same day." },
    { draft: "On the first payment date I'll check that it has gone through." },
    { draft: "I'm sorry this has dragged on for a week. The engineer will be with you on Thursday." },
    { draft: "I'm sorry for the wait, and your refund will reach you by Friday." },
    { draft: "I've fixed the bug on your workspace, so please try the invite again.", why: 'fixed: nothing left to follow up' },
  ],
};
