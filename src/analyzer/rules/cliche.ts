// cliche: empty corporate filler ("we value your business", "your satisfaction is our top priority").
import type { Suggestion } from '../types';
import { sentenceAround } from '../text/compose';
import { existence, type PhraseMatch } from './checks';
import { RULE_TEXT } from './catalog';
import type { RuleContext, RuleDefinition, RuleExamples } from './types';

export const id = 'cliche' as const;
const TEXT = RULE_TEXT['cliche'];
export const severity = 'suggestion' as const;

const WORD = /[\p{L}\p{N}]+/gu;
function countWords(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s) !== null) n++;
  WORD.lastIndex = 0;
  return n;
}

/** Cut the cliché; when it is (nearly) the whole sentence, cut the sentence. */
function cut(ctx: RuleContext, m: PhraseMatch): Suggestion[] {
  const text = ctx.draft;
  const sentence = sentenceAround(text, m.start, m.end, ctx.layout.end);
  const rest = countWords(text.slice(sentence.start, m.start)) + countWords(text.slice(m.end, sentence.end));
  if (rest <= 3) {
    let end = sentence.end;
    let start = sentence.start;
    // Take the spaces after it, or (at the end of a paragraph) the spaces before it.
    if (/^[ \t]+/.test(text.slice(end, end + 1))) {
      while (end < ctx.layout.end && (text[end] === ' ' || text[end] === '\t')) end++;
    } else {
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    }
    return [{ label: TEXT.fixes.cutSentence, text: '', replace: { start, end } }];
  }
  // Mid-sentence: cut the words and one space next to them.
  let end = m.end;
  let start = m.start;
  if (text[end] === ' ') end++;
  else if (start > 0 && text[start - 1] === ' ') start--;
  return [{ label: TEXT.fixes.cut, text: '', replace: { start, end } }];
}

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'existence',
  check: existence({
    phrases: [
      { re: '(?:we|I) (?:truly |really |greatly )?(?:value|appreciate) your (?:business|custom|patronage|loyalty)' },
      { re: '(?:your )?(?:satisfaction|happiness|experience|comfort|safety|security|well-?being|privacy|trust|peace of mind) is (?:our|my) (?:top|number one|#1|highest|first|main|utmost) priority' },
      { re: '(?:your )?(?:satisfaction|happiness|call|business|custom|feedback) is (?:very |extremely |really )?(?:important|valuable) to us' },
      { re: '(?:thank you|thanks) for your (?:patience and understanding|understanding and patience|continued patience|continued support|kind cooperation|cooperation in this matter)' },
      { re: '(?:we|I) (?:sincerely )?apologi[sz]e for any inconvenience(?: (?:caused|this has caused))?' },
      { re: '(?:we|I) (?:sincerely )?regret any inconvenience(?: caused)?' },
      { re: '(?:(?:I|we) apologi[sz]e|(?:I am|I\'m|we are|we\'re) sorry|sorry|apologies) for the inconvenience(?: caused)?' },
      { re: "(?:please )?(?:do not|don't) hesitate to (?:contact|reach out to|get in touch with|call|email|ask)(?: us| me)?" },
      { re: 'I hope (?:this|my) (?:email|e-mail|message) finds you well' },
      { re: 'as a valued customer|our valued customers?|dear valued customer' },
      { re: 'thank you for choosing [\\w&.-]+' },
      { re: "(?:we|I) (?:strive|aim) to (?:provide|deliver|give) (?:the best|excellent|exceptional|world-class|outstanding)" },
      { re: "(?:we are|we're|we remain) (?:fully |truly |deeply )?committed to (?:providing|delivering|offering|ensuring|creating) (?:an? |the )?(?:best|excellent|exceptional|outstanding|world-class|first-class|seamless|great|high-quality|top-notch|highest|a high)" },
      { re: '(?:is|are) at the (?:heart|core|centre|center) of (?:everything|all|what) (?:that )?we (?:do|make|stand for)' },
      { re: 'we pride ourselves (?:on|in)|we take (?:great )?pride in (?:providing|delivering|offering|creating|our)' },
      { re: '(?:thank you|thanks) for being (?:a |such a |our )?(?:valued|loyal) (?:customer|member|client|guest|patient)s?' },
      { re: '(?:exceed|surpass) your expectations|go(?:ing)? above and beyond' },
      { re: "rest assured|(?:we|I)(?:'ll| will)? (?:always )?strive to|we value you(?: as a (?:customer|member|client|guest))?|(?:we are|we're) always here (?:for you|to help)" },
      { re: '(?:we|I) take (?:this|these|your|all|such)(?: [\\w-]+){0,2} (?:very |extremely |incredibly |really )?seriously' },
      { re: '(?:we|I) (?:really |truly |greatly )?appreciate your (?:patience and understanding|understanding and patience|understanding|loyalty|continued support|business)' },
      { re: '(?:opportunity|chance) to serve you|always looking for ways to improve|continue to (?:deliver|provide|offer) (?:an? |the )?(?:excellent|outstanding|exceptional|great|best|highest)' },
    ],
    suggest: cut,
  }),
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: 'We value your business.' },
    { draft: 'Your satisfaction is our top priority.' },
    { draft: 'Thank you for your patience and understanding.' },
    { draft: 'Please do not hesitate to contact us if you need anything else.' },
    { draft: 'Your call is important to us.' },
    { draft: 'I hope this email finds you well.' },
    { draft: 'Sorry for the inconvenience.' },
    { draft: 'At Lumora, customer happiness is at the heart of everything we do.' },
    { draft: 'We pride ourselves on creating unforgettable moments for every guest.' },
    { draft: 'We are committed to delivering an outstanding learning experience.' },
    { draft: 'Thank you for being a valued customer.' },
    { draft: 'Your comfort is our number one priority.' },
    { draft: 'Rest assured, we are looking into this.' },
    { draft: 'We take these matters very seriously.' },
    { draft: 'We appreciate your patience and understanding.' },
    { draft: 'We hope to have the opportunity to serve you again in the future.' },
  ],
  pass: [
    { draft: 'Thanks for your patience while I looked into this.' },
    { draft: 'I value the time you took to write this up.' },
    { draft: 'Your refund is my top priority today.' },
    { draft: "If anything else comes up, reply to this email and I'll pick it up." },
    { draft: 'Please contact your bank to release the hold.' },
    { draft: 'Your call with Dana is booked for 3pm.' },
    { draft: 'Sorry for the wait: your new card is on its way.' },
    { draft: "I'm committed to getting this fixed by Friday, and I'll call you then." },
    { draft: 'Thanks for being patient with us while I checked the logs.' },
    { draft: 'I appreciate your patience while I checked with the warehouse.' },
    { draft: 'I take your point about the hold music, and I have passed it to the phone team.' },
    { draft: 'The fault is at the heart of the billing job, so I have paused it.' },
  ],
};
