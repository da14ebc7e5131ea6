// blame: blames or lectures the customer ("you should have", "as I already explained",
// "per my last email").
import { existence } from './checks';
import { RULE_TEXT } from './catalog';
import type { RuleDefinition, RuleExamples } from './types';

export const id = 'blame' as const;
const TEXT = RULE_TEXT['blame'];
export const severity = 'warning' as const;

/** "Per my last email, the update is live." → "To recap, the update is live." */
const recap = (_w: string, after: string) => (/^\s*[,:;—–-]/.test(after) ? 'To recap' : 'To recap,');

const NEGATED = /(?:\bnot|n['’]t|\bnever|\bno)\s+(?:\w+\s+)?$/i;

export const rule: RuleDefinition = {
  ...TEXT,
  id,
  severity,
  kind: 'existence',
  check: existence({
    phrases: [
      // "you should have read…" — but not "you should have received…" (an expectation) or "you shouldn't have to wait" (sympathy)
      {
        re: "you (?:should(?: have|'ve)|shouldn't have|should not have) (?!(?:already |now |by now |also )?(?:received|gotten|got|seen|been|heard|access|an?|the|your|it|everything|all|to|had to|needed to|one|two|three|our|my|some|any|no)\\b)\\w+",
      },
      { re: "as I (?:have |'ve )?(?:already|previously|just) (?:explained|said|stated|mentioned|told you|noted|pointed out|advised)", fix: recap, fixLabel: TEXT.fixes.recap },
      { re: '(?:as|like) I (?:explained|stated|said|mentioned|told you) (?:before|earlier|previously|already|several times|multiple times|twice)', fix: recap, fixLabel: TEXT.fixes.recap },
      { re: "like I said|as I've said|as I have said|I(?:'ve| have) already (?:told|explained to) you|I already told you" },
      { re: '(?:as )?per my (?:last|previous|earlier|prior) (?:email|e-mail|message|reply|response|note|mail|ticket update)', fix: recap, fixLabel: TEXT.fixes.recap },
      { re: 'as (?:previously|already|clearly) (?:stated|mentioned|explained|noted|advised|outlined)', fix: recap, fixLabel: TEXT.fixes.recap },
      { re: 'as (?:stated|explained|noted|advised|mentioned) (?:previously|before|above|earlier|already|several times|multiple times|many times|repeatedly)', fix: recap, fixLabel: TEXT.fixes.recap },
      { re: 'you (?:failed|neglected|forgot) to' },
      { re: 'as (?:mentioned|stated|explained|noted|outlined) in my (?:previous|last|earlier|prior) (?:email|e-mail|message|reply|response|note|mail)', fix: recap, fixLabel: TEXT.fixes.recap },
      { re: "you (?:need|have|ought) to (?:actually |carefully )?read (?:the|our|my)" },
      { re: "you (?:didn't|did not|never|don't|do not|haven't|have not|obviously didn't|clearly didn't) (?:read|follow|check|bother|look at|pay attention|listen)" },
      { re: 'you (?:obviously|clearly) (?:missed|ignored|misread|misunderstood|didn\'t|did not|haven\'t)' },
      { re: 'you (?:were|have been) (?:already )?(?:supposed|told|asked|advised|warned) to' },
      { re: "if you(?:'d| had) (?:read|followed|checked|listened|paid attention|looked)" },
      { re: 'you must have (?:entered|typed|clicked|done|deleted|misread|missed|made|forgotten|ignored|changed)' },
      { re: "(?:it's|it is|that's|that is|this is|this was|that was|it was) (?:entirely |completely |really )?your (?:own )?(?:fault|mistake|responsibility|problem|error)" },
      { re: 'your (?:own )?fault' },
      { re: 'user error' },
      { re: '(?:read|check) the (?:instructions|manual|faq|documentation|docs|email|terms|guide) (?:carefully|properly|again|more carefully|next time)' },
      { re: "you(?: would|'d) (?:have known|know) (?:if|that)" },
      { re: '(?:hold-up|holdup|delay|problem|issue|fault|error|mistake|mix-up|mixup|confusion|misunderstanding|oversight) (?:was|is|lies|lay) (?:on|with) your (?:side|end|part)' },
      // lectures: "next time, please make sure…", "the instructions clearly state…", "had you checked…"
      { re: 'next time,? (?:please )?(?:make sure|ensure|remember to|be sure to|take (?:more )?care|double-check|check)' },
      { re: 'please take (?:more |extra )?care (?:when|to|in future|next time)' },
      { re: '(?:the|our) (?:instructions|manual|guide|terms|email|website|faq|page|label|leaflet|documentation) (?:clearly|explicitly|plainly) (?:state|states|stated|say|says|said|explain|explains|explained|show|shows|mention|mentions)' },
      { re: 'which the (?:manual|instructions|guide|terms|label|documentation) makes? (?:it )?(?:very |quite |perfectly )?clear' },
      { re: "(?:because|as|since|is that) you (?:entered|typed|forgot|missed|skipped|didn't|did not|failed|never|kept (?:trying|entering|using|typing))" },
      { re: "(?:looks like|seems|appears) (?:that )?you(?: have|'ve)? (?:skipped|missed|ignored|overlooked|forgot|forgotten|didn't|did not)|you (?:seem|appear) to have (?:skipped|missed|ignored|overlooked|forgotten|deleted|entered)" },
      { re: 'had you (?:read|checked|updated|followed|listened|looked|kept|contacted|included|entered|paid attention)' },
      { re: "(?:it is|it's|is|was) the (?:customer|account holder|cardholder|buyer|user|member|guest)'s responsibility" },
      { re: "you(?:'ll| will)? (?:need|have|ought) to (?:actually|really) read|you (?:really )?ought to (?:keep|read|check|have)" },
      { re: "you were (?:already |clearly )?(?:told|informed|advised|warned)(?![^.!?\\n]{0,60}\\b(?:wrong|incorrect|incorrectly|mistaken|by mistake|in error|sorry|apologi))" },
      { re: "you can(?:'t|not) (?:really )?complain" },
      { re: 'I did (?:mention|say|explain|point out|tell you)' },
    ],
    // "It's not your fault" is the opposite of blame.
    skip: (ctx, m) => /^your\b/i.test(ctx.text.slice(m.start, m.end)) && NEGATED.test(ctx.text.slice(Math.max(0, m.start - 16), m.start)),
  }),
};

/**
 * This rule's own examples: drafts it must fire on and near misses it must pass (run by
 * test/unit/rules/examples.test.ts, and training data for the learned layer). Not part of `rule`, so the
 * analyzer's bundle does not carry them.
 */
export const examples: RuleExamples = {
  fire: [
    { draft: 'You should have read the instructions before ordering.' },
    { draft: 'As I already explained, refunds take 5 days.' },
    { draft: 'Per my last email, the update is live.' },
    { draft: 'As stated previously, we do not ship to PO boxes.' },
    { draft: 'You failed to enter the correct code.' },
    { draft: "It looks like you didn't read the setup guide." },
    { draft: "If you had followed the steps, this wouldn't happen." },
    { draft: 'That is your responsibility, not ours.' },
    { draft: 'You must have entered the wrong email address.' },
    { draft: 'Like I said, the code expires after 10 minutes.' },
    { draft: 'As mentioned in my previous email, we need the receipt.' },
    { draft: "If you'd read the setup guide, you'd have known that." },
    { draft: 'The certificate had expired, so the hold-up was on your side.' },
    { draft: 'Next time please make sure you double-check the delivery address.' },
    { draft: 'The instructions clearly state that the filter must be removed first.' },
    { draft: 'The payment failed because you entered your card number incorrectly.' },
    { draft: 'Had you updated the app when it prompted you, this would not have happened.' },
    { draft: "It is the customer's responsibility to cancel the trial before it renews." },
    { draft: 'You were told on the phone that the refund takes 10 working days.' },
  ],
  pass: [
    { draft: 'You should receive it Friday.' },
    { draft: 'You should have received a confirmation email by now.' },
    { draft: "You shouldn't have to wait this long, and I'm sorry." },
    { draft: "As I mentioned on the phone, I've issued the refund.", why: 'a plain "as I mentioned" recaps, it does not lecture' },
    { draft: 'I should have explained that more clearly.' },
    { draft: "It's not your fault at all: the link was broken." },
    { draft: "I've read your last email carefully." },
    { draft: 'You should have access again in a few minutes.' },
    { draft: 'If you have any trouble, reply here and I will help.' },
    { draft: "If you'd like, I can call you tomorrow instead." },
    { draft: "The delay was on our side, and I'm sorry." },
    { draft: 'Next time you order, your new address will already be saved.' },
    { draft: "The manual should say more clearly that the kettle isn't suitable for gas hobs." },
    { draft: "You were told the wrong date by our team, and I'm sorry." },
    { draft: "As we agreed on the phone yesterday, I've sent the replacement charger." },
    { draft: "I've read your whole thread, and you shouldn't have needed to write four times." },
  ],
};
