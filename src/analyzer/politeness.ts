// Politeness of a draft, −1…1, from politeness strategies (Danescu-Niculescu-Mizil, Sudhof,
// Jurafsky, Leskovec & Potts 2013, "A computational approach to politeness with application to
// social factors", ACL). Each strategy is a small lexical/positional cue; a linear model over the
// strategy features gives a logit z, and politeness = tanh(z / 2) = 2·P(polite) − 1, so a draft is
// "polite" exactly when politeness > 0.
//
// The weights (politeness-weights.json) are learned by `npm run train` (scripts/train/politeness.ts):
// logistic regression over the strategy features of the Stanford Politeness Corpus (Wikipedia) and of
// requests written for this project in four other settings, rated blind (test/data/politeness).
// Gratitude, deference, greetings, apologies, hedges and indirect ("could you") requests come out
// polite; direct "why" questions, sentence-initial "so/but/and", factuality ("actually", "in fact"),
// negative words and challenges come out impolite.
import { weights as learnedWeights } from './politeness-weights.json';

export const STRATEGIES = [
  'gratitude',
  'deference',
  'greeting',
  'positive',
  'apology',
  'please',
  'pleaseStart',
  'btw',
  'counterfactual',
  'indicative',
  'hedge',
  'firstPlural',
  'firstStart',
  'first',
  'second',
  'secondStart',
  'directQuestion',
  'whyQuestion',
  'directStart',
  'factuality',
  'negative',
  'youBlame',
  'imperativeStart',
  'exclaim',
  'caps',
  'questions',
  'negation',
  'helpOffer',
  'agreement',
  'firstModal',
  'opinionAsk',
  'challenge',
  'negQuestion',
  'multiMark',
  'length',
] as const;
export type Strategy = (typeof STRATEGIES)[number];
export type StrategyFeatures = Record<Strategy, number>;

export type PolitenessWeights = Readonly<Record<Strategy | 'bias', number>>;

/** Learned weights (see header). `bias` is the logit of a draft with no strategy at all. */
export const WEIGHTS: PolitenessWeights = learnedWeights as PolitenessWeights;

// ---- cues (compiled once) ----------------------------------------------------------------------

const A = "['’]";
const GRATITUDE = /\b(?:thanks|thank\s+you|thankful|grateful|appreciated?|appreciating|appreciation|cheers)\b/gi;
const DEFERENCE_START = /^(?:great|good|nice|interesting|cool|excellent|awesome|wonderful|fantastic|impressive|brilliant|lovely|fair)\b/i;
const DEFERENCE = new RegExp(
  `\\b(?:(?:great|good|nice|excellent|fair|valid|interesting)\\s+(?:question|point|work|job|idea|catch|article|edits?|contributions?|suggestion)s?|you${A}?(?:re|\\s+are)\\s+(?:absolutely\\s+|quite\\s+)?(?:right|correct)|I\\s+agree|well\\s+done|you\\s+(?:clearly\\s+)?know\\s+(?:a\\s+lot|more|your)|your\\s+(?:expertise|help|input|advice))\\b`,
  'gi',
);
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good\s+(?:morning|afternoon|evening|day)|howdy|hiya)\b/i;
const POSITIVE = /\b(?:great|good|nice|glad|happy|pleased|helpful|wonderful|excellent|lovely|kind|kindly|welcome|best|love|enjoy(?:ed)?|fantastic|awesome|brilliant|perfect|hope|hopefully|interesting|useful|fine|fair|well)\b/gi;
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|oops|whoops|woops|excuse\s+me|forgive\s+me|pardon\s+me|my\s+bad|I\s+regret|my\s+mistake)\b/gi;
const PLEASE = /\bplease\b/gi;
const BTW = /\b(?:by\s+the\s+way|btw|incidentally)\b/gi;
const COUNTERFACTUAL = /\b(?:could|would)\s+you\b|\b(?:would|do)\s+you\s+mind\b|\bif\s+you\s+(?:could|would|don['’]t\s+mind|have\s+(?:a\s+moment|time))\b|\bwould\s+it\s+be\s+(?:possible|ok|okay|alright)\b|\bI\s+was\s+wondering\b|\bwould\s+(?:be\s+)?(?:great|grateful|appreciated|nice|helpful)\b/gi;
const INDICATIVE = /\b(?:can|will)\s+you\b/gi;
const HEDGE = new RegExp(
  `\\b(?:I\\s+(?:think|believe|guess|suppose|suggest|feel|wonder|assume|imagine|was\\s+wondering|am\\s+not\\s+sure|${A}m\\s+not\\s+sure)|I${A}m\\s+not\\s+sure|not\\s+sure|perhaps|maybe|might|possibly|probably|presumably|apparently|seems?|seemed|somewhat|sort\\s+of|kind\\s+of|a\\s+bit|a\\s+little|if\\s+possible|any\\s+chance|hopefully|I\\s+hope|I${A}d\\s+like|I\\s+would\\s+like|wondering|suggest(?:ion)?|consider|unless)\\b`,
  'gi',
);
const FIRST_PLURAL = new RegExp(`\\b(?:we|our|ours|us|let${A}s)\\b`, 'gi');
const FIRST = /\b(?:I|me|my|mine|myself)\b/g;
const SECOND = /\b(?:you|your|yours|yourself)\b/gi;
const FIRST_START = /^(?:I|my)\b/;
const SECOND_START = /^(?:you|your)\b/i;
const DIRECT_QUESTION_START = /^(?:what|who|how|where|when|which|whose)\b/i;
const WHY_START = /^(?:why|how\s+come)\b/i;
const DIRECT_START = /^(?:so|then|and|but|or|well|now|look|listen|seriously|again|also|anyway)\b/i;
const FACTUALITY = /\b(?:in\s+fact|actually|the\s+fact\s+(?:is|that)|the\s+point\s+is|the\s+reality\s+is|the\s+truth\s+is|really|obviously|clearly|of\s+course|honestly|seriously|frankly|simply|certainly|surely|evidently)\b/gi;
const NEGATIVE = new RegExp(
  `\\b(?:wrong|bad|stupid|ridiculous|nonsense|useless|pointless|silly|absurd|idiot\\w*|dumb|lie|lies|lying|liar|rude|annoying|terrible|awful|horrible|pathetic|crap|damn|hell|shit\\w*|fuck\\w*|suck\\w*|vandal\\w*|spam\\w*|disrupt\\w*|attack\\w*|abuse\\w*|abusive|garbage|incompetent|lazy|worst|hate|hated|problem|problems|mistake|error|fail\\w*|biased|censor\\w*|troll\\w*|blocked|ban|banned|threat\\w*|harass\\w*|insult\\w*|accus\\w*|blame\\w*|complain\\w*|ignor\\w*|refus\\w*|revert(?:ed|ing)?|deleted|delete|removed|remove|unacceptable|disagree|doubt|confus\\w*|misleading|violat\\w*|upset|angry|offensive|nobody|unfair|POV|weird|strange|odd)\\b`,
  'gi',
);
const YOU_BLAME = new RegExp(
  `\\byou(?:${A}re|\\s+are)?\\s+(?:didn${A}t|did\\s+not|never|always|keep|kept|should\\s+have|shouldn${A}t|failed|don${A}t|do\\s+not|can${A}t|cannot|won${A}t|have\\s+no|aren${A}t|are\\s+not|obviously|clearly|just|even|seem\\s+to\\s+think|must\\s+be)\\b`,
  'gi',
);
const IMPERATIVE_START = /^(?:stop|don['’]t|do\s+not|quit|look|read|go|check|see|explain|tell|give|remove|revert|leave|add|fix|change|undo|put|take|show|answer|discuss|provide|use|make|get|move|delete|keep|try|note|consider|cite|source|respond|reply|let|calm|learn|find|bring|be|do|ask|come|refrain|cease|review|state|justify)\b/i;
const EXCLAIM = /!/g;
const CAPS = /\b[A-Z]{3,}\b/g;
const QUESTION = /\?/g;
const NEGATION = new RegExp(`\\b(?:not|no|never|nothing|none|nobody|neither|nor)\\b|n${A}t\\b`, 'gi');
const HELP_OFFER = /\b(?:let\s+me\s+know|feel\s+free|happy\s+to\s+help|glad\s+to\s+help|if\s+you\s+(?:need|have\s+any|want)|any\s+(?:help|advice|ideas|suggestions|thoughts|input|feedback)|your\s+thoughts|would\s+love|I['’]d\s+love|help\s+(?:me|us|out))\b/gi;

const AGREEMENT_START = new RegExp(`^(?:yes|yep|yeah|sure|ok|okay|certainly|absolutely|no\\s+(?:problem|worries)|you${A}?(?:re|\\s+are)\\s+(?:very\\s+|most\\s+)?welcome|my\\s+pleasure|anytime|fine|agreed|done|merci|cheers)\\b`, 'i');
const FIRST_MODAL = /\b(?:may|can|could|should|shall|might)\s+I\b/gi;
const OPINION_ASK = new RegExp(`\\b(?:do\\s+you\\s+think|what\\s+do\\s+you\\s+think|any\\s+(?:thoughts|ideas|suggestions|advice|objections)|your\\s+(?:thoughts|opinion|view|advice)|would\\s+you\\s+agree|what${A}s\\s+your\\s+(?:view|opinion|take))\\b`, 'gi');
const CHALLENGE = new RegExp(
  `\\b(?:are\\s+you\\s+(?:saying|sure|serious|kidding|joking|aware|even|really|in\\s+a\\s+hurry|trying)|you${A}re\\s+(?:joking|kidding)|did\\s+you\\s+(?:even|really|not)|what${A}s\\s+with|mind\\s+explaining|how\\s+so|care\\s+to\\s+(?:explain|address)|do\\s+you\\s+(?:even|really|not)|what\\s+(?:the\\s+hell|on\\s+earth)|how\\s+dare|I\\s+(?:see|notice|noticed|saw)\\s+(?:that\\s+)?you|for\\s+goodness\\s+sake|whatever)\\b`,
  'gi',
);
const NEG_QUESTION_START = new RegExp(`^(?:aren${A}t|isn${A}t|don${A}t|doesn${A}t|didn${A}t|won${A}t|wouldn${A}t|can${A}t|couldn${A}t|shouldn${A}t|haven${A}t|hasn${A}t|weren${A}t|wasn${A}t)\\s+(?:you|it|this|that|there|we|they|he|she)\\b`, 'i');
const MULTI_MARK = /[?!]\s*[?!]/g;
const WORDS = /[A-Za-z]+/g;
const PLEASE_START = /^please\b/i;

const SENTENCE_SPLIT = /[.!?]+(?=\s|$)|\n+/g;

function count(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

const WS_START = /^[\s"'“‘(*•-]+/;

/** Strategy features of a text (counts, capped small: strategies matter more by presence than by number). */
export function politenessFeatures(text: string): StrategyFeatures {
  const f = Object.fromEntries(STRATEGIES.map((s) => [s, 0])) as StrategyFeatures;
  if (!text || !text.trim()) return f;
  f.gratitude = count(GRATITUDE, text, 2);
  f.deference = Math.min(2, count(DEFERENCE, text, 2));
  f.greeting = GREETING.test(text) ? 1 : 0;
  f.positive = count(POSITIVE, text, 3) / 3;
  f.apology = count(APOLOGY, text, 2);
  f.btw = count(BTW, text, 1);
  f.counterfactual = count(COUNTERFACTUAL, text, 2);
  f.indicative = count(INDICATIVE, text, 2);
  f.hedge = count(HEDGE, text, 3) / 3;
  f.firstPlural = count(FIRST_PLURAL, text, 3) / 3;
  f.first = count(FIRST, text, 4) / 4;
  f.second = count(SECOND, text, 4) / 4;
  f.factuality = count(FACTUALITY, text, 2);
  f.negative = count(NEGATIVE, text, 3) / 3;
  f.youBlame = count(YOU_BLAME, text, 2);
  f.exclaim = count(EXCLAIM, text, 2);
  f.caps = count(CAPS, text, 2) / 2;
  f.questions = count(QUESTION, text, 3) / 3;
  f.negation = count(NEGATION, text, 3) / 3;
  f.helpOffer = count(HELP_OFFER, text, 2);
  f.firstModal = count(FIRST_MODAL, text, 2);
  f.opinionAsk = count(OPINION_ASK, text, 2);
  f.challenge = count(CHALLENGE, text, 2);
  f.multiMark = count(MULTI_MARK, text, 2);
  f.length = count(WORDS, text, 120) / 60;

  // Sentence-initial cues, one pass over the sentences.
  let pleaseStart = 0;
  SENTENCE_SPLIT.lastIndex = 0;
  let from = 0;
  const visit = (start: number, end: number, isQuestion: boolean) => {
    let s = text.slice(start, Math.min(end, start + 200));
    s = s.replace(WS_START, '');
    if (!s) return;
    if (PLEASE_START.test(s)) pleaseStart = 1;
    if (AGREEMENT_START.test(s)) f.agreement = 1;
    if (isQuestion && NEG_QUESTION_START.test(s)) f.negQuestion = 1;
    if (FIRST_START.test(s)) f.firstStart = 1;
    if (SECOND_START.test(s)) f.secondStart = 1;
    if (DIRECT_START.test(s)) f.directStart = 1;
    if (isQuestion && WHY_START.test(s)) f.whyQuestion = 1;
    else if (isQuestion && DIRECT_QUESTION_START.test(s)) f.directQuestion = 1;
    if (IMPERATIVE_START.test(s)) f.imperativeStart = 1;
    if (DEFERENCE_START.test(s)) f.deference = Math.min(2, f.deference + 1);
  };
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_SPLIT.exec(text)) !== null) {
    if (m[0].length === 0) {
      SENTENCE_SPLIT.lastIndex++;
      continue;
    }
    visit(from, m.index, m[0].includes('?'));
    from = m.index + m[0].length;
  }
  SENTENCE_SPLIT.lastIndex = 0;
  if (from < text.length) visit(from, text.length, false);

  const please = count(PLEASE, text, 2);
  f.pleaseStart = pleaseStart;
  f.please = Math.max(0, please - pleaseStart);
  return f;
}

/** The model's logit for a text. */
export function politenessLogit(text: string, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  const f = politenessFeatures(text);
  let z = weights.bias ?? 0;
  for (const s of STRATEGIES) z += (weights[s] ?? 0) * f[s];
  return z;
}

/** −1…1: 2·P(polite) − 1 under the strategy model; 0 for empty text. */
export function politeness(text: string): number {
  if (typeof text !== 'string' || !text.trim()) return 0;
  const z = politenessLogit(text);
  const p = Math.tanh(z / 2);
  return Number.isFinite(p) ? Math.round(p * 1000) / 1000 : 0;
}
