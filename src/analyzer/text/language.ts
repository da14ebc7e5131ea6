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
