// Every rule's own examples, by rule id: for the examples test, the learned layer's trainer and
// `npm run eval`. Nothing the review runs imports this, so the analyzer's bundle leaves them out.
import type { RuleId } from '../types';
import { examples as acknowledgeFeeling } from './acknowledge-feeling';
import { examples as apologyBut } from './apology-but';
import { examples as blame } from './blame';
import { examples as cliche } from './cliche';
import { examples as dismissive } from './dismissive';
import { examples as followUp } from './follow-up';
import { examples as nextStep } from './next-step';
import { examples as nonApology } from './non-apology';
import { examples as policyWall } from './policy-wall';
import { examples as shouting } from './shouting';
import type { RuleExamples } from './types';
import { examples as useName } from './use-name';

export const RULE_EXAMPLES: Readonly<Record<RuleId, RuleExamples>> = {
  'acknowledge-feeling': acknowledgeFeeling,
  'use-name': useName,
  'next-step': nextStep,
  'follow-up': followUp,
  blame,
  dismissive,
  'non-apology': nonApology,
  'apology-but': apologyBut,
  cliche,
  shouting,
  'policy-wall': policyWall,
};
