// policy-wall: hides behind policy or the system with no alternative offered.
import { sentenceAround } from '../text/compose';
import { readable } from '../text/patterns';
import { existence } from './checks';
import { RULE_TEXT } from './catalog';
import type { RuleDefinition, RuleExamples } from './types';

export const id = 'policy-wall' as const;
const TEXT = RULE_TEXT['policy-wall'];
export const severity = 'warning' as const;

/** Any of these anywhere in the draft means an alternative is offered. */
const ALTERNATIVE = new RegExp(
  readable(
    "\\b(?:instead|what (?:I|we) (?:can|could) do|alternatively|alternative|however,? (?:I|we) (?:can|could|will|'ll|have|'ve)|options?|(?:I|we) (?:can|could) offer|(?:I'd|I would|we'd|we would) be (?:happy|glad) to|workaround|as an exception|(?<!(?:n't|not|unable to|never)\\b[^.!?]{0,24})make an exception|one thing (?:I|we) can do|the good news|(?:I|we)(?:'ve| have) (?:escalated|asked|raised|passed|flagged|requested)|(?:I'll|I will|we'll|we will) (?:escalate|ask|raise|request|check|see)|what I'll do|here's what|in the meantime|(?:I|we) can (?:still |also )?(?:offer|arrange|set up|send|give|escalate|help|transfer|swap|move|switch|exchange|rebook)|(?:I|we)(?:'ve| have) (?:also |now |already )?(?:found|issued|moved|approved|waived|arranged|booked|created|offered|credited))\\b",
  ),
  'i',
);

const check = existence({
  phrases: [
    { re: "(?:that's|that is|this is|it's|it is) (?:just |simply |unfortunately )?(?:our|the|company|store|standard) policy" },
    { re: "(?:it's|it is|this is|that's|that is|this would be|that would be) against (?:our |the |company )?(?:policy|policies|rules)" },
    { re: "our (?:\\w+ )?policy (?:doesn't|does not|won't|will not|is not to|states|says|is that|prohibits|requires|only allows|doesn't allow|does not allow)" },
    { re: '(?:due to|per|as per|according to|in line with|in accordance with) (?:our |the |company )?(?:\\w+ )?(?:policy|policies)' },
    { re: 'company policy' },
    { re: "(?:the|our) system (?:doesn't|does not|won't|will not|can't|cannot|isn't able to|is not able to)(?: (?:allow|let|permit|support|accept))?" },
    { re: "nothing (?:more |else |further )?(?:I|we) (?:can|could) do" },
    { re: "(?:unfortunately|sadly|regrettably|I'm afraid),? (?:I|we) (?:cannot|can't|can not|are unable to|am unable to|aren't able to|am not able to|are not able to|won't be able to|will not be able to|don't|do not)" },
    { re: "(?:I|we) (?:cannot|can't|don't|do not|won't) make (?:any )?exceptions?|no exceptions" },
    { re: "(?:sorry|afraid),? (?:but )?(?:I|we) (?:cannot|can't|can not|are unable to|am unable to|won't be able to|will not be able to)" },
    { re: "(?:(?:that's|that is|it's|it is|this is) (?:simply |just |unfortunately )?not|(?:this|that|it) (?:simply |just )?isn't) (?:possible|something (?:I|we) can (?:do|change|offer))" },
    { re: "(?:unable|not able|not allowed|not permitted) to (?:offer|give|issue|provide|make|process|accept|refund|change|cancel|approve|grant|extend|waive|honou?r|exchange|return)" },
    { re: "my hands are tied|(?:it's|it is|that's) out of my hands|I don't make the rules" },
    { re: "(?:I'm|I am|we're|we are) not (?:allowed|permitted|authori[sz]ed) to" },
    { re: "(?:that's|it's|this is) just (?:how|the way) (?:it works|it is|things are|things work)" },
    // "…fall within the notice period in our membership terms and are non-refundable", "your policy wording excludes…"
    { re: "(?:policy|policies|terms|rules|conditions)\\b[^.!?\\n]{0,60}?\\b(?:non-refundable|not refundable|non-returnable|excludes?|excluded)\\b" },
    { re: "(?:as per|in line with|in accordance with|according to) (?:our|the|your) (?:[\\w-]+(?:'s)? ){0,2}(?:terms|conditions|procedures?|process|guidelines|rules|agreement|clause [\\d.]+)" },
    { re: "(?:company|standard|our) (?:procedure|process|guidelines|rules) (?:don't|do not|doesn't|does not|won't) (?:allow|permit|let)|(?:goes|is) against (?:company |our )?(?:procedure|process|guidelines|rules)" },
    { re: "(?:rules are rules|(?:a )?system limitation|no way around it|(?:don't|do not) have the authority|(?:have|has) no (?:access|authority) to|(?:falls?|is) outside (?:our|the) (?:standard )?(?:process|policy|procedure|terms|remit))" },
    { re: "(?:terms|rules|conditions) (?:are clear|clearly state|do not permit|don't permit|do not allow|don't allow|state)\\b" },
    { re: "(?:cannot|can't|can not) be (?:reinstated|overridden)\\b" },
    // "Under our fraud policy, disputed amounts can't be credited…"
    { re: "under (?:our|the) (?:[\\w-]+(?:'s)? ){0,2}(?:policy|policies|terms|rules)[^.!?\\n]{0,80}?(?:can't|cannot|can not|won't|will not|isn't|is not|aren't|are not|unable|not (?:eligible|possible|allowed|covered))" },
    // "…fall under the hotel's own terms, so we can't cover…", "our system only books weekly windows, so I can't…"
    { re: "(?:policy|policies|terms|rules|system|procedures?|guidelines)\\b[^.!?\\n]{0,80}?\\b(?:so|which means|and) (?:I|we) (?:can't|cannot|can not|am unable to|are unable to|won't be able to|am not able to|are not able to)" },
  ],
  unless: ALTERNATIVE,
  suggest: (ctx, m) => {
    const s = sentenceAround(ctx.draft, m.start, m.end, ctx.layout.end);
    return [{ label: TEXT.fixes.alternative, text: ' What I can do instead is ', replace: { start: s.end, end: s.end } }];
  },
});

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'existence',
  check,
  excused: check.excused,
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: "That's our policy." },
    { draft: "The system doesn't allow me to change the date." },
    { draft: "There's nothing I can do about the fee." },
    { draft: "I'm not allowed to issue refunds after 30 days." },
    { draft: 'Per our policy, late returns are declined.' },
    { draft: 'My hands are tied on this one.' },
    { draft: "I'm afraid that's not possible." },
    { draft: 'We are unable to offer refunds on sale items.' },
    { draft: "Under our fraud policy, disputed amounts can't be credited until the investigation ends." },
    { draft: "Cancellations fall under the hotel's own terms, so we can't cover that night." },
    { draft: 'Our scheduling system only books weekly windows, so I can\'t give you a time slot.' },
    { draft: "I've blocked your card. The system won't let me make an exception." },
    { draft: 'The February charge falls within the notice period in our membership terms and is non-refundable.' },
    { draft: 'Section 4.2 of your policy wording excludes wear and tear from cover.' },
    { draft: 'As per our terms and conditions, sale items cannot be exchanged.' },
    { draft: "I'm afraid it's a system limitation and there's no way around it." },
    { draft: 'The promotion terms are clear that the discount cannot be applied retrospectively.' },
    { draft: 'That request falls outside our standard process, so the ticket has been closed.' },
  ],
  pass: [
    // LABELS.md: a refusal that cites no policy or system is not a policy wall.
    { draft: 'Unfortunately, we cannot refund opened items.' },
    { draft: 'Unfortunately, we cannot refund opened items. Instead, I can offer store credit.' },
    { draft: "The system doesn't allow date changes, but what I can do is cancel and rebook it for free." },
    { draft: "Our return policy gives you 60 days, so you're well within it." },
    { draft: "I'll update the system so it allows the new date." },
    { draft: "There's nothing you need to do; I've handled it." },
    { draft: "That's our policy, but here's what I can do: a full credit today." },
    { draft: 'You can read our privacy policy at example.com/privacy.' },
    { draft: "It's possible to change the date yourself under Orders." },
    { draft: "Unfortunately the item is out of stock, but I can offer you a similar one at the same price." },
    { draft: "Under the terms of your warranty, we'll replace the boots for free." },
    { draft: "Saver tickets can't be changed, and I've found an Anytime fare for the same journey that's only £6 more." },
    { draft: 'Under clause 7.2 the deduction can be challenged through the deposit scheme, and I have attached the form.' },
    { draft: 'The ticket was non-refundable, so I have moved it to your new date free of charge instead.' },
    { draft: "Our policy is 30 days, but I've made an exception and refunded you today." },
    { draft: "The system won't take that date. Let me make an exception and book it by hand." },
  ],
};
