// What each draft rule says, in one place: its title (from ./titles.ts), description (RULE_DESCRIPTIONS), message, the labels of its fixes and
// whether it is local to a paragraph. The rules (./*.ts), the incremental reviewer, the coach, the popup,
// the options page and the CLI all read it from here; a phrase library may override a rule's title and
// message (`rules.<id>.title` / `.message`, see titleOf / messageOf).
//
// The wording follows docs/LABELS.md ("Draft rules"). `{placeholders}` in `messages` and `fixes` are
// filled by the rule (see `fill`).
import type { CoachingLibrary } from '../library-shape';
import type { FindingRuleId, RuleId } from '../types';
import { isRuleId, ownTitle, TITLES } from './titles';

export { CUSTOM_TITLE, findingTitle } from './titles';

export interface RuleText {
  id: RuleId;
  /** A short imperative, shown as the finding's heading ("Drop the blame"). */
  title: string;
  /** What the coach says when the rule fires. */
  message: string;
  /** Other wordings of the message for particular hits, by name. */
  messages: Readonly<Record<string, string>>;
  /** Labels of the rule's fixes, by name. */
  fixes: Readonly<Record<string, string>>;
  /**
   * True: the rule's hits in a paragraph depend only on that paragraph (the incremental reviewer caches
   * them per paragraph; a rule with `excused` is quiet when any paragraph excuses it). False: the rule
   * looks at the whole draft.
   */
  local: boolean;
}

/**
 * What each rule looks for, one line for the options page. Kept apart from RULE_TEXT so the analyzer's
 * bundle (the worker, the CLI) carries only what a review says, not the settings page's prose.
 */
export const RULE_DESCRIPTIONS = {
  'acknowledge-feeling':
    'The customer is upset (not neutral or grateful) and nothing in the draft names that feeling or its effect on them. Stock apologies (“sorry for the inconvenience”), “don’t worry” and “thank you for your patience” do not count.',
  'use-name':
    'The customer’s name is known and the draft does not address them by it (first name, or title and surname).',
  'next-step':
    'Nothing concrete moves the issue forward: no action done or scheduled, no instruction that could solve it, no request for specific information, no answer that settles the question. “We’re looking into it” is not a next step.',
  'follow-up':
    'Something is still open, and the draft neither says when the outcome happens (a date, “within 3–5 business days”, “tomorrow”) nor commits to get back in touch. “Soon”, “ASAP” and “let us know” do not count.',
  blame:
    'Blames or lectures the customer (“you should have”, “as I already explained”, “per my last email”, “make sure you do X next time”).',
  dismissive:
    'Plays down the feeling or the problem (“calm down”, “it’s not a big deal”, “these things happen”, a condescending “you simply need to…”).',
  'non-apology':
    'A conditional or blanket apology (“sorry if…”, “sorry you feel…”, “sorry for any inconvenience”, “…this may have caused”).',
  'apology-but':
    'An apology followed in the same or the next sentence by “but” or “however” that takes it back (“I’m sorry, but that’s our policy”).',
  cliche:
    'Empty filler about the company or how much the customer matters (“we value your business”, “your satisfaction is our top priority”, “we take this very seriously”).',
  shouting:
    'An all-caps word of two or more letters that is not an acronym or a code (NOT, NEVER; not FAQ, ETA, ZX-4471), or two or more “!” in a row.',
  'policy-wall':
    'Hides behind a policy, the terms or “the system” (“per our policy we cannot”, “there is nothing we can do”) and offers no other route to what the customer wants.',
} as const satisfies Readonly<Record<RuleId, string>>;

export const RULE_TEXT = {
  'acknowledge-feeling': {
    id: 'acknowledge-feeling',
    title: TITLES['acknowledge-feeling'],
    message: 'The customer seems upset: name the feeling before solving.',
    messages: { feeling: '{who} seems {feeling}{cue}: name the feeling before solving.' },
    fixes: { acknowledge: 'Acknowledge: “{phrase}”' },
    local: false,
  },
  'use-name': {
    id: 'use-name',
    title: TITLES['use-name'],
    message: "Greet the customer by name: it shows you're talking to a person, not a ticket.",
    messages: { named: "Greet {name} by name: it shows you're talking to a person, not a ticket." },
    fixes: { greet: 'Greet {name} by name' },
    local: false,
  },
  'next-step': {
    id: 'next-step',
    title: TITLES['next-step'],
    message: 'No clear next step: say what you did, what happens now, or what the customer should do.',
    messages: {},
    fixes: { add: 'Add the next step' },
    local: false,
  },
  'follow-up': {
    id: 'follow-up',
    title: TITLES['follow-up'],
    message: 'No follow-up: say when the customer will hear from you or see the result.',
    messages: {},
    fixes: { commit: 'Commit to a follow-up' },
    local: false,
  },
  blame: {
    id: 'blame',
    title: TITLES['blame'],
    message: 'This reads as blaming or lecturing the customer: explain what happens now instead.',
    messages: {},
    fixes: { recap: 'Say “To recap”' },
    local: true,
  },
  dismissive: {
    id: 'dismissive',
    title: TITLES['dismissive'],
    message: 'This minimizes the problem or the feeling: take it seriously instead.',
    messages: {},
    fixes: { dropMinimizer: 'Drop the minimizer' },
    local: true,
  },
  'non-apology': {
    id: 'non-apology',
    title: TITLES['non-apology'],
    message: 'A conditional apology sounds like no apology: say what you are sorry for ("I\'m sorry that …").',
    messages: {
      feelThatWay: '"Sorry you feel that way" blames the feeling: apologise for what happened instead.',
      feelOpinion: '"Sorry you feel…" makes the complaint an opinion: apologise for what happened instead.',
      forFeeling: "This is sorry for the customer's feeling, not for what happened: say what you are sorry for.",
    },
    fixes: {
      whatHappened: 'Apologise for what happened',
      that: 'Say “… that …”',
      ownIt: 'Own it: “… this has caused”',
      sorryThat: 'Say “sorry that …”',
    },
    local: true,
  },
  'apology-but': {
    id: 'apology-but',
    title: TITLES['apology-but'],
    message: 'The “but” takes the apology back: let the apology stand on its own.',
    messages: { word: 'The “{word}” takes the apology back: let the apology stand on its own.' },
    fixes: { split: 'Split it: apology first', end: 'End with the apology' },
    local: true,
  },
  cliche: {
    id: 'cliche',
    title: TITLES['cliche'],
    message: 'Corporate filler: cut it, or say something specific to this customer.',
    messages: {},
    fixes: { cutSentence: 'Cut the sentence', cut: 'Cut it' },
    local: true,
  },
  shouting: {
    id: 'shouting',
    title: TITLES['shouting'],
    message: 'Capitals and "!!" read as shouting: use plain case and one "!" at most.',
    messages: {},
    fixes: { lower: 'Write “{word}”', oneBang: 'Use one “!”' },
    local: true,
  },
  'policy-wall': {
    id: 'policy-wall',
    title: TITLES['policy-wall'],
    message: 'A wall, not a way forward: say what you can do instead (an alternative, an exception, an escalation).',
    messages: {},
    fixes: { alternative: 'Offer an alternative' },
    local: true,
  },
} as const satisfies Readonly<Record<RuleId, RuleText>>;

/** Fills `{key}` placeholders (an unknown key is left as it is). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}

/** A library's override of one of a rule's words, if it sets one (a non-blank string). */
function overrideOf(library: CoachingLibrary | null | undefined, rule: RuleId, field: 'title' | 'message'): string | undefined {
  const rules = library && typeof library === 'object' && library.rules && typeof library.rules === 'object' ? library.rules : undefined;
  const setting = rules ? rules[rule] : undefined;
  const value = setting && typeof setting === 'object' ? setting[field] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A rule's heading: the library's override, else the rule's own ("custom": the team phrase heading). */
export function titleOf(rule: FindingRuleId | string, library?: CoachingLibrary | null): string {
  return (isRuleId(rule) && titleOverride(rule, library)) || ownTitle(rule);
}

/** The title a library gives the rule in place of its own, if it sets one. */
export function titleOverride(rule: RuleId, library?: CoachingLibrary | null): string | undefined {
  return overrideOf(library, rule, 'title');
}

/** The message a library puts in place of every message of the rule, if it sets one. */
export function messageOverride(rule: RuleId, library?: CoachingLibrary | null): string | undefined {
  return overrideOf(library, rule, 'message');
}
