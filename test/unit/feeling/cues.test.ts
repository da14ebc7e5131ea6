// Every cue has examples that it matches (as data, like a linter rule's own examples), and the
// fast scanner (word-prefix prefilter + per-sentence regexes) finds exactly what a brute-force run of
// every regex over the whole text finds.
import { describe, expect, it } from 'vitest';
import { scanCues } from '../../../src/analyzer/feeling/cue-scan';
import { CUES } from '../../../src/analyzer/feeling/cues';
import { SUPPORT_CASES } from '../../data/feeling/support-cases';
import { tokenize } from '../../../src/analyzer/feeling/tokenize';

const EXAMPLES: Record<string, string[]> = {
  'still-waiting': ['I am still waiting for a reply.', 'Still no refund.', 'It is still not fixed'],
  'still-not': ["I still haven't received it", 'The parcel still has not arrived', 'still nothing'],
  'nth-time': ["This is the third time I'm asking", 'for the 5th time', 'second email I have written'],
  'asked-times': ['I have called four times', 'I asked you multiple times', 'I write 3 times already for my certificate', "I've now asked twice for the invoice"],
  'any-update': ['Any update?', 'any news on this'],
  asap: ['Please fix it ASAP', 'as soon as possible please', 'I need this urgently'],
  'need-by': ['I need it today', 'we need this resolved by Friday', 'I need an answer before tomorrow'],
  'for-n-days': ['down for 9 days', 'it has been two weeks', 'for over 3 weeks', '12 days since you promised', "tracking hasn't moved in 9 days"],
  'period-now': ['three weeks now', 'days later', 'weeks of waiting'],
  'been-waiting': ['I have been waiting', 'waited for ages', 'waiting on a callback'],
  'nobody-back': ['nobody has gotten back to me', 'No one called me back', 'you never replied', 'Nobody came, nobody called'],
  promised: ['I was promised a call back', 'you told me you would refund', 'they assured me that someone would'],
  'again-and-again': ['yet again', 'over and over', 'time and again', 'missed for the third collection in a row', 'three days in a row'],
  'following-up': ['Following up on my ticket', 'chasing this again', 'Bumping this'],
  'on-hold': ['I was on hold for an hour', 'queue times of 40 minutes'],
  'hello-anyone': ['Hello??', 'anyone?'],
  'nothing-yet': ['and still nothing yet', 'no reply so far', 'I returned it 3 weeks ago'],
  'stuck-since': ['stuck in processing since Monday', 'the internet has been down since yesterday'],
  'someone-today': ['Can someone please look at this today?', 'could you call me back today'],
  'anyone-reading': ['Is anyone actually reading these emails?', 'is anybody there'],
  'tried-n-times': ['I have uploaded my ID four times', 'tried several times'],
  'locked-out': ['I am locked out of my account', 'the code never arrives'],
  'how-long': ['How long does it take?', 'how long will this be'],
  'day-n-without': ['Day 4 without hot water.', 'day 5 with no heating', 'day three and still no signal'],
  'you-keep-saying': ["You keep saying 'this week'.", 'you kept promising a refund', 'we keep being told to wait'],
  'need-actual': ['I need an actual time.', 'i need a specific date for the visit', 'Can someone give me an actual delivery date please?'],
  accountable: ['I want someone held accountable.', 'I am writing to formally complain', 'I will be lodging a formal complaint'],
  'cut-off': ['my gas supply may be disconnected', 'the account could be suspended', 'we will be cut off on Monday'],
  'where-is': ['Where is my refund?', "where's my order", 'Where is it?'],
  'when-will': ['When will I get it?', 'when can someone come'],
  'how-much-longer': ['HOW MUCH LONGER for my transcript?', 'Please hurry'],
  'hoped-for': ['Kind of takes the shine off finishing it', "it wasn't worth the wait", "We'd really pinned our hopes on it", "I'd hoped to actually talk it through", 'I wish that had been clear'],
  'is-annoying': ['is very annoying', "it's so frustrating", 'this is really irritating'],
  hurry: ['hurry up', 'this is taking forever', 'still pending', 'how many more days'],
  cancel: ["I'm cancelling my subscription", 'I will close my account', 'We are leaving your bank'],
  'switch-provider': ['switching to a competitor', 'taking my business elsewhere', 'moving to another provider', "or I'm moving my salary and my mortgage"],
  'review-threat': ['I will leave a 1-star review', 'posting a negative review', 'every review site'],
  report: ['I am reporting you to the FCC', 'the Better Business Bureau', 'the ombudsman'],
  chargeback: ['I will file a chargeback', 'disputing the charge with my bank', 'calling my bank', "I'm going to my bank", "I've disputed the charge with my credit card company"],
  legal: ['my lawyer will be in touch', 'legal action', 'small claims court'],
  scam: ['you are scammers', 'what a rip-off', 'that is theft'],
  unacceptable: ['This is unacceptable', 'absolutely disgraceful', 'what a joke'],
  worst: ['worst customer service ever', 'the worst company'],
  'fed-up': ['I am fed up', 'sick and tired of this', 'this is the last straw'],
  kidding: ['Are you kidding me?', 'Seriously?', 'you people are joking'],
  'never-again': ['never again', 'I will never recommend you'],
  insult: ['you are incompetent', 'useless support', 'clueless agents'],
  'sarcasm-thanks': ['Thanks for nothing', 'thank you for wasting my time'],
  'not-working': ["it doesn't work", 'the app will not load', 'I cannot log in'],
  'stopped-working': ['the headphones stopped working', 'it broke after a week'],
  'keeps-failing': ['it keeps crashing', 'the line keeps dropping'],
  'keeps-verbing': ['the driver keeps leaving it outside', 'I keep getting errors'],
  'told-before': ['I have told you about this before', 'as I already explained in my last email'],
  'broken-again': ['still broken', 'down again', 'completely unusable'],
  'tried-everything': ['I tried everything', 'tried restarting'],
  'double-charged': ['I was charged twice', 'double-charged', 'billed for the annual plan even though I chose monthly'],
  'marked-delivered': ['it says delivered but nothing is here', 'marked as resolved but it is not'],
  'logs-me-out': ['it logs me out', 'every few minutes'],
  'nothing-works': ['nothing works', 'none of your suggestions helped'],
  'waste-of-time': ['a waste of time', 'wasted my whole day', 'going round in circles'],
  'same-problem': ['same problem as last month', 'I keep being transferred'],
  'this-is-ridiculous': ['this is ridiculous', "it's a joke", 'that was a nightmare'],
  'not-happy': ['not happy at all', "I'm not satisfied", 'not good enough'],
  'nobody-helps': ['no one is helping', 'nobody cares'],
  'no-sense': ['this makes no sense', "it doesn't make any sense"],
  annoyed: ["I'm so annoyed", 'I am really frustrated', 'this drives me crazy'],
  'im-angry': ['I am absolutely furious', "I'm livid"],
  'sarcasm-great': ['Great, another week without internet', 'Oh wonderful, still broken'],
  'sarcasm-positive-bad': ['Perfect, the replacement is the wrong size too.', 'Nice. It crashed again'],
  'sarcasm-oh': ['Oh wonderful', 'oh joy'],
  'sarcasm-love-how': ['Love how I have to reset my password every day', 'I just love that nobody answers'],
  'another-without': ['another day without power', 'another week with no internet'],
  'sarcasm-helpful': ['very helpful, not', 'thanks a lot for nothing'],
  'which-answer': ['Which of your two answers is right?', 'two different answers', 'conflicting information'],
  'says-but-says': ['the label says Berlin but the tracking says Munich', 'which is it?', 'Is my parcel going to the right address?', 'Your FAQ says to go to Settings but there is no cancel option'],
  'im-confused': ["I'm confused", 'I am a bit lost', "I'm not sure which plan I have"],
  'dont-understand': ["I don't understand", "I can't figure out where it went", "I still don't get why"],
  'what-mean': ['What does this mean?', 'what do you mean', 'what is this charge'],
  'why-question': ['Why does my bill show two fees?', 'How come it is higher?'],
  'is-this-right': ['Is this correct?', 'am I missing something', 'is that normal'],
  clarify: ['could you clarify', 'it is unclear', 'can you explain'],
  'due-date': ['my rent is due Friday', 'the payment is due tomorrow', 'deadline'],
  'cant-afford': ["I can't afford this", 'my account is overdrawn', 'a late fee'],
  'im-worried': ['I am really worried', "I'm scared", 'I am still really worried', "I'm getting anxious", "I'm starting to panic a bit about Thursday", "I'm still uneasy though"],
  'will-i-lose': ['Will I lose my data?', 'we could lose a week of work', 'will I be charged again'],
  'is-it-safe': ['Is my account safe?', 'are my files gone', 'is my data secure'],
  hacked: ['my account was hacked', "transactions I don't recognize", 'a payment I never made', 'has someone got my details', 'is someone getting into my bank account??'],
  'what-if': ['what happens if it fails', 'is there any risk', "I hope this doesn't mean"],
  'all-gone': ['all my files are gone', 'my photos have been deleted', 'all my project files are gone'],
  stakes: ['my medication', 'a medical appointment', 'my job depends on it'],
  'running-out': ['we are running out of formula', 'only have two pills left', 'down to our last tin', 'She only has enough left for two days'],
  'please-help': ['please help', 'I need this urgently', 'desperate'],
  'expected-better': ['I expected better', 'we deserve better', 'expected more from you'],
  'let-down': ['I feel let down', 'you let me down'],
  'used-to': ['it used to be so good', 'the service has gone downhill', 'a step backwards'],
  'looking-forward': ['we were really looking forward to it', 'I was counting on it'],
  'hoping-but': ['I was hoping it would work, but it did not', 'slower than the old one'],
  'im-disappointed': ['I am disappointed', "I'm so sad", 'very disappointing'],
  'not-as-described': ['not as described', "it isn't what I ordered", 'nothing like what we expected', 'Not what we paid extra for'],
  ruined: ['it ruined my birthday', "ruined my son's birthday", 'missed our anniversary'],
  'was-supposed': ['it was supposed to be the highlight', 'cancelled at the last minute'],
  'arrived-damaged': ['it arrived broken', 'came damaged', 'delivered late'],
  shame: ['such a shame', 'too bad', 'sadly', "it's just a shame", 'bit of a shame'],
  loyal: ['a loyal customer', 'customer for ten years', 'long-time customer'],
  'never-arrived': ['it never arrived', 'the package never came'],
  'thanks-strong': ['Thank you so much', 'really appreciate it', "you're the best", 'you saved me'],
  'works-now': ['it works now', 'problem solved', 'back up and running', 'all sorted'],
  'great-service': ['great service', 'quick response', 'excellent support'],
  'no-worries': ['no worries', 'not a problem', 'take your time', "that's fine"],
  'not-worried': ['I am not worried', "I'm not in a hurry", 'no longer upset'],
  request: ['Could you tell me how', "I'd like to change my plan", 'How do I export?', 'Do you ship to Canada?', 'Where do I find my API key?', 'Is there a way to add a user?', 'can I freeze my membership for two months', 'whats the best way to move my saves', 'What details do you need from me?'],
  'thanks-closing': ['Can you resend it? Thanks in advance!', 'Can I change the address? Thanks, Maria', 'Please confirm. Cheers', 'Thanks for the reply. One more question: do I need to take the old bin?'],
};

function scan(text: string): Set<string> {
  return new Set(scanCues(text, 0, text.length, tokenize(text)).map((m) => m.cue.id));
}

function bruteForce(text: string): Set<string> {
  const lower = text.toLowerCase();
  const ids = new Set<string>();
  for (const c of CUES) {
    c.re.lastIndex = 0;
    if (c.re.test(lower)) ids.add(c.id);
  }
  return ids;
}

describe('cue rules', () => {
  it('every cue has examples, needles and a known feeling weight', () => {
    for (const c of CUES) {
      expect(EXAMPLES[c.id], c.id).toBeDefined();
      expect(c.need && c.need.length > 0, c.id).toBe(true);
      expect(Object.keys(c.w).length, c.id).toBeGreaterThan(0);
    }
    expect(new Set(CUES.map((c) => c.id)).size).toBe(CUES.length);
  });

  it.each(CUES.map((c) => [c.id] as const))('%s matches its examples through the fast scanner', (id) => {
    for (const ex of EXAMPLES[id] ?? []) {
      const cue = CUES.find((c) => c.id === id)!;
      cue.re.lastIndex = 0;
      expect(cue.re.test(ex.toLowerCase()), `regex: ${ex}`).toBe(true);
      expect(scan(ex).has(id), `scanner: ${ex}`).toBe(true);
    }
  });

  it('the scanner finds what brute force finds (support cases and examples)', () => {
    const texts = [...SUPPORT_CASES.map((c) => c.text), ...Object.values(EXAMPLES).flat()];
    for (const t of texts) {
      // brute force may also match across a sentence end, which the scanner does not try
      const fast = scan(t);
      const slow = bruteForce(t);
      for (const id of fast) expect(slow.has(id), `${id} in ${t}`).toBe(true);
      const sentences = t.split(/(?<=[.!?…])\s+|\n/);
      for (const id of slow) {
        const whole = CUES.find((c) => c.id === id)!.whole === true;
        const inOne = whole || sentences.some((s) => bruteForce(s).has(id));
        if (inOne) expect(fast.has(id), `${id} missed in ${JSON.stringify(t)}`).toBe(true);
      }
    }
  });

  it('cue offsets are offsets into the original text', () => {
    const t = 'Hi there!\n\nI am STILL WAITING for my refund. Any update?';
    for (const m of scanCues(t, 0, t.length, tokenize(t))) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(t.length);
      m.cue.re.lastIndex = 0;
      expect(m.cue.re.test(t.slice(m.start, m.end).toLowerCase())).toBe(true);
    }
  });
});
