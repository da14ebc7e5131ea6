// The built-in phrase library: what the coach suggests when no team or personal library is set.
// Pure data (the analyzer imports it), written from the coaching principles in DEVELOPERS.md:
// name the feeling, use the name, own mistakes, say what happens next and when, anticipate the next need.
// Every acknowledgement must itself satisfy the acknowledge-feeling rule, and no avoid phrase may fire
// on a good reply (tests check both).
import type { PhraseLibrary } from './schema';

export const DEFAULT_LIBRARY: PhraseLibrary = {
  schemaVersion: 1,
  id: 'empathy-coach-default',
  name: 'Empathy Coach default library',
  version: '1.0.0',
  locale: 'en',
  updatedAt: '2026-11-23T00:00:00Z',
  acknowledgements: {
    frustrated: [
      { id: 'frustrated-see-how', text: 'I can see how frustrating this has been, {name}.' },
      { id: 'frustrated-understand', text: '{name}, I completely understand your frustration.' },
      { id: 'frustrated-sorry-deal', text: "I'm sorry you've had to deal with this, {name}; that sounds really frustrating." },
      { id: 'frustrated-sounds', text: "That sounds incredibly frustrating, {name}, and I'm sorry it's taken this long." },
      { id: 'frustrated-every-right', text: 'You have every right to be frustrated, {name}.' },
      { id: 'frustrated-hear-you', text: "I hear you, {name}: this shouldn't have been so hard." },
    ],
    angry: [
      { id: 'angry-why-upset', text: "{name}, I understand why you're upset, and you're right to be." },
      { id: 'angry-every-right', text: "I'm really sorry, {name}; you have every right to be angry about this." },
      { id: 'angry-see-why', text: 'I can see why this has made you so angry, {name}.' },
      { id: 'angry-right-upset', text: "You're right to be upset, {name}, and I'm sorry we let you down." },
      { id: 'angry-upsetting', text: 'I completely understand how upsetting this is, {name}.' },
      { id: 'angry-would-too', text: "I'm sorry we got this so wrong, {name}; I'd be upset too." },
    ],
    confused: [
      { id: 'confused-see-how', text: 'I can see how confusing this has been, {name}.' },
      { id: 'confused-sorry', text: "Sorry for the confusion, {name}; let me clear it up." },
      { id: 'confused-fair', text: "That's a really fair question, {name}, and I understand why it's confusing." },
      { id: 'confused-walk', text: 'I understand why this is confusing, {name}; let me walk you through it.' },
      { id: 'confused-right', text: "You're right, {name}: we didn't make this clear." },
      { id: 'confused-imagine', text: 'I can imagine how puzzling this must be, {name}.' },
    ],
    worried: [
      { id: 'worried-understand', text: 'I understand how worrying this is, {name}.' },
      { id: 'worried-imagine', text: 'I can imagine how stressful this must be, {name}.' },
      { id: 'worried-sounds', text: 'That sounds really stressful, {name}, and I want to put your mind at ease.' },
      { id: 'worried-concern', text: '{name}, I completely understand your concern.' },
      { id: 'worried-sorry', text: "I'm sorry you've been left worrying about this, {name}." },
      { id: 'worried-understandable', text: "It's completely understandable to be worried about this, {name}." },
    ],
    disappointed: [
      { id: 'disappointed-let-down', text: "I'm so sorry we let you down, {name}." },
      { id: 'disappointed-see-how', text: 'I can see how disappointing this is, {name}.' },
      { id: 'disappointed-understand', text: "I understand your disappointment, {name}; this isn't the experience we want for you." },
      { id: 'disappointed-right', text: "You're right to be disappointed, {name}." },
      { id: 'disappointed-not-experience', text: "That's not the experience you should have had, {name}, and I'm sorry." },
      { id: 'disappointed-why', text: "I completely understand why you're disappointed, {name}." },
    ],
    impatient: [
      { id: 'impatient-wait', text: "I'm sorry you've had to wait so long, {name}." },
      { id: 'impatient-too-long', text: 'Thank you for bearing with us, {name}; I know this has taken far too long.' },
      { id: 'impatient-quickly', text: 'I understand you need this sorted quickly, {name}.' },
      { id: 'impatient-dragged', text: "I'm sorry this has dragged on, {name}." },
      { id: 'impatient-long-enough', text: "You've waited long enough, {name}; here's where things stand." },
      { id: 'impatient-longer', text: 'I can see this has taken much longer than it should have, {name}.' },
    ],
    grateful: [
      { id: 'grateful-kind-words', text: 'Thank you so much for the kind words, {name}!' },
      { id: 'grateful-great', text: "That's great to hear, {name}!" },
      { id: 'grateful-glad', text: "I'm so glad that helped, {name}." },
    ],
    neutral: [
      { id: 'neutral-reaching-out', text: 'Thanks for reaching out, {name}.' },
      { id: 'neutral-in-touch', text: 'Thanks for getting in touch, {name}.' },
      { id: 'neutral-happy', text: 'Happy to help with this, {name}.' },
    ],
  },
  avoid: [
    {
      id: 'dear-customer',
      phrase: 'dear customer',
      rule: 'custom',
      message: '"Dear customer" reads like a form letter: greet them by name.',
      alternatives: ['Hi {name}'],
    },
    {
      id: 'kindly',
      phrase: 'kindly',
      rule: 'custom',
      message: '"Kindly" can sound stiff or passive-aggressive; "please" is warmer.',
      alternatives: ['please'],
    },
    {
      id: 'earliest-convenience',
      phrase: 'at your earliest convenience',
      rule: 'cliche',
      message: '"At your earliest convenience" is stiff filler: say when you need it, or drop it.',
      alternatives: ['when you have a moment', ''],
    },
    {
      id: 'it-is-what-it-is',
      phrase: 'it is what it is',
      rule: 'dismissive',
      message: '"It is what it is" shuts the conversation down: say what you can do.',
      alternatives: [],
    },
    {
      id: 'to-be-honest',
      phrase: 'to be honest',
      rule: 'custom',
      message: '"To be honest" suggests the rest was not: just say it.',
      alternatives: [''],
    },
  ],
  rules: {
    'acknowledge-feeling': { enabled: true, severity: 'suggestion' },
    'use-name': { enabled: true, severity: 'suggestion' },
    'next-step': { enabled: true, severity: 'suggestion' },
    'follow-up': { enabled: true, severity: 'suggestion' },
    blame: { enabled: true, severity: 'warning' },
    dismissive: { enabled: true, severity: 'warning' },
    'non-apology': { enabled: true, severity: 'warning' },
    'apology-but': { enabled: true, severity: 'warning' },
    cliche: { enabled: true, severity: 'suggestion' },
    shouting: { enabled: true, severity: 'warning' },
    'policy-wall': { enabled: true, severity: 'warning' },
  },
  snippets: [],
};
