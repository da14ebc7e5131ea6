// One line per draft rule for the options page (from DESIGN.md "Draft rules").
import type { RuleId } from '../analyzer/types';

export const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  'acknowledge-feeling': 'The customer is upset and the draft never names or acknowledges the feeling.',
  'use-name': 'The customer’s name is known and the draft does not use it.',
  'next-step': 'No concrete next action or outcome: what was done, what happens now, or a clear instruction.',
  'follow-up': 'No commitment to follow up and no timeframe for the outcome.',
  blame: 'Blames or lectures the customer (“you should have”, “as I already explained”).',
  dismissive: 'Minimises the feeling or the problem (“calm down”, “it’s not a big deal”, “just”).',
  'non-apology': 'A conditional or blanket apology (“sorry if you feel”, “any inconvenience”).',
  'apology-but': 'An apology undone by “but” or “however” (“I’m sorry, but that’s our policy”).',
  cliche: 'Empty corporate filler (“we value your business”).',
  shouting: 'ALL-CAPS words that are not acronyms, or “!!”.',
  'policy-wall': 'Hides behind policy or the system with no alternative offered.',
};
