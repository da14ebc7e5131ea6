// Support-specific cue rules: phrases GoEmotions (Reddit) does not teach the model — waiting,
// threats to leave, billing errors, deadlines, sarcasm, "no worries". Each cue adds weights to the
// feeling logits, and each match becomes evidence. Patterns are data; keep them linear (no nested
// quantifiers) so the detector stays linear-time.
import { INTENSIFIERS } from '../text/intensifiers';
import type { Feeling } from '../types';

export interface Cue {
  id: string;
  re: RegExp;
  w: Partial<Record<Feeling, number>>;
  /** Politeness (thanks/appreciate): ignored when deciding whether a negative feeling hides behind thanks. */
  polite?: boolean;
  /** Raises intensity (threats, repeated complaints). */
  intense?: boolean;
  /** Support-specific phrasing (rare outside support mail): marks the message as a support message. */
  support?: boolean;
  /** Counts only in a support message (it misfires on general text). */
  supportOnly?: boolean;
  // Gating, measured on out-of-fold predictions of GoEmotions train (5-fold CV; never dev): greedy,
  // one change at a time, kept when it raised macro-F1 by ≥ 0.0001 and every hand-written support case
  // and behaviour test still passed. No longer mark a support message by themselves (they fire on
  // Reddit chat: "can't afford", "deadline", "which one", "hacked", "I might lose", "can you tell"):
  // cant-afford, will-i-lose, hacked, says-but-says, due-date, request. Count only in a support
  // message (the model already reads them, the cue over-pushed): im-worried, please-help, stakes.
  // Out-of-fold macro-F1 of the whole detector 0.5891 → 0.5922.
  /** Match across sentence ends (run on the whole span, not sentence by sentence). */
  whole?: boolean;
  /** Prefilter: word prefixes (or "?" / "!neg"), see NEEDS. */
  need?: string[];
}

const A = "['’]"; // apostrophe
const NT = `(?:n${A}?t|not)`; // don't / dont / do not → use as (?:do|does|...)${NT}
const NUM = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|a couple of|several|many|so many)';
const PERIOD = '(?:days?|weeks?|months?|hours?|business days|working days)';
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the weekend|the end of (?:the )?(?:day|week|month))';
const IM = `(?:i${A}?m|i am)`;
/** Up to two modifier words ("really", "a bit", "still so"), never a negation. */
const ADV = `(?:(?!not |never |no |n${A}t )[a-z]+ ){0,2}`;

// Cue regexes are matched against lower-cased text (no `i` flag: cheaper to compile and run).
const r = (src: string): RegExp => new RegExp(src, 'g');

export const CUES: Cue[] = [
  // ---------- impatient: waiting, repeats, urgency ----------
  { id: 'still-waiting', support: true, re: r(`\\bstill (?:waiting|wait|chasing)\\b|\\bstill (?:nobody|no one|no-one|no (?:reply|response|answer|update|refund|word|news|sign)|not (?:fixed|resolved|refunded|sorted|shipped|delivered))\\b`), w: { impatient: 3.5 }, intense: true },
  { id: 'still-not', re: r(`\\bstill (?:(?:has|have|is|was|does|did)(?: not|n${A}?t)|nothing|not (?:working|here|arrived|received|done))\\b`), w: { impatient: 2 } },
  { id: 'nth-time', support: true, re: r(`\\b(?:(?:this is|it${A}s|that${A}s|this${A}s|for) (?:the|my|our) (?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|tenth|umpteenth|hundredth|\\d+(?:th|rd|nd)) (?:time|email|message|call|request|ticket|attempt)|(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|tenth|umpteenth|hundredth|\\d+(?:th|rd|nd)) (?:time|email|message|call|request|ticket) (?:i|we)(?:${A}?ve| have| am|${A}?m)? (?:ask|call|writ|email|contact|chas|report|request|complain|reach|try|tri)\\w*)\\b`), w: { impatient: 3, frustrated: 0.5 }, intense: true },
  { id: 'asked-times', support: true, re: r(`\\b(?:asked|called|emailed|written|wrote|write|ask|call|email|contacted|chased|requested|reached out|told you|reported|complained)\\b[^.!?\\n]{0,50}?\\b(?:(?:${NUM}|multiple|numerous|countless|several|so many) times|twice)\\b`), w: { impatient: 3, frustrated: 1 }, intense: true },
  { id: 'tried-n-times', re: r(`\\b(?:tried|uploaded|submitted|sent|entered|reset|reinstalled|restarted|rebooted|re-?entered|re-?uploaded)\\b[^.!?\\n]{0,40}?\\b(?:${NUM}|multiple|numerous|countless|several|so many) times\\b`), w: { frustrated: 2.5 }, intense: true },
  { id: 'any-update', support: true, re: r(`\\bany (?:update|news|progress|word|updates|response|reply|eta)\\b`), w: { impatient: 2.5 } },
  { id: 'asap', re: r(`\\b(?:asap|as soon as possible|urgently|without further delay|straight away)\\b`), w: { impatient: 2.5 } },
  { id: 'need-by', support: true, re: r(`\\bneed (?:it|this|them|that|a (?:reply|response|fix|refund|replacement|resolution|callback)|an? answer|(?:my|the) [a-z]+(?: [a-z]+)?)(?: (?:fixed|resolved|sorted|done|back|working|delivered|refunded|sent|processed|answered|back online))? (?:by |before |for )?(?:today|tonight|now|tomorrow|this week|${DAY})\\b`), w: { impatient: 2.5, worried: 1 } },
  { id: 'for-n-days', re: r(`\\b(?:for|over|nearly|almost|it${A}s been|been|waited|waiting|has been|have been) (?:(?:over|more than|nearly|almost|about|the (?:last|past)) )?${NUM} (?:(?:whole|full|long|more|entire) )?${PERIOD}\\b|\\b${NUM} ${PERIOD} since (?:you|i|we|your)\\b|(?:n${A}?t|\\bnot|\\bno) [a-z]+ in (?:over |more than |nearly |almost )?${NUM} ${PERIOD}\\b`), w: { impatient: 2 } },
  { id: 'period-now', re: r(`\\b${PERIOD} (?:now|later|and (?:still|nothing|counting)|of (?:waiting|back and forth|calls|emails))\\b`), w: { impatient: 1.5 } },
  { id: 'been-waiting', support: true, re: r(`\\b(?:been waiting|have waited|i waited|waited (?:for|over|since|almost|nearly)|waiting (?:for|on) (?:a |an |my |your |the |this )?(?:reply|response|answer|update|refund|call|callback|technician|engineer|delivery|order|package|weeks|days|ages|hours|months|someone))\\b`), w: { impatient: 2 } },
  { id: 'nobody-back', support: true, re: r(`\\b(?:nobody|no one|no-one) (?:came|showed up|turned up|called|rang|phoned)\\b|\\b(?:nobody|no one|no-one|noone|none of you|you never|no-?body)(?: has| have| ever)? (?:got(?:ten)? back|called(?: me)? back|replied|responded|answered|contacted|followed up|returned my|bothered)\\b`), w: { impatient: 2.5, frustrated: 1 }, intense: true },
  { id: 'promised', support: true, re: r(`\\b(?:promised|told|assured|guaranteed)(?: me| us)?(?: that)? (?:a |an )?(?:call ?back|callback|refund|response|reply|update|someone would|you would|it would|i would|they would|to (?:call|email|get back|refund|fix|send))`), w: { impatient: 2, frustrated: 1.5 } },
  { id: 'again-and-again', re: r(`\\b(?:yet again|again and again|over and over(?: again)?|time and (?:time )?again)\\b|\\b(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)?|two|three|four|five|several) (?:[a-z]+ ){0,2}in a row\\b`), w: { frustrated: 1.5, impatient: 1 }, intense: true },
  { id: 'following-up', support: true, re: r(`\\b(?:following up|follow(?:ing)?[- ]up (?:again|on (?:this|my))|chasing (?:this|up|again)|checking in again|bumping this|reminder:)`), w: { impatient: 2.5 } },
  { id: 'on-hold', support: true, re: r(`\\bon hold for\\b|\\b(?:hold|queue) (?:for|times? of) (?:over )?${NUM}`), w: { impatient: 2.5, frustrated: 1 } },
  { id: 'hello-anyone', re: r(`\\b(?:hello|anyone|anybody|hi) ?\\?{1,}`), w: { impatient: 2 } },
  { id: 'nothing-yet', re: r(`\\b(?:and )?(?:still )?(?:nothing|no reply|no response|no refund|no answer|not received|nothing received|not arrived|no sign of it) (?:yet|so far|since)\\b|\\b(?:sent|submitted|ordered|returned|paid|requested|reported|emailed|called|opened|filed|placed|applied|cancell?ed)\\b[^.!?\\n]{0,40}?\\b${NUM} ${PERIOD} ago\\b`), w: { impatient: 2 } },
  { id: 'stuck-since', support: true, re: r(`\\b(?:stuck|pending|waiting|down|broken|offline|not working|no (?:internet|service|signal|power)|nothing)\\b[^.!?\\n]{0,40}?\\bsince (?:last |early |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|week|month|morning|the \\d|\\d|january|february|march|april|may|june|july|august|september|october|november|december)`), w: { impatient: 2.5 } },
  { id: 'someone-today', re: r(`\\b(?:can|could|will|would) (?:someone|somebody|anyone|you) (?:please )?(?:look at|fix|sort|resolve|handle|check|call|reply|respond|get back)\\b[^.!?\\n]{0,40}?\\b(?:today|tonight|now|asap|urgently|this morning|this afternoon)\\b`), w: { impatient: 2 } },
  { id: 'anyone-reading', re: r(`\\b(?:is|does) (?:anyone|anybody|someone) (?:actually |even |ever )?(?:reading|read|listening|there|working on|looking at|checking)\\b`), w: { impatient: 2.5, frustrated: 1 }, intense: true },
  { id: 'how-long', re: r(`\\bhow (?:much )?long (?:do|does|will|must|should|am|have|is|are|can)\\b`), w: { impatient: 2 } },
  { id: 'where-is', support: true, re: r(`\\bwhere(?:${A}s| is| are) (?:my|our|the) (?:order|refund|package|parcel|delivery|money|replacement|technician|engineer|item|reply|callback)\\b|\\bwhere is it\\?`), w: { impatient: 1.5 } },
  { id: 'when-will', re: r(`\\bwhen (?:exactly |on earth |the hell )?(?:will|can|do|am|are|is|does) (?:i|we|my|our|you|it|this|someone|the)\\b`), w: { impatient: 1 } },
  { id: 'day-n-without', support: true, re: r(`\\bday (?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:without|with no|of no|and still)\\b`), w: { impatient: 2.5, frustrated: 1 }, intense: true },
  { id: 'you-keep-saying', support: true, re: r(`\\byou (?:keep|kept) (?:saying|telling (?:me|us)|promising|asking (?:me|us))\\b|\\b(?:keep|kept) (?:being|getting) (?:told|promised|fobbed)\\b`), w: { impatient: 2, frustrated: 1 } },
  { id: 'need-actual', support: true, re: r(`\\b(?:i need|give me|get|want) (?:an? )?(?:actual|real|specific|proper|firm|exact|definite) (?:[a-z]+ )?(?:time|date|answer|timeline|eta|slot|time ?slot|appointment)\\b`), w: { impatient: 2 } },
  { id: 'how-much-longer', support: true, re: r(`\\bhow much longer\\b|\\bplease hurry\\b`), w: { impatient: 2.5 } },
  { id: 'hurry', re: r(`\\b(?:hurry up|get (?:this|it) (?:sorted|fixed|done) (?:now|today)|stop (?:stalling|delaying)|taking (?:so|too|forever|ages)|takes (?:forever|ages)|ages ago|still pending|how many more)\\b`), w: { impatient: 1.5 } },

  // ---------- angry: threats to leave / review / chargeback / legal ----------
  { id: 'cancel', support: true, re: r(`\\b(?:(?:i${A}?ll|i will|i${A}?m going to|going to|gonna|i want to|i${A}?d like to|about to|i${A}?m|i am|we${A}?re|we are|we will) (?:be )?(?:cancel+(?:ing)?|clos(?:e|ing)|terminat(?:e|ing)) (?:my|our|the|this) (?:account|subscription|contract|service|membership|plan|policy|card|order)|cancel+ing (?:my|our) (?:account|subscription|contract|service|membership|plan)|(?:leave|leaving) (?:you|your (?:company|service|bank|network))|(?:i${A}?m|i am|we${A}?re) (?:leaving|done with you))\\b`), w: { angry: 3.5 }, intense: true },
  { id: 'switch-provider', support: true, re: r(`\\b(?:switch(?:ing)? to|mov(?:e|ing) to|go(?:ing)? (?:over )?to) (?:a |your )?(?:competitor|another (?:provider|bank|company|carrier|service)|someone else)|\\btak(?:e|ing) (?:my|our) (?:business|money|custom) elsewhere\\b|\\bmov(?:e|ing) (?:my|our) (?:salary|accounts?|business|money|savings|mortgage|custom)\\b`), w: { angry: 4 }, intense: true },
  { id: 'review-threat', support: true, re: r(`\\b(?:(?:leave|leaving|write|writing|post|posting|give|giving)(?: you)? (?:a )?(?:bad|negative|terrible|scathing|honest|1[- ]star|one[- ]star|public)(?: review| rating)|(?:1|one|zero)[- ]star (?:review|rating)|(?:review|complain|post) (?:on|about (?:you|this) on) (?:trustpilot|yelp|google|twitter|facebook|social media)|(?:every|all the|online) review (?:site|sites|websites|platform)s?|post(?:ing)? about (?:this|you) (?:on|online|everywhere)|tell (?:everyone|all my friends))\\b`), w: { angry: 4 }, intense: true },
  { id: 'report', support: true, re: r(`\\b(?:report(?:ing)? (?:you|your company|your business|this company) to|better business bureau|bbb|trading standards|consumer (?:protection|rights|affairs)|ombudsman|fcc|cfpb|ftc|regulator)\\b`), w: { angry: 4 }, intense: true },
  { id: 'chargeback', support: true, re: r(`\\b(?:charge ?back|disput(?:e|ed|ing) (?:the|this|these|that) (?:charge|transaction|payment)s?|dispute it with my (?:bank|card)|(?:call(?:ing)?|go(?:ing)? to|contact(?:ing)?) my (?:bank|card (?:company|issuer|provider)))\\b`), w: { angry: 4 }, intense: true },
  { id: 'legal', support: true, re: r(`\\b(?:my (?:lawyer|attorney|solicitor)|(?:a|my) (?:lawyer|attorney|solicitor) (?:will|is)|contact(?:ing)? (?:a|my) (?:lawyer|attorney|solicitor)|legal action|take (?:this|you) to court|take legal|sue you|suing you|sue your|small claims|lawsuit against)\\b`), w: { angry: 4.5 }, intense: true },
  { id: 'accountable', support: true, re: r(`\\b(?:held|hold (?:you|someone|somebody|your company)) accountable\\b|\\bformal(?:ly)? complain(?:t|ing)?\\b|\\b(?:make|lodge|file|raise|making|lodging|filing|raising) a (?:formal )?complaint\\b`), w: { angry: 3 }, intense: true },
  { id: 'scam', re: r(`\\b(?:scam(?:mers?|med)?|rip[- ]?off|ripped (?:me )?off|daylight robbery|thieves|theft|that is stealing|this is stealing|stealing (?:my|our) money|con artists)\\b`), w: { angry: 2 }, intense: true },
  { id: 'unacceptable', re: r(`\\b(?:unacceptable|inexcusable|disgraceful|outrageous|appalling|absolute(?:ly)? (?:joke|disgrace|shambles)|what a joke|shambles|disgusting)\\b`), w: { angry: 2 }, intense: true },
  { id: 'worst', re: r(`\\b(?:the )?worst (?:customer |tech |technical )?(?:service|company|experience|support|provider|bank|airline|app)\\b`), w: { angry: 2.5 }, intense: true },
  { id: 'fed-up', re: r(`\\b(?:fed up|sick (?:and|&) tired|had enough|last straw|done with (?:you|this|your)|beyond (?:a )?joke|at my wit${A}?s end)\\b`), w: { angry: 2.5, frustrated: 1 }, intense: true },
  { id: 'kidding', re: r(`\\b(?:are you|you (?:people|guys)(?: are)?|is this a) (?:kidding|serious|joking|joke)\\b|\\bseriously\\?`), w: { angry: 1.5, frustrated: 1.5 }, intense: true },
  { id: 'never-again', re: r(`\\b(?:never again|never (?:use|buy|order|shop|recommend|fly)(?:ing)? (?:from |with )?(?:you|this|your|again)|will never (?:use|buy|order|recommend))\\b`), w: { angry: 2 }, intense: true },
  { id: 'insult', re: r(`\\b(?:incompetent|incompetence|useless|clueless|pathetic|idiots?|morons?|clowns|amateurs)\\b`), w: { angry: 1 }, intense: true },
  { id: 'sarcasm-thanks', support: true, re: r(`\\b(?:thanks|thank you) (?:for nothing|for wasting|a lot for nothing|for (?:absolutely )?nothing)|\\bthanks,? (?:but )?no thanks\\b`), w: { angry: 3.5, grateful: -5 }, intense: true },

  // ---------- frustrated: broken things, billing errors ----------
  { id: 'not-working', support: true, re: r(`\\b(?:still |again |just )?(?:does${NT}|doesn${A}?t|is${NT}|won${A}?t|will not|can${A}?t|cannot|not) (?:work|working|load|loading|connect|connecting|sync|syncing|open|opening|log ?in|start|turn on|charge|print|send|sending|go through|let me|finish|complete|pay|access|get through|reach)\\b`), w: { frustrated: 1.5 } },
  { id: 'stopped-working', support: true, re: r(`\\b(?:stopped|stops|quit|ceased) (?:working|charging|loading|syncing|connecting|responding|turning on)\\b|\\bbroke (?:after|within) (?:a|one|two|\\d+|the first)\\b`), w: { frustrated: 1.5, disappointed: 1 } },
  { id: 'keeps-failing', support: true, re: r(`\\bkeeps? (?:on )?(?:crashing|failing|dropping|freezing|disconnecting|happening|logging me out|charging|cutting out|breaking|going down|rejecting|declining|getting|asking|sending|telling)\\b`), w: { frustrated: 2 } },
  { id: 'keeps-verbing', re: r(`\\bkeeps (?:on )?(?!getting better|improving|growing|working|going)[a-z]+ing\\b|\\b(?:i|we) keep (?:getting|being|having|receiving|seeing|hearing)\\b`), w: { frustrated: 1.5 } },
  { id: 'told-before', support: true, re: r(`\\b(?:i${A}?ve|i have|i${A}?d|i had|we${A}?ve|we have) (?:already )?(?:told|informed|reported|explained|mentioned) (?:this|you|your (?:team|colleagues?|agents?))(?: about (?:this|it))? (?:before|already|multiple times|several times|twice|three times|again)\\b|\\bas i (?:already )?(?:said|explained|mentioned) (?:before|already|in my last)`), w: { frustrated: 2, impatient: 1 }, intense: true },
  { id: 'broken-again', support: true, re: r(`\\b(?:still|again|completely|totally) (?:broken|down|failing|crashing|not working|dead|unusable)\\b|\\b(?:broken|down|not working) again\\b`), w: { frustrated: 2 } },
  { id: 'tried-everything', support: true, re: r(`\\btried (?:everything|all|every|restarting|rebooting|reinstalling|resetting|twice|again|multiple)\\b`), w: { frustrated: 1.5 } },
  { id: 'double-charged', support: true, re: r(`\\b(?:(?:charged|billed|debited|taken)(?: me)? (?:twice|two times|double|again|for something|for an? [a-z]+ i (?:never|didn${A}?t)|the wrong)|double[- ](?:charged|billed)|overcharged|(?:charged|billed)(?: me)?(?: for)?[^.!?\\n]{0,40}? even though|still (?:being )?(?:charged|billed))\\b`), w: { frustrated: 2.5 }, intense: true },
  { id: 'marked-delivered', support: true, re: r(`\\b(?:says|shows|marked|showing|listed)(?: it| as| it as)? (?:delivered|shipped|resolved|closed|complete|completed|paid)\\b[^.!?\\n]{0,40}\\bbut\\b`), w: { frustrated: 2.5 } },
  { id: 'logs-me-out', support: true, re: r(`\\b(?:logs|kicks|signs|throws|locks) me out\\b|\\bevery (?:few|couple of) (?:minutes|seconds|hours)\\b`), w: { frustrated: 2 } },
  { id: 'locked-out', support: true, re: r(`\\b(?:locked|kicked|logged|shut) out\\b|\\bnever (?:arrives|comes|works|loads|sends|connects|goes through|shows up)\\b`), w: { frustrated: 2.5 } },
  { id: 'nothing-works', support: true, re: r(`\\b(?:nothing|none of (?:this|it|that|your suggestions)) (?:works|worked|helps|helped|has worked|has helped|fixed it)\\b`), w: { frustrated: 2 } },
  { id: 'waste-of-time', re: r(`\\b(?:waste of (?:my )?(?:time|money)|wast(?:ed|ing) (?:my|hours|days|so much|an hour|all)|going (?:round|around) in circles|run(?:ning)? around)\\b`), w: { frustrated: 2 }, intense: true },
  { id: 'same-problem', support: true, re: r(`\\b(?:same|identical) (?:problem|issue|error|thing) (?:again|keeps|over|as (?:last|before|yesterday|always))\\b|\\b(?:keep|keeps) (?:getting|being) (?:transferred|told|passed|bounced|the same)\\b`), w: { frustrated: 2, impatient: 0.5 } },
  { id: 'this-is-ridiculous', re: r(`\\b(?:this|that|it)(?: is|${A}s| was) (?:just |absolutely |completely |totally |so |beyond )?(?:ridiculous|absurd|insane|crazy|a joke|a nightmare|a mess|a shambles)\\b`), w: { frustrated: 2 }, intense: true },
  { id: 'not-happy', re: r(`\\b(?:not|n${A}?t|never|hardly) ${ADV}(?:happy|satisfied|pleased|impressed|acceptable|ok|okay|good enough|fair|right)\\b`), w: { frustrated: 2, disappointed: 1, grateful: -2.5, neutral: -0.5 } },
  { id: 'nobody-helps', re: r(`\\b(?:no one|nobody|no-one) (?:is )?(?:helping|helps|cares|seems to care|can help|knows)\\b`), w: { frustrated: 1.5 } },
  { id: 'no-sense', re: r(`\\b(?:makes|made) no sense\\b|\\bdoes${NT} make (?:any )?sense\\b|\\bdoesn${A}?t make (?:any )?sense\\b`), w: { confused: 2, frustrated: 1 } },
  { id: 'annoyed', re: r(`\\b${IM} ${ADV}(?:annoyed|frustrated|irritated|upset)\\b|\\bdriv(?:es|ing) me (?:crazy|mad|nuts|insane|up the wall|round the bend)\\b`), w: { frustrated: 2 }, intense: true },
  { id: 'is-annoying', re: r(`\\b(?:is|it${A}?s|this is|that${A}?s|so|very|really) (?:very |so |really |extremely |super )?(?:annoying|frustrating|infuriating|maddening|irritating)\\b`), w: { frustrated: 2 } },
  { id: 'im-angry', re: r(`\\b${IM} ${ADV}(?:fuming|livid|furious|angry|mad|pissed|outraged|seething|incensed)\\b`), w: { angry: 2 }, intense: true },

  // ---------- sarcasm ----------
  { id: 'sarcasm-great', whole: true, re: r(`\\b(?:oh )?(?:great|wonderful|fantastic|perfect|awesome|brilliant|lovely|terrific|super|marvell?ous|splendid)[,!.…]+ (?:another|so now|now (?:i|we) (?:have|get|can${A}?t)|(?:it${A}s |it is )?still|again|yet another|(?:the|my) [a-z]+ (?:is|are|has|have) (?:still|now|down|broken|gone)|i get to|i have to|(?:it|this)(?: is|${A}s) (?:broken|down|still))\\b`), w: { frustrated: 3.5, grateful: -4 }, intense: true },
  { id: 'sarcasm-positive-bad', whole: true, re: r(`(?:^|[.!?]\\s+)(?:oh )?(?:great|wonderful|fantastic|perfect|awesome|brilliant|lovely|terrific|excellent|marvell?ous|splendid|nice)[,!.…]+ (?:and )?(?:the|my|our|now|it|this|that|they|you)\\b[^.!?\\n]{0,50}?\\b(?:wrong|broken|missing|damaged|late|down|failed|failing|crashed|lost|cancell?ed|declined|not|never|no|worse|useless|again)\\b`), w: { frustrated: 3.5, grateful: -4 }, intense: true },
  { id: 'sarcasm-oh', re: r(`\\boh (?:great|wonderful|joy|perfect|fantastic|brilliant|lovely|goody)\\b`), w: { frustrated: 2.5, grateful: -3 }, intense: true },
  { id: 'sarcasm-love-how', re: r(`\\b(?:love|loving|i just love|gotta love|got to love) (?:how|that|it when|the way)\\b[^.!?\\n]{0,60}?\\b(?:have to|has to|still|can${A}?t|cannot|doesn${A}?t|don${A}?t|never|again|no one|nobody|not|every time)\\b`), w: { frustrated: 3, grateful: -3.5 }, intense: true },
  { id: 'another-without', support: true, re: r(`\\banother (?:day|week|weekend|month|night|evening|morning|hour) (?:without|with no|of no|and still)\\b`), w: { frustrated: 2.5, impatient: 1.5, grateful: -2 }, intense: true },
  { id: 'sarcasm-helpful', re: r(`\\b(?:very|really|so|super) helpful[,.]* not\\b|\\bthanks a lot,? (?:for )?(?:ruining|breaking|nothing|wasting)\\b`), w: { frustrated: 2.5, grateful: -3 } },

  // ---------- confused ----------
  { id: 'which-answer', support: true, re: r(`\\bwhich (?:one|of (?:your|the|these|those) (?:(?:two|2|three|3|different) )?(?:answers|replies|emails|agents|explanations|statements|options|amounts|prices|people))\\b|\\bwhich of (?:your|the|these|those) (?:two|2|three|3)\\b|\\b(?:two|2|three|3|different|conflicting|contradictory|mixed|inconsistent) (?:different )?(?:answers|replies|responses|explanations|amounts|prices|totals|figures|messages|instructions|information)\\b`), w: { confused: 3 } },
  { id: 'says-but-says', re: r(`\\b(?:says?|said|shows?|showed|told me|states?|lists?)\\b[^.!?\\n]{1,50}?\\bbut\\b[^.!?\\n]{1,40}?\\b(?:says?|said|shows?|showed|told me|states?|lists?)\\b|\\b(?:says?|said|told me|shows?|instructions?)\\b[^.!?\\n]{1,50}?\\bbut\\b[^.!?\\n]{0,20}?\\b(?:there${A}?s no|there is no|i (?:can${A}?t|cannot|don${A}?t) (?:find|see)|it${A}?s not there|it is not there|isn${A}?t there)\\b|\\bwhich is it\\b|\\bis (?:my|the|this) [a-z]+ (?:going to the right [a-z]+|correct|right)\\?`), w: { confused: 3 } },
  { id: 'im-confused', re: r(`\\b${IM} ${ADV}(?:confused|lost|puzzled|baffled|unsure|not sure (?:what|why|how|if|whether|which|where|about|i understand))\\b`), w: { confused: 2.5 } },
  { id: 'dont-understand', re: r(`\\b(?:do${NT}|don${A}?t|didn${A}?t|did${NT}|can${A}?t|cannot|could${NT}|couldn${A}?t|still don${A}?t) (?:really )?(?:understand|get (?:it|why|what|how)|figure out|see (?:why|how|what|where)|follow|find (?:where|how|the))\\b`), w: { confused: 1.8 } },
  { id: 'what-mean', re: r(`\\bwhat (?:does|do|did) (?:this|that|it|you|these|those|the [a-z]+) (?:mean|refer to|stand for)\\b|\\bwhat do you mean\\b|\\bwhat is (?:this|that) (?:charge|fee|amount|message|error)\\b`), w: { confused: 2 } },
  { id: 'why-question', re: r(`\\b(?:why (?:does|did|is|was|am|do|would|has|have|are|were|can${A}?t|isn${A}?t|doesn${A}?t)|how come)\\b[^.?!\\n]{0,80}\\?`), w: { confused: 0.8 } },
  { id: 'is-this-right', re: r(`\\b(?:is|was|are) (?:this|that|it|these) (?:correct|right|normal|expected|accurate|legit|true|supposed to)\\b|\\bam i (?:missing something|doing something wrong|supposed to)\\b`), w: { confused: 2 } },
  { id: 'clarify', re: r(`\\b(?:clarify|clarification|unclear|could you explain|can you explain|please explain|not clear)\\b`), w: { confused: 1.2 } },

  // ---------- worried ----------
  { id: 'due-date', re: r(`\\b(?:rent|mortgage|bill|payment|loan|tuition|payroll|invoice|insurance|deposit|car payment|credit card)(?: payment)? (?:is |was )?due\\b|\\bdue (?:on |by )?${DAY}\\b|\\bdeadline\\b`), w: { worried: 4 } },
  { id: 'cant-afford', re: r(`\\b(?:can${A}?t|cannot|can not|couldn${A}?t) afford\\b|\\b(?:overdra(?:ft|wn)|bounced|negative balance|late fee|insufficient funds|short on money|living paycheck)\\b`), w: { worried: 4 } },
  { id: 'im-worried', supportOnly: true, re: r(`\\b(?:${IM}|i${A}?ve been|i feel|feeling|getting) ${ADV}(?:worried|concerned|anxious|nervous|scared|afraid|panicking|stressed|freaking out|terrified|frightened|worrying|uneasy|on edge)\\b|\\bi worry\\b|\\b(?:starting|beginning) to (?:panic|worry|freak out|get (?:worried|nervous|anxious|scared))\\b`), w: { worried: 4 } },
  { id: 'will-i-lose', re: r(`\\b(?:will|would|could|might|do|am) (?:i|we) (?:lose|be (?:charged|evicted|locked|penalized|penalised|fined|cut off|disconnected|liable)|get (?:charged|penalized|cut off|a late fee)|miss|still be able)\\b|\\b(?:i|we) (?:could|might|will|may|would) (?:lose|be (?:charged|evicted|locked out|fined|penalized|penalised|cut off))\\b|\\b(?:lose|losing) (?:access|my (?:data|files|photos|account|job|home|deposit|money|number|work))\\b`), w: { worried: 4 } },
  { id: 'is-it-safe', support: true, re: r(`\\b(?:is|are) (?:my|our) (?:data|account|money|card|information|info|details|photos|files|funds|savings|identity|documents?)(?: still)? (?:safe|secure|gone|lost|at risk|compromised|protected|ok|okay|exposed)\\b`), w: { worried: 4.5 } },
  { id: 'hacked', re: r(`\\b(?:hacked|compromised|unauthori[sz]ed|fraudulent (?:charges?|transactions?|activity)|suspicious (?:charges?|transactions?|activity|login|emails?)|don${A}?t recogni[sz]e|do not recogni[sz]e|didn${A}?t make (?:this|these|that)|(?:payment|purchase|transaction|charge|order|withdrawal)s?\\b[^.!?\\n]{0,40}?\\bi (?:never|didn${A}?t|did not) (?:make|made|authori[sz]e|authori[sz]ed|place|placed|recogni[sz]e)|has someone|someone (?:is )?using my|is someone (?:using|in|getting into|accessing)|someone (?:has|may have|might have|must have) (?:got|gotten|stolen|used|accessed)|identity theft|stolen card|card (?:was |has been )?stolen|someone (?:else )?(?:used|accessed|logged))\\b`), w: { worried: 4 } },
  { id: 'cut-off', support: true, re: r(`\\b(?:may|might|could|will|would) be (?:disconnected|cut off|suspended|repossessed|evicted|frozen)\\b`), w: { worried: 3 } },
  { id: 'what-if', re: r(`\\bwhat (?:happens|will happen|would happen) if\\b|\\bis there (?:a|any) (?:risk|danger)\\b|\\bi hope (?:this|it|that|i|my) (?:doesn${A}?t|won${A}?t|isn${A}?t|will not|does not|is not|didn${A}?t)\\b`), w: { worried: 2 } },
  { id: 'all-gone', support: true, re: r(`\\b(?:all (?:of )?my|my)(?: [a-z]+)? (?:data|photos|pictures|files|work|emails|contacts|documents|money|savings|messages) (?:is |are |has |have |just |have been |has been )?(?:gone|lost|missing|deleted|disappeared|vanished|wiped)\\b`), w: { worried: 4.5 } },
  { id: 'stakes', supportOnly: true, re: r(`\\b(?:my (?:job|business|livelihood|family|kids|baby|health|medication|prescription|insulin|surgery|visa|exam|interview|wedding|flight|funeral)|medical|hospital|pharmacy|emergency|evict(?:ed|ion))\\b`), w: { worried: 1.2 } },
  { id: 'running-out', re: r(`\\b(?:running out of|run out of|down to (?:our|my|the|his|her) last|(?:only|just) (?:has|have|got) (?:enough |a few |one |two |\\d+ )?(?:[a-z]+ )?left|(?:has|have) no (?:money|food|heating|heat|water|power|electricity))\\b`), w: { worried: 2.5 } },
  { id: 'please-help', supportOnly: true, re: r(`\\b(?:please|pls|plz) (?:help|hurry|i need|advise)\\b|\\bi need (?:this|it|help|your help) (?:urgently|asap|desperately)\\b|\\bdesperate(?:ly)?\\b`), w: { worried: 1.5, impatient: 0.5 } },

  // ---------- disappointed ----------
  { id: 'expected-better', re: r(`\\b(?:expected|expecting|hoped for|hoping for|deserve|deserved) (?:(?:much|a lot|so much|far) )?(?:better|more)\\b|\\bexpected (?:more|better) (?:from|of)\\b`), w: { disappointed: 3 } },
  { id: 'let-down', re: r(`\\b(?:let (?:me |us )?down|let-?down|really let down|feel let down)\\b`), w: { disappointed: 3 } },
  { id: 'used-to', re: r(`\\bused to be (?:so |much |really |a lot )?(?:better|good|great|reliable|fast|easy|simple|quick|the best)\\b|\\b(?:has|have) (?:gone|gotten|got|become) (?:down ?hill|worse)\\b|\\bnot what it used to be\\b|\\ba (?:big |huge )?step backwards?\\b`), w: { disappointed: 2.5 } },
  { id: 'looking-forward', re: r(`\\b(?:was|were|had been|i${A}?d been) (?:so |really |very )?(?:looking forward|counting on)\\b`), w: { disappointed: 1.5, grateful: -0.5 } },
  { id: 'hoping-but', re: r(`\\b(?:i|we) (?:was|were|had been|${A}d been) (?:really |so |very )?hoping\\b[^.!?\\n]{0,70}?\\bbut\\b|\\b(?:slower|worse|harder to use|more expensive|less reliable) than (?:the old|before|it used to|the previous|last year)\\b`), w: { disappointed: 3 } },
  { id: 'im-disappointed', re: r(`\\b(?:${IM}|i${A}?ve been|i feel|feeling|we${A}?re|we are) ${ADV}(?:disappointed|saddened|sad|let down|bummed|gutted|heartbroken|devastated|upset)\\b|\\b(?:very|so|really|extremely|deeply|quite) disappointing\\b`), w: { disappointed: 3 } },
  { id: 'not-as-described', support: true, re: r(`\\b(?:not|isn${A}?t|wasn${A}?t|is not|was not|nothing like) (?:what (?:i|we) (?:expected|ordered|paid (?:extra |more |good money )?for)|as (?:described|advertised|expected|pictured|promised|shown))\\b`), w: { disappointed: 3 } },
  { id: 'ruined', support: true, re: r(`\\b(?:ruined|spoiled|spoilt|missed|wrecked) (?:my|the|our|his|her) (?:[a-z]+${A}s )?(?:birthday|holiday|vacation|trip|weekend|event|day|gift|anniversary|party|wedding|celebration|christmas|plans|evening|dinner)\\b`), w: { disappointed: 3 } },
  { id: 'was-supposed', support: true, re: r(`\\b(?:it|this|that) was (?:supposed|meant) to be (?:the|a|our|my) (?:highlight|best|special|perfect|surprise|gift|present|treat|big day|celebration|dream)\\b|\\b(?:cancell?ed|called off) (?:the night before|last[- ]minute|at the last minute|on the day)\\b`), w: { disappointed: 3 } },
  { id: 'arrived-damaged', support: true, re: r(`\\b(?:arrived|came|delivered|showed up|turned up|received it)(?: completely| totally)? (?:broken|damaged|late|cracked|dented|smashed|opened|missing|empty|wrong|used|dirty|stained|torn|faulty|defective)\\b`), w: { disappointed: 3.5, frustrated: 0.5 } },
  { id: 'hoped-for', re: r(`\\b(?:takes?|took|taking) (?:the )?shine off\\b|\\b(?:not|wasn${A}?t|isn${A}?t) worth the (?:wait|money|price|hassle)\\b|\\bpinned (?:our|my|all our|all my) hopes\\b|\\bi${A}?d hoped (?:to|for|that)\\b|\\bi wish (?:that|this|it|you) had\\b`), w: { disappointed: 2.5 } },
  { id: 'shame', re: r(`\\b(?:such a shame|what a shame|too bad|a real shame|just a shame|bit of a shame|it${A}?s a shame|sad to see|shame really|sadly|a pity)\\b`), w: { disappointed: 2 } },
  { id: 'loyal', support: true, re: r(`\\b(?:loyal|long[- ]time|longtime|faithful) (?:customer|client|member|subscriber)\\b|\\bcustomer (?:for|since) (?:over )?(?:${NUM} years|\\d{4})\\b`), w: { disappointed: 2, angry: 0.5 } },
  { id: 'never-arrived', support: true, re: r(`\\bnever (?:arrived|came|showed up|turned up|got it|received)\\b`), w: { disappointed: 1.5, frustrated: 1 } },

  // ---------- grateful ----------
  { id: 'thanks-strong', re: r(`\\b(?:thank you so much|thanks so much|thank you very much|many thanks|thanks a million|thanks a bunch|really appreciate|much appreciated|greatly appreciated|so grateful|very grateful|really grateful|eternally grateful|you(?:${A}re| are) (?:the best|a lifesaver|a star|amazing|awesome|wonderful|brilliant|a legend)|you saved (?:me|my|the|us)|life ?saver|above and beyond|made my day)\\b`), w: { grateful: 2.5 }, polite: true },
  { id: 'works-now', support: true, re: r(`\\b(?:(?:it|that|this|everything|all) (?:works|is working|worked|is fixed|is resolved)(?: (?:now|perfectly|fine|great|again))?|works (?:perfectly|like a charm|great) now|(?:problem|issue|everything)(?: is| has been| was)? (?:solved|resolved|fixed|sorted)|all (?:sorted|good now|set now|fixed)|back (?:up and running|online|to normal))\\b`), w: { grateful: 1.5 } },
  { id: 'great-service', support: true, re: r(`\\b(?:great|excellent|amazing|fantastic|wonderful|outstanding|superb|quick|fast|speedy|prompt) (?:job|service|support|help|work|experience|response|reply|turnaround)\\b`), w: { grateful: 1.5 } },

  // ---------- neutralisers: negated worry / reassurance ----------
  { id: 'no-worries', re: r(`\\b(?:no worries|no worry|no problem|not a problem|no prob|no rush|no hurry|no big deal|not a big deal|not urgent|no pressure|no stress|all good|that${A}s (?:fine|ok|okay|alright)|take your time|whenever you (?:can|get a chance))\\b`), w: { worried: -3, impatient: -3, frustrated: -1.5, angry: -1.5, disappointed: -1, neutral: 0.5, grateful: 0.5 } },
  { id: 'not-worried', re: r(`\\b(?:not|n${A}?t|never|no longer) ${ADV}(?:worried|concerned|anxious|upset|angry|mad|bothered|annoyed|frustrated|complaining|in a (?:rush|hurry)|urgent)\\b`), w: { worried: -2.5, frustrated: -1.5, angry: -1.5, impatient: -2, neutral: 1 } },
  // "Thanks in advance" and a closing "Thanks, Maria" after a question are politeness, not gratitude.
  { id: 'thanks-closing', support: true, polite: true, whole: true, re: r(`\\bthanks? (?:you )?(?:in advance|in anticipation)\\b|^\\s*(?:thanks|thank you)(?: for (?:the|your) (?:quick )?(?:reply|response|answer|update|email|message))?[.!,]+\\s+(?:one more|another|a (?:quick |follow-up |further )?question|quick question|also|one (?:other|last) thing)\\b|(?<=[?.!]\\s{1,4})(?:many thanks|thanks|thank you|cheers|ta)[,!.]?(?:\\s+[a-z]+){0,3}\\s*$`), w: { grateful: -2.5, neutral: 1.5 } },
  { id: 'request', re: r(`\\b(?:could|can|would) you (?:please |kindly )?(?:tell|let me know|confirm|send|update|change|help me|check|advise|provide|add|remove|cancel|resend|reset|switch|move|set up|book|arrange|extend|issue|email|call me|transfer|forward)\\b|\\b(?:i${A}?d|i would) like to (?:know|change|update|cancel|order|ask|request|add|upgrade|downgrade|confirm)\\b|\\b(?:quick question|just wondering|just checking|how do i|how can i|how would i|is it possible to|is there a way to|where (?:do|can|would) i (?:find|see|get|change|update|download|turn|set|add|check)|can i (?:add|change|get|use|pay|order|upgrade|book|transfer|cancel|freeze|pause|bring|move|switch)|what do i need to|what (?:details|information|info|documents|paperwork) (?:do|would|will|should) (?:you|i) need\\b|what(?: is|${A}?s) the (?:best|easiest|quickest) way|what are (?:your|the) (?:[a-z]+ )?(?:options|prices|rates|hours|fees|costs|plans|terms|requirements)|do you (?:offer|ship|support|sell|accept|deliver))\\b`), w: { neutral: 2, confused: -1.5 } },
];

/**
 * Prefilter: a cue's regex only runs on a sentence that has a word starting with one of these
 * prefixes (every possible match of the regex contains such a word; a unit test checks this on the
 * cue examples and the support cases). Special needles: "?" (a question mark), "!neg" (a negator
 * such as not / never / don't). Keeps ~90 regexes cheap: most never compile or run.
 */
const NEEDS: Record<string, string[]> = {
  'still-waiting': ['still'],
  'still-not': ['still'],
  'nth-time': ['second', '2nd', 'third', '3rd', 'fourth', '4th', 'fifth', '5th', 'sixth', '6th', 'seventh', '7th', 'tenth', 'umpteenth', 'hundredth', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  'asked-times': ['times', 'twice'],
  'tried-n-times': ['times'],
  'any-update': ['any'],
  asap: ['asap', 'soon', 'urgently', 'delay', 'straight'],
  'need-by': ['need'],
  'for-n-days': ['day', 'week', 'month', 'hour'],
  'period-now': ['day', 'week', 'month', 'hour'],
  'been-waiting': ['wait'],
  'nobody-back': ['nobody', 'one', 'noone', 'none', 'never', 'body'],
  promised: ['promised', 'told', 'assured', 'guaranteed'],
  'again-and-again': ['again', 'over', 'row'],
  'following-up': ['follow', 'chasing', 'checking', 'bumping', 'reminder'],
  'on-hold': ['hold', 'queue'],
  'hello-anyone': ['?'],
  'nothing-yet': ['yet', 'far', 'since', 'ago'],
  'stuck-since': ['since'],
  'someone-today': ['today', 'tonight', 'now', 'asap', 'urgently', 'morning', 'afternoon'],
  'anyone-reading': ['anyone', 'anybody', 'someone'],
  'how-long': ['long'],
  'day-n-without': ['day'],
  'you-keep-saying': ['keep', 'kept'],
  'need-actual': ['need', 'give', 'get', 'want'],
  accountable: ['accountable', 'formal', 'complain'],
  'cut-off': ['disconnected', 'cut', 'suspended', 'repossessed', 'evicted', 'frozen'],
  'where-is': ['where'],
  'when-will': ['when'],
  'how-much-longer': ['longer', 'hurry'],
  'hoped-for': ['shine', 'worth', 'pinned', 'hoped', 'wish'],
  'is-annoying': ['annoying', 'frustrating', 'infuriating', 'maddening', 'irritating'],
  hurry: ['hurry', 'sorted', 'fixed', 'done', 'stalling', 'delaying', 'taking', 'takes', 'ages', 'pending', 'many'],
  cancel: ['cancel', 'clos', 'terminat', 'leav', 'done'],
  'switch-provider': ['competitor', 'another', 'someone', 'elsewhere', 'mov'],
  'review-threat': ['review', 'rating', 'star', 'tell', 'post', 'complain'],
  report: ['report', 'bureau', 'bbb', 'trading', 'consumer', 'ombudsman', 'fcc', 'cfpb', 'ftc', 'regulator'],
  chargeback: ['charge', 'disput', 'bank'],
  legal: ['lawyer', 'attorney', 'solicitor', 'legal', 'court', 'sue', 'suing', 'small', 'lawsuit'],
  scam: ['scam', 'rip', 'robbery', 'thieves', 'theft', 'stealing', 'con'],
  unacceptable: ['unacceptable', 'inexcusable', 'disgrace', 'outrageous', 'appalling', 'joke', 'shambles', 'disgusting'],
  worst: ['worst'],
  'fed-up': ['fed', 'sick', 'enough', 'straw', 'done', 'beyond', 'wit'],
  kidding: ['kidding', 'serious', 'joking', 'joke'],
  'never-again': ['never'],
  insult: ['incompeten', 'useless', 'clueless', 'pathetic', 'idiot', 'moron', 'clowns', 'amateurs'],
  'sarcasm-thanks': ['thank'],
  'not-working': ['!neg'],
  'stopped-working': ['stop', 'quit', 'ceased', 'broke'],
  'keeps-failing': ['keep'],
  'keeps-verbing': ['keep'],
  'told-before': ['told', 'informed', 'reported', 'explained', 'mentioned', 'said'],
  'broken-again': ['still', 'again', 'completely', 'totally'],
  'tried-everything': ['tried'],
  'double-charged': ['charged', 'billed', 'debited', 'taken', 'overcharged'],
  'marked-delivered': ['say', 'show', 'marked', 'listed'],
  'logs-me-out': ['out', 'few', 'couple'],
  'locked-out': ['out', 'never'],
  'nothing-works': ['nothing', 'none'],
  'waste-of-time': ['wast', 'circles', 'run'],
  'same-problem': ['same', 'identical', 'keep'],
  'this-is-ridiculous': ['ridiculous', 'absurd', 'insane', 'crazy', 'joke', 'nightmare', 'mess', 'shambles'],
  'not-happy': ['!neg'],
  'nobody-helps': ['one', 'nobody'],
  'no-sense': ['sense'],
  annoyed: ['annoyed', 'frustrated', 'irritated', 'upset', 'driv'],
  'im-angry': ['fuming', 'livid', 'furious', 'angry', 'mad', 'pissed', 'outraged', 'seething', 'incensed'],
  'sarcasm-great': ['great', 'wonderful', 'fantastic', 'perfect', 'awesome', 'brilliant', 'lovely', 'terrific', 'super', 'marvel', 'splendid'],
  'sarcasm-positive-bad': ['great', 'wonderful', 'fantastic', 'perfect', 'awesome', 'brilliant', 'lovely', 'terrific', 'excellent', 'marvel', 'splendid', 'nice'],
  'sarcasm-oh': ['oh'],
  'sarcasm-love-how': ['love', 'loving'],
  'another-without': ['another'],
  'sarcasm-helpful': ['helpful', 'lot'],
  'which-answer': ['which', 'answers', 'replies', 'responses', 'explanations', 'amounts', 'prices', 'totals', 'figures', 'messages', 'instructions', 'information'],
  'says-but-says': ['say', 'said', 'show', 'told', 'state', 'list', 'which', '?'],
  'im-confused': ['confused', 'lost', 'puzzled', 'baffled', 'unsure', 'sure'],
  'dont-understand': ['!neg'],
  'what-mean': ['mean', 'refer', 'stand', 'charge', 'fee', 'amount', 'message', 'error'],
  'why-question': ['why', 'come'],
  'is-this-right': ['correct', 'right', 'normal', 'expected', 'accurate', 'legit', 'true', 'supposed', 'missing', 'wrong'],
  clarify: ['clarif', 'unclear', 'explain', 'clear'],
  'due-date': ['due', 'deadline'],
  'cant-afford': ['afford', 'overdra', 'bounced', 'negative', 'late', 'insufficient', 'short', 'paycheck'],
  'im-worried': ['worr', 'concerned', 'anxious', 'nervous', 'scared', 'afraid', 'panic', 'stressed', 'freaking', 'terrified', 'frightened', 'uneasy', 'edge'],
  'will-i-lose': ['lose', 'losing', 'charged', 'evicted', 'locked', 'penali', 'fined', 'cut', 'disconnected', 'liable', 'late', 'miss', 'able'],
  'is-it-safe': ['data', 'account', 'money', 'card', 'information', 'info', 'details', 'photos', 'files', 'funds', 'savings', 'identity', 'documen'],
  hacked: ['hack', 'compromised', 'unauthori', 'fraudulent', 'suspicious', 'recogni', 'identity', 'stolen', 'someone', 'payment', 'purchase', 'transaction', 'charge', 'order', 'withdrawal', 'make'],
  'what-if': ['happen', 'risk', 'danger', 'hope'],
  'all-gone': ['gone', 'lost', 'missing', 'deleted', 'disappeared', 'vanished', 'wiped'],
  stakes: ['job', 'business', 'livelihood', 'family', 'kids', 'baby', 'health', 'medication', 'prescription', 'insulin', 'surgery', 'visa', 'exam', 'interview', 'wedding', 'flight', 'funeral', 'medical', 'hospital', 'pharmacy', 'emergency', 'evict'],
  'running-out': ['run', 'left', 'down', 'money', 'food', 'heating', 'heat', 'water', 'power', 'electricity'],
  'please-help': ['please', 'pls', 'plz', 'need', 'desperate'],
  'expected-better': ['expect', 'hoped', 'hoping', 'deserve'],
  'let-down': ['let'],
  'used-to': ['used', 'down', 'worse', 'backward'],
  'looking-forward': ['forward', 'counting'],
  'hoping-but': ['hoping', 'than'],
  'im-disappointed': ['disappoint', 'sadden', 'sad', 'let', 'bummed', 'gutted', 'heartbroken', 'devastated', 'upset'],
  'not-as-described': ['expected', 'ordered', 'paid', 'described', 'advertised', 'pictured', 'promised', 'shown'],
  ruined: ['ruined', 'spoil', 'missed', 'wrecked'],
  'was-supposed': ['supposed', 'meant', 'cancel', 'called'],
  'arrived-damaged': ['arrived', 'came', 'delivered', 'showed', 'turned', 'received'],
  shame: ['shame', 'bad', 'sad', 'pity'],
  loyal: ['loyal', 'long', 'faithful', 'customer'],
  'never-arrived': ['never'],
  'thanks-strong': ['thank', 'appreciat', 'grateful', 'best', 'lifesaver', 'life', 'star', 'amazing', 'awesome', 'wonderful', 'brilliant', 'legend', 'saved', 'above', 'made'],
  'works-now': ['work', 'fixed', 'resolved', 'solved', 'sorted', 'good', 'set', 'back'],
  'great-service': ['great', 'excellent', 'amazing', 'fantastic', 'wonderful', 'outstanding', 'superb', 'quick', 'fast', 'speedy', 'prompt'],
  'no-worries': ['worr', 'problem', 'prob', 'rush', 'hurry', 'deal', 'urgent', 'pressure', 'stress', 'good', 'fine', 'ok', 'alright', 'time', 'whenever'],
  'not-worried': ['!neg', 'no'],
  'thanks-closing': ['thank', 'cheers', 'ta'],
  request: ['freeze', 'pause', 'bring', 'where', 'options', 'prices', 'rates', 'hours', 'fees', 'costs', 'plans', 'terms', 'requirements', 'tell', 'let', 'confirm', 'send', 'update', 'change', 'help', 'check', 'advise', 'provide', 'add', 'remove', 'cancel', 'resend', 'reset', 'switch', 'move', 'set', 'book', 'arrange', 'extend', 'issue', 'email', 'call', 'transfer', 'forward', 'like', 'question', 'wondering', 'checking', 'how', 'possible', 'get', 'use', 'pay', 'order', 'upgrade', 'need', 'way', 'offer', 'ship', 'support', 'sell', 'accept', 'deliver'],
};
for (const c of CUES) {
  const need = NEEDS[c.id];
  if (need) c.need = need;
}

/** Words that raise intensity when they modify the feeling: the intensifiers, and strong words of their own. */
export const INTENSITY_WORDS: ReadonlySet<string> = new Set([
  ...INTENSIFIERS,
  'ridiculous', 'ridiculously', 'seriously', 'beyond', 'insanely', 'terribly', 'unbelievably', 'unbelievable',
  'horribly', 'awfully', 'entirely', 'fucking', 'damn', 'ever', 'outrageous',
  'disgusting', 'furious', 'livid', 'never', 'worst', 'hugely', 'massively', 'desperately',
]);
