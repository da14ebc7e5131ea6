// English function words: they carry a sentence's grammar, not its meaning, so they never explain a
// finding on their own ("you", "which", "the" are no reason to call a sentence blame).
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those it its i me my we us our you your he him his she her they them their ' +
    'and or but so if then than as of to in on at by for from with about into over after before ' +
    'is am are was were be been being do does did have has had will would shall should can could may might must ' +
    "not no yes which who whom whose what when where why how there here all any some just also very too " +
    "i'm i've i'll i'd you're you've you'll you'd it's that's we're we've we'll there's don't didn't can't won't"
  ).split(' '),
);

const WORD = /[a-z]+(?:'[a-z]+)?/g;

/** Whether the text has a word that is not a function word. */
export function hasContentWord(text: string): boolean {
  const words = text.toLowerCase().replace(/’/g, "'").match(WORD);
  return words !== null && words.some((w) => !FUNCTION_WORDS.has(w));
}
