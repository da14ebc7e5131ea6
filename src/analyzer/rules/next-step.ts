// next-step: no concrete next action or outcome (what was done, what happens now, or a clear
// instruction to the customer).
import { glueAtEnd } from '../text/compose';
import { readable } from '../text/patterns';
import { hasEnglishBody, missing } from './checks';
import { prefixThenWord, type WordSet } from '../text/wordset';
import { DONE_VERBS, INSTRUCTION_VERBS } from './lexicon';
import { snippetSuggestions } from './snippets';
import { RULE_TEXT } from './catalog';
import type { RuleDefinition, RuleExamples } from './types';

export const id = 'next-step' as const;
const TEXT = RULE_TEXT['next-step'];
export const severity = 'suggestion' as const;

const ADV = '(?:now |just |already |also |since |personally |quickly |gone ahead and |went ahead and |then |today |successfully )?';
const THINGS = "(?:it|this|that|they|these|those|yours|your (?:[\\w-]+ ){0,2}?[\\w-]+|the (?:[\\w-]+ ){0,2}?[\\w-]+|a (?:new |replacement |full )?(?:[\\w-]+))";
const OUTCOME_VERBS =
  'arrive|ship|reach|appear|show|update|reflect|go (?:out|through|live|back)|take|land|clear|process|work|renew|expire|come|start|resume|drop off|be (?:back|ready|fixed|resolved|delivered|refunded|credited|processed|sent|shipped|available|active|visible|restored|live|updated|reversed|released|cancell?ed|replaced|repaired|dispatched|on its way|with)';

/** Who else acts on the customer's behalf ("our team is…", "the courier has…"). */
const STAFF = 'team|teams|engineers?|developers?|specialists?|department|colleagues?|courier|carrier|warehouse|technicians?|manager|supervisor';

const flags = 'gim';
const re = (src: string) => new RegExp(readable(src), flags);

/** Any of these in the agent's text means a next step or outcome is there. */
export const NEXT_STEP_CUES: readonly RegExp[] = [
  re("\\b(?:is|are|'s) (?:now |already |all |back |fully )?(?:fixed|resolved|active|live|back (?:up|online|to normal)|working (?:again|now)|on (?:its|their) way|ready|sorted|restored|unlocked|reactivated|enabled|refunded|cancell?ed|done|in transit|out for delivery)\\b"),
  // what happens now: "I'll…", "we will…", "our team is…", "is being processed", "you'll receive…"
  // "I'll…" — but a promise only to look into it or to get back is a follow-up, not a step ("we'll look into it")
  re("\\b(?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| shall) (?:(?:also|then|now|personally|definitely|certainly) )?(?!not\\b|never\\b|be (?:happy|glad|pleased) to (?:help|assist)\\b|do (?:my|our) best\\b|try\\b|look (?:into|at) (?:it|this|that)\\b|get back to you\\b|be in touch\\b|(?:update|message|email|call|contact|text) you (?:again|back|with an update|once|when|as soon)\\b|let you know\\b|keep you (?:posted|updated|informed)\\b|follow up\\b|come back to you\\b|see what (?:I|we) can do\\b)"),
  re("\\b(?:I'm|I am|we're|we are) (?:now |currently |already |actively )?(?:looking into|working on|investigating|checking|reviewing|escalating|processing|sending|arranging|refunding|following up|fixing|testing|preparing|chasing|contacting|updating|monitoring)\\b"),
  re(`\\b(?:${STAFF}|admins?|lead) (?:is|are|will|'ll|has|have|'s) (?:now |currently |already |actively )?(?!not\\b|unable\\b|sorry\\b)\\w+ing\\b`),
  // "our security team will email you", "her team will call you on Thursday"
  re(`\\b(?:${STAFF}|admins?|lead|doctor|nurse|clinic|lab|surgeon|bank) (?:will|'ll) (?:now |then |also |personally )?(?!not\\b|never\\b|be unable\\b|need\\b|have to\\b)\\w+`),
  // "your visit remains booked for Thursday"
  re('\\b(?:is|are|remains?|stays?) (?:still |now |already )?(?:booked|scheduled|confirmed|reserved|in place|on track)\\b'),
  re('\\b(?:is|are) (?:now |currently )?being (?:processed|reviewed|investigated|shipped|prepared|handled|looked at|looked into|fixed|sent|refunded|escalated|worked on|repaired|replaced|updated|packed|dispatched)\\b'),
  re("\\byou(?:'ll| will| should| can expect to| can now| are now able to|'re now able to|'ll now| will now) (?:now |soon |also |then |shortly |automatically )?(?:receive|get|see|be able|have|hear|notice|find|be (?:charged|refunded|credited|contacted|notified))\\b"),
  re(`\\b${THINGS} (?:will|should|'ll) (?:now |then |also |automatically |soon |shortly )?(?:${OUTCOME_VERBS})\\b`),
  re('\\bwould you mind \\w+ing\\b'),
  re("\\blet (?:me|us) know (?:which|what|whether|when|where|how|your|the|if (?:you'd|you would) (?:like|prefer)|if (?:that|it|this) (?:works|helps|fixes))"),
  re("\\b(?:here's|here is|here are) (?:how|what|the (?:steps|link|tracking|new|details|instructions|code|form))\\b"),
  re('\\b(?:follow these steps|the steps are|next steps?:|tracking (?:number|link|code)|please find attached|find attached|attached (?:is|are|you|to this))\\b'),
];

/** A regex for where an action word starts, and the words that may start there (text/wordset). */
const WORD_CUES: readonly [RegExp, WordSet, RegExp?][] = [
  // what was done: "I've refunded", "we reset", "has been processed", "was issued this morning"
  [re(`\\b(?:I|we)(?:'ve|'d| have| had)? ${ADV}`), DONE_VERBS],
  [re('\\b(?:has|have) (?:now |just |already |also )?been '), DONE_VERBS],
  [re(`\\b(?:${STAFF}|lead) (?:has|have) (?:now |already |just )?`), DONE_VERBS],
  [re('\\b(?:was|were) (?:just |already |successfully |also )?'), DONE_VERBS, /\s+(?:this|today|yesterday|on|at|earlier|last|an\s+hour|a\s+few)\b/iy],
  // a clear instruction: "please click…", "Go to Settings", "could you send…", "you can download…"
  [re('\\bplease (?:just |simply |first |now |then |also |kindly |do )?'), INSTRUCTION_VERBS],
  [
    re(
      "(?:^[\\t\\x20]*|[.!?:;] )[\"“(]?(?:\\d+[.)] |[-*•] )?(?:(?:just|simply|first|then|next|now|also|finally|meanwhile|in the meantime|to fix this|to do this|to change this|once (?:that's|it's|this is) done|after that|if that doesn't work|if it (?:still )?doesn't work|when it arrives|if you'd like),? )?",
    ),
    INSTRUCTION_VERBS,
  ],
  [re('\\b(?:could|can|would|will) you (?:please |kindly |just |also )?'), INSTRUCTION_VERBS],
  [re('\\bif you (?:could|can|would) (?:please |kindly |also )?'), INSTRUCTION_VERBS],
  [re("\\byou (?:can|could|may|might want to|'ll want to|will want to|'ll need to|will need to|need to) (?:now |also |then |simply |still )?"), INSTRUCTION_VERBS],
];

/** True when the text states an action done or an instruction (see WORD_CUES). */
export function statesAction(text: string): boolean {
  for (const [prefix, set, after] of WORD_CUES) if (prefixThenWord(prefix, set, text, after)) return true;
  return false;
}

const ANYTHING_ELSE = /\b(?:anything\s+else|any\s+(?:other|more|further)\s+questions?|other\s+questions?|help\s+(?:you\s+)?with\s+(?:today|anything))\b/i;
const YOU = /\b(?:you|your)\b/i;

/** A direct question to the customer ("Which browser are you using?") asks for the next step. */
export function asksCustomer(text: string): boolean {
  let i = text.indexOf('?');
  let guard = 0;
  while (i >= 0 && guard++ < 200) {
    let s = i;
    while (s > 0 && i - s < 300 && !'.!?\n'.includes(text[s - 1]!)) s--;
    const sentence = text.slice(s, i);
    if (YOU.test(sentence) && !ANYTHING_ELSE.test(sentence)) return true;
    i = text.indexOf('?', i + 1);
  }
  return false;
}

const STARTER = "Here's what happens next: ";

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'missing',
  check: missing({
    // A thank-you from a grateful customer needs no next step.
    applies: (ctx) => hasEnglishBody(ctx) && ctx.feeling !== 'grateful',
    satisfiedBy: NEXT_STEP_CUES,
    satisfied: (ctx) => statesAction(ctx.text) || asksCustomer(ctx.text),
    at: 'end-of-body',
    report: (ctx, at) => ({
      evidence: [],
      suggestions: [{ label: TEXT.fixes.add, text: glueAtEnd(ctx.draft, at, STARTER) }, ...snippetSuggestions(ctx, id, at)],
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
    { draft: 'Hi Priya,\n\nThanks for your message about the billing issue.\n\nBest,\nSam' },
    { draft: 'Sorry to hear the app keeps crashing. That sounds really frustrating.' },
    { draft: 'Thanks for reaching out. We take these reports seriously.' },
    { draft: 'I understand your concern about the charge.' },
    { draft: 'Hello,\n\nWe have received your message regarding the order.' },
    { draft: 'Thanks for the update, Priya. Have a nice day.' },
    { draft: 'Apologies for the trouble with your account. I will be happy to help.' },
    { draft: 'Let me know if you have any questions.' },
    { draft: 'Our team will not be able to look at weekends.', why: 'a refusal is not a next step' },
    { draft: "Thanks for flagging it with us - we'll look into it.", why: 'a promise to look, with nothing done or decided' },
    { draft: "I'll get back to you by the end of Friday with an update.", why: 'a follow-up, not a step' },
    { draft: 'Thanks for writing in! Is there anything else I can help you with?', why: '"anything else?" is not a next step' },
  ],
  pass: [
    { draft: "I've refunded the charge; it will show in 3-5 days." },
    { draft: 'Please click the link in the email to reset your password.' },
    { draft: 'Our team is looking into it now.' },
    { draft: 'Go to Settings > Billing and choose Update card.' },
    { draft: "Reply with your order number and I'll check it." },
    { draft: 'Your replacement has been shipped.' },
    { draft: 'Sorry for the wait! Your refund of £23.50 was issued this morning.' },
    { draft: 'We will send a new code within the hour.' },
    { draft: "You're welcome, Priya! Glad it's working.", customer: { name: 'Priya', feeling: 'grateful' } },
    { draft: 'Could you send me a screenshot of the error?' },
    { draft: 'Our security team will email you a full summary by 3pm tomorrow.' },
    { draft: "I've chased the lab, and your results will be with Dr Hale by Wednesday." },
    { draft: "I've signed out all active sessions." },
    { draft: 'Your visit remains booked for this week.' },
    { draft: 'Hi Priya, which browser are you using?', why: 'a direct question asks the customer for the next step' },
    { draft: 'Hallo Priya, vielen Dank für Ihre Nachricht. Wir melden uns bald.', why: 'not English: skipped' },
  ],
};
