// Adversarial inputs for the analyzer's regexes: floods of one character, repeated words and
// punctuation without a sentence end, and strings built from a pattern's own literal characters
// and words (what makes a backtracking regex retry every position). Shared by the unit test that
// checks every analyzer regex and by `npm run bench`'s worst-input timings.
import { RULES } from '../../src/analyzer/rules/index.ts';
import { RULE_EXAMPLES } from '../../src/analyzer/rules/all-examples.ts';

/** Generic floods, `size` characters each. */
export function floods(size: number): string[] {
  const units = ['?', '!', '.', '…', ' ', '\n', '\t', 'a', 'A', 'I', "'", '’', '-', ',', '0', '9', '😀', 'é', '"', '(', '*', '_', '#', '@', '/',
    'a ', 'A ', 'I ', 'ab', '? ', '! ', '.a', 'a.', "a'", 'a-', '- ', '1 ', 'aA', 'i ', '!?', 'no ', 'not ', 'I am ', 'I ', 'you ', 'YOU ', 'sorry ',
    'sorry but ', 'please ', 'just ', 'we ', 'thank you ', 'very ', 'really ', 'so ', 'the ', 'and ', 'or ', 'your ', 'my ', 'a a ', 'x\n', '\n\n', '> ',
    ' \n', '. ', '.. ', 'Hi ', 'Dear ', 'http://', 'www.', '@a', 'a@', 'a.b', 'Mr. ', 'e.g. ', '$1 ', '10 ', '24/7 ', '...', '!!', '??', '?!'];
  return units.map((unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
}

/** Strings made of the literal words and characters in a regex source. */
export function derived(source: string, size: number, max = 24): string[] {
  const words = [...new Set(source.match(/[a-z]{2,}/gi) ?? [])].slice(0, 8);
  const chars = [...new Set(source.replace(/\\[a-z]/gi, '').match(/[^a-z0-9\\()[\]{}|^$+*?]/gi) ?? [])].slice(0, 6);
  const units = [...words.flatMap((w) => [`${w} `, w, `${w}${w[0]}`]), ...chars, ...chars.map((c) => `${c} `), words.join(' ') + ' ', words.join('')];
  return units.slice(0, max).map((unit) => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size));
}

/** Sentences repeated with their sentence ends removed, as one 30,000-character run. */
export function runOn(sentences: readonly string[], size: number): string {
  const body = sentences.map((s) => s.replace(/[.!?…\n]+/g, ' ').trim()).join(' ');
  return `${body} `.repeat(Math.ceil(size / (body.length + 1))).slice(0, size);
}

/** Every flood, each rule's examples run together, and all the rules' faults run together. */
export function worstDrafts(size: number): string[] {
  const examples = RULES.map((rule) => runOn([...RULE_EXAMPLES[rule.id].fire, ...RULE_EXAMPLES[rule.id].pass].map((example) => example.draft), size));
  return [...floods(size), ...examples, runOn(RULES.flatMap((rule) => RULE_EXAMPLES[rule.id].fire.map((example) => example.draft)), size)];
}
