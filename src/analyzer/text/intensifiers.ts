// The one list of intensifying adverbs ("so", "really", "utterly"), shared by the feeling detector
// (they raise a message's intensity) and acknowledge-feeling (they may stand between "that sounds"
// and the feeling word). Each adds words of its own job to it, under its own name.

export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'so', 'very', 'really', 'extremely', 'absolutely', 'completely', 'totally', 'utterly', 'incredibly', 'deeply', 'truly', 'super',
]);
