// Is this English? The one place the analyzer asks, for its two readers:
// - languageOf: is this draft English prose? The missing-content rules (acknowledge-feeling,
//   use-name, next-step, follow-up) look for English phrasings, so on other languages, on pasted
//   markup and on text without words they would only produce noise; the review skips them there.
// - guessEnglish: how English is the customer's message? The feeling model and cues only know
//   English; other languages get `neutral` with low confidence (the guess scales the confidence).
// Both read letters the same way (isLatinLetter); each has the word list its question needs.

const SAMPLE = 6000;

// Frequent English words that are rare as words in German, Spanish, French, Italian, Portuguese and
// Dutch (so not "in", "an", "so", "was", "will", "we", "is", "of", "me", "a", "on", "no", "has").
const ENGLISH = new Set(
  (
    'the you your yours and to for this that these those with have are it its it\'s be been being can could ' +
    'would should please thank thanks sorry i i\'m i\'ve i\'ll i\'d my our ours us not at what if from they them ' +
    'their there here do does did don\'t doesn\'t didn\'t just about which when how why who any all get got ' +
    'let know by or you\'re you\'ve you\'ll we\'re we\'ve we\'ll that\'s it\'ll can\'t won\'t isn\'t aren\'t ' +
    'hi hello hey dear best regards cheers again into out up off some more very really also still yet after ' +
    'before because than then them were had having into only new now today tomorrow soon refund order account ' +
    'help happy glad issue team email password payment ok okay yes sure done'
  ).split(' '),
);

const TAG_RE = /<\/?[a-zA-Z!][^<>]{0,300}>/g;

/** Latin letters: ASCII, Latin-1 and Latin Extended-A/B (no × ÷). */
function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Letters of other scripts (Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul, …), by code block. */
function isOtherLetter(c: number): boolean {
  return (c >= 0x370 && c < 0x2000) || (c >= 0x2c00 && c < 0xd800 && !(c >= 0x3000 && c <= 0x303f)) || (c >= 0xf900 && c < 0xfe00) || (c >= 0xfe70 && c < 0xff00);
}

export interface LanguageInfo {
  /** Mostly English prose: the English-specific rules apply. */
  english: boolean;
  /** Letter-words seen in the sample. */
  words: number;
  /** Share of the sample inside HTML/XML tags. */
  markup: number;
}

/** Looks at the first few thousand characters of text[from, to). Linear time. */
export function languageOf(text: string, from = 0, to = text.length): LanguageInfo {
  const sample = text.slice(from, Math.min(to, from + SAMPLE));
  let tagChars = 0;
  TAG_RE.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TAG_RE.exec(sample)) !== null) tagChars += t[0].length;
  TAG_RE.lastIndex = 0;
  const markup = sample.length ? tagChars / sample.length : 0;

  // One pass over the characters: Latin words (checked against the English list) and other-script letters.
  let words = 0;
  let latinWords = 0;
  let otherLetters = 0;
  let english = 0;
  let word = '';
  const flush = () => {
    if (!word) return;
    words++;
    latinWords++;
    if (ENGLISH.has(word.toLowerCase())) english++;
    word = '';
  };
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if (isLatinLetter(c)) {
      if (word.length < 40) word += sample[k];
    } else if ((c === 39 || c === 0x2019) && word) {
      word += "'";
    } else {
      flush();
      if (isOtherLetter(c)) otherLetters++;
    }
  }
  flush();
  // Scripts without spaces between words: count ~2 letters as a word.
  words += Math.ceil(otherLetters / 2);
  const latin = latinWords;
  if (words === 0 || markup > 0.3) return { english: false, words, markup };
  if (latin / words < 0.6) return { english: false, words, markup };
  // Short drafts carry little signal: one English word is enough; longer ones need a fair share.
  const isEnglish = words < 6 ? english >= 1 : english / words >= 0.2;
  return { english: isEnglish, words, markup };
}

// ---- The customer's message: how English is it? ----

export const ENGLISH_FUNCTION: ReadonlySet<string> = new Set(
  ('the a an and or but if of to in on at for with from by is are was were be been am i you he she it we they ' +
    'my your our their this that these those not no yes do does did have has had will would can could should me us ' +
    'them what why how when where which who there here just so very still again please thanks thank hi hello dear ' +
    "i'm i've don't can't it's isn't didn't doesn't won't haven't").split(' '),
);

// Frequent function words of other Latin-script languages (es, fr, de, pt, it, nl) that are not
// also common English words.
const FOREIGN_FUNCTION = new Set(
  ('el la los las del que y en un una por para con es mi mis su sus lo le se al pero como muy esta este está estoy ' +
    'tengo quiero quisiera hola gracias si sí ya también cuando porque pedido ' +
    'les des du de et est je tu il elle nous vous ils mon ma mes ton ta sa ses ce cette pas qui sur avec dans au aux ' +
    'bonjour merci ne suis ai très ' +
    'der die das den dem und ist ich du er sie wir ihr nicht ein eine einen mit für auf von zu mein meine mir mich ' +
    'bitte danke hallo guten können möchte habe haben aber oder noch ' +
    'os um uma do da dos em na não meu minha obrigado obrigada olá eu você é ' +
    'gli di che sono mio mia grazie ciao buongiorno ho ' +
    'het een ik je niet voor dat mijn bedankt graag').split(' '),
);

const LETTER = /\p{L}/u;

/** Counts letters and Latin-script letters in s (other scripts' letters via a regex test). */
function letterCounts(s: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLatinLetter(c)) {
      letters++;
      latin++;
    } else if (c >= 0x370 && LETTER.test(s[i]!)) letters++;
  }
  return { letters, latin };
}

export interface LanguageGuess {
  english: boolean;
  /** 0–1: how sure we are that the text is English */
  englishness: number;
}

/**
 * @param words normalized word tokens of the analysed text
 * @param sample the analysed text (letters are counted on at most its first 4,000 characters)
 * @param known how many of `words` are in the model's English vocabulary
 */
export function guessEnglish(words: readonly string[], sample: string, known: number): LanguageGuess {
  if (words.length === 0) return { english: true, englishness: 0.5 };
  const s = sample.length > 4000 ? sample.slice(0, 4000) : sample;
  const { letters, latin } = letterCounts(s);
  if (letters > 0 && latin < letters * 0.5) return { english: false, englishness: 0.05 };
  let en = 0;
  let foreign = 0;
  for (const w of words) {
    if (ENGLISH_FUNCTION.has(w)) en++;
    else if (FOREIGN_FUNCTION.has(w)) foreign++;
  }
  const coverage = known / words.length;
  if (foreign >= 2 && foreign > en) return { english: false, englishness: Math.min(0.3, coverage * 0.3) };
  if (en === 0 && words.length >= 4 && coverage < 0.5) return { english: false, englishness: coverage * 0.5 };
  const englishness = Math.min(1, 0.5 + 0.5 * Math.max(coverage, Math.min(1, en / Math.max(1, words.length * 0.3))));
  return { english: true, englishness };
}
