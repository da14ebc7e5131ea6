// Is this draft English prose? The missing-content rules (acknowledge-feeling, use-name,
// next-step, follow-up) look for English phrasings, so on other languages, on pasted markup and on
// text without words they would only produce noise; the review skips them there.

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

const WORD_RE = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LATIN_RE = /\p{Script=Latin}/u;
const TAG_RE = /<\/?[a-zA-Z!][^<>]{0,300}>/g;

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

  let words = 0;
  let latin = 0;
  let english = 0;
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(sample)) !== null) {
    words++;
    const w = m[0];
    if (LATIN_RE.test(w)) latin++;
    if (ENGLISH.has(w.toLowerCase().replace('’', "'"))) english++;
  }
  WORD_RE.lastIndex = 0;
  if (words === 0 || markup > 0.3) return { english: false, words, markup };
  if (latin / words < 0.6) return { english: false, words, markup };
  // Short drafts carry little signal: one English word is enough; longer ones need a fair share.
  const isEnglish = words < 6 ? english >= 1 : english / words >= 0.2;
  return { english: isEnglish, words, markup };
}
