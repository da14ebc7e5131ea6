// Is the customer's message English? The model and cues only know English; other languages get
// `neutral` with low confidence. Cheap: function-word counts and script of the letters.

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

/** Counts letters and Latin-script letters in s (ASCII fast path; other code points via a regex test). */
function letterCounts(s: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
    } else if (c >= 0xc0 && c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) {
        letters++;
        latin++;
      }
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
