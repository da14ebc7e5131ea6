// non-apology: conditional or blanket apology ("sorry if you feel", "any inconvenience this may
// have caused", "we apologize if").
import { existence } from './checks';
import { RULE_TEXT } from './catalog';
import type { RuleDefinition, RuleExamples } from './types';

export const id = 'non-apology' as const;
const TEXT = RULE_TEXT['non-apology'];
export const severity = 'warning' as const;

const keepCase = (words: string, text: string) => (/^[A-Z]/.test(words) ? text.charAt(0).toUpperCase() + text.slice(1) : text);

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'existence',
  check: existence({
    phrases: [
      {
        re: "(?:(?:I'm|I am|we're|we are|I|we) )?(?:(?:so|really|very|truly) )?sorry (?:if |that )?you (?:feel|felt|see it|think) (?:that way|this way|like that|so)",
        fix: (w) => keepCase(w, "I'm sorry we let you down"),
        fixLabel: TEXT.fixes.whatHappened,
        message: TEXT.messages.feelThatWay,
      },
      {
        re: '(?<hit>(?:sorry|apologi[sz]e|apologies) if) (?:you|this|that|it|we|I|there|anyone|anything|something|any|our|my|the|your)',
        fix: (w) => w.replace(/(?<!\s)\s+if$/i, ' that'),
        fixLabel: TEXT.fixes.that,
      },
      {
        re: '(?:any|the) (?:inconvenience|trouble|frustration|confusion|issues?|problems?|offen[cs]e|upset|distress|disruption)(?: (?:this|that|it|which))? (?:may|might|could) (?:have )?(?:caused|cause)(?: you)?',
        fix: (w) => w.replace(/^any\b/i, (a) => (a[0] === 'A' ? 'The' : 'the')).replace(/(?<!\s)\s+(?:may|might|could)\s+(?:have\s+)?caused?/i, ' has caused'),
        fixLabel: TEXT.fixes.ownIt,
      },
      {
        // "sorry you feel the cancellation wasn't handled well": the complaint made an opinion
        re: "(?<hit>sorry (?:if |that )?you (?:feel|felt|think|believe)(?: that| like)?) (?:the|this|that|it|we|our|I|your)",
        fix: 'sorry that',
        fixLabel: TEXT.fixes.sorryThat,
        message: TEXT.messages.feelOpinion,
      },
      {
        // "we regret that you were dissatisfied", "sorry to hear you're not happy": sorry for the feeling, not for what happened
        re: "(?:(?:sorry|regret) (?:that |to hear (?:that )?)?you(?:'re| are| were| was|'ve been| have been| felt| feel| found| think| believe)(?: made to feel)? (?:so |very |really )?(?:unhappy|dissatisfied|displeased|not (?:happy|satisfied|pleased)|offended|that way)|regret (?:that )?you (?:feel|felt|think|believe)|sorry you(?:'ve| have)? (?:chosen|decided) to)",
        message: TEXT.messages.forFeeling,
      },
      { re: '(?:any|the) (?:inconvenience|trouble|frustration|confusion|issues?|problems?|upset|distress|disruption)(?: (?:this|that|which|you))? (?:may|might|could) have (?:been )?(?:experienced|felt|suffered|had)' },
      { re: 'to the extent that|(?:misunderstanding|confusion|mistake|error) on your part' },
      { re: "if (?:I|we) (?:have )?(?:fallen short|let you down|disappointed you)" },
      { re: "if (?:I|we) (?:have )?(?:upset|offended|inconvenienced|annoyed) you", fix: (w) => keepCase(w, /\bwe\b/i.test(w) ? "that we've let you down" : "that I've let you down") },
      { re: 'mistakes were made' },
    ],
  }),
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: "I'm sorry if you feel we let you down." },
    { draft: 'Sorry you feel that way.' },
    { draft: 'We apologize for any inconvenience this may have caused.' },
    { draft: 'We apologize if the delay caused problems.' },
    { draft: 'I apologize if my last message was unclear.' },
    { draft: 'Sorry for any confusion that might have caused.' },
    { draft: "I'm sorry if this caused you any trouble." },
    { draft: 'Mistakes were made on our side.' },
    { draft: "I'm sorry you feel the cancellation wasn't handled well." },
    { draft: 'We are sorry you felt that our reply was unhelpful.' },
    { draft: 'We regret that you were dissatisfied with your stay.' },
    { draft: "Sorry to hear you're not happy with our response." },
    { draft: 'We regret any frustration you may have experienced.' },
    { draft: 'If we have fallen short of your expectations in any way, please accept our apologies.' },
    { draft: "We're sorry if anything about your order wasn't to your liking." },
  ],
  pass: [
    { draft: "I'm sorry that the delivery was late." },
    { draft: "I'm sorry you had to wait so long." },
    { draft: "I'm sorry this happened, and I've refunded you." },
    { draft: "If you feel the fix didn't work, reply here." },
    { draft: 'I apologize for the delay in getting back to you.' },
    { draft: 'Sorry for the inconvenience.', why: 'a blanket cliché (see `cliche`), but not conditional' },
    { draft: "I'm sorry we made a mistake with your order." },
    { draft: 'Whether or not you feel like upgrading, your plan stays the same.' },
    { draft: "I'm sorry you feel let down after waiting so long." },
    { draft: "I'm sorry you were charged the £25 fee; it shouldn't have been applied, and I've reversed it." },
    { draft: "I'm sorry you've had to chase us three times about this." },
    { draft: 'I regret not calling you back on Friday as I promised.' },
  ],
};
