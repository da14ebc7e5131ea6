// Behaviours the issue asks for: quoted history and signatures ignored, negation, sarcasm,
// intensity from caps / "!!!" / intensifiers, thanks-but-worried, threats, waiting.
import { describe, expect, it } from 'vitest';
import { detectFeeling, latestMessage } from '../../../src/analyzer/feeling';
import { NEGATIVE_FEELINGS } from '../../../src/analyzer/types';

const negative = (t: string) => NEGATIVE_FEELINGS.includes(detectFeeling(t).feeling);
const analysed = (t: string) =>
  latestMessage(t)
    .spans.map((s) => t.slice(s.start, s.end))
    .join('\n');

describe('latest message only', () => {
  it('drops "On … wrote:" blocks and everything after them', () => {
    const t = 'Still broken.\n\nOn Tue, 5 Mar 2024 at 10:01, Support <a@b.c> wrote:\n> Thank you so much!\n> Happy to help.';
    expect(analysed(t)).toBe('Still broken.');
  });
  it('drops an opening greeting: "Good morning," reads as praise to a model trained on chat', () => {
    expect(analysed('Good morning,\n\nThe bin was missed again.\n\nKind regards,\nMargit')).toBe('The bin was missed again.');
    expect(analysed('Good day. Please, what documents do I need to bring?')).toBe('Please, what documents do I need to bring?');
    expect(analysed('Hi team,\nWhere is my refund?')).toBe('Where is my refund?');
    expect(analysed('Hey what the hell is going on with my order')).toBe('Hey what the hell is going on with my order');
    expect(analysed('Good morning!')).toBe('Good morning!');
  });
  it('reads a polite how-to question with thanks as neutral, not grateful', () => {
    for (const t of [
      'Hi, can I download episodes on two devices at the same time on the Standard plan? Thank you in advance.',
      'Hello, is it possible to change the subtitles to Spanish in the video player? Thank you.',
      'hi, do you have lockers with padlocks or do i need to bring my own? thanks',
      'Thanks. One more question - can I bring a folding bike as checked baggage?',
    ]) expect(detectFeeling(t).feeling, t).toBe('neutral');
  });
  it('drops wrapped Gmail headers', () => {
    const t = 'Any update?\n\nOn Tue, Mar 5, 2024 at 10:01 AM Support Team <support@example.com>\nwrote:\n> We love you';
    expect(analysed(t)).toBe('Any update?');
  });
  it('drops Outlook headers and Original Message blocks', () => {
    expect(analysed('Fine now.\n\nFrom: Help Desk\nSent: Monday, 3 June\nTo: me\nSubject: Re: x\n\nThanks!')).toBe('Fine now.');
    expect(analysed('Ok.\n-----Original Message-----\nFrom: x\nThank you')).toBe('Ok.');
    expect(analysed('Ok.\n________________________________\nFrom: x\nSent: y')).toBe('Ok.');
  });
  it('drops > quoted lines but keeps inline replies', () => {
    expect(analysed('> Did it work?\nNo, it did not.\n> Great!')).toBe('No, it did not.');
  });
  it('drops signatures and closing sign-offs', () => {
    expect(analysed('The app crashes.\n-- \nJane Doe\nAcme Inc')).toBe('The app crashes.');
    expect(analysed('The app crashes.\n\nSent from my iPhone')).toBe('The app crashes.');
    expect(analysed('The app crashes.\n\nThanks,\nJane')).toBe('The app crashes.');
    expect(analysed('The app crashes.\n\nThanks, Jane')).toBe('The app crashes.');
    expect(analysed('The app crashes.\n\nBest regards,\nJane Doe\nHead of Ops | Acme Ltd\n+1 555 0100')).toBe('The app crashes.');
  });
  it('keeps a thank-you that is the message itself', () => {
    expect(analysed('Thank you so much!')).toBe('Thank you so much!');
    expect(detectFeeling('Thanks!').feeling).toBe('grateful');
  });
  it('a sign-off does not make a complaint grateful', () => {
    expect(detectFeeling('My order arrived damaged and nobody answers the phone.\n\nThanks,\nAnna').feeling).not.toBe('grateful');
  });
  it('quoted praise does not make a complaint grateful', () => {
    expect(detectFeeling('This still does not work.\n\n> Thank you, you are amazing, I love it!').feeling).not.toBe('grateful');
  });
  // Known miss of the feeling model (issue-10 note): the short complaint reads as neutral (frustrated a close second).
  it.fails('known miss: a complaint above quoted praise is negative', () => {
    expect(negative('This still does not work.\n\n> Thank you, you are amazing, I love it!')).toBe(true);
  });
  it('quoted anger does not make thanks negative', () => {
    expect(detectFeeling('That fixed it, thank you!\n\nOn Mon, 1 Jan 2024, Bob wrote:\n> This is ridiculous, I am furious').feeling).toBe('grateful');
  });
});

// Known misses of the feeling model (issue-10 note): borderline one-liners it reads as the neighbouring
// feeling (LABELS.md lists "third time I'm asking" as impatient, leaving as a threat as angry, and "no
// worries" as neutral: "take your time" reads as the sarcastic kind), and sarcasm read as grateful.
// `it.fails` turns red the day one is right again.
const FEELING_MISSES = new Set([
  'This is the third time I am asking.',
  'Cancel my subscription, I am switching to a competitor.',
  'Great, another week without internet.',
  'No worries, take your time.',
]);
const known = (t: string) => FEELING_MISSES.has(t);

describe('negation', () => {
  it('"not happy at all" is negative', () => {
    expect(negative('I am not happy at all with the service.')).toBe(true);
  });
  const noWorries = ['No worries, take your time.', 'Not a problem, Tuesday works for me.', 'No problem at all!'];
  const notWorriedOrNegative = (t: string) => {
    expect(negative(t), t).toBe(false);
    expect(detectFeeling(t).feeling, t).not.toBe('worried');
  };
  it.each(noWorries.filter((t) => !known(t)))('"%s" is not worried or negative', notWorriedOrNegative);
  it.fails.each(noWorries.filter(known))('known miss: "%s" is not worried or negative', notWorriedOrNegative);
});

describe('sarcasm', () => {
  const sarcastic = ['Great, another week without internet.', 'Thanks for nothing.', 'Oh wonderful, it crashed again.', 'Perfect, the replacement is broken too.'];
  it.each(sarcastic.filter((t) => !known(t)))('%s is negative', (t) => {
    expect(negative(t)).toBe(true);
  });
  it.fails.each(sarcastic.filter(known))('known miss: %s is negative', (t) => {
    expect(negative(t)).toBe(true);
  });
});

describe('waiting, threats, thanks-but-worried', () => {
  const impatient = ['I am still waiting for my refund.', 'This is the third time I am asking.', 'Any update?', 'I need it today, ASAP.', 'My internet has been down for 9 days now.'];
  it.each(impatient.filter((t) => !known(t)))('%s is impatient', (t) => expect(detectFeeling(t).feeling).toBe('impatient'));
  it.fails.each(impatient.filter(known))('known miss: %s is impatient', (t) => expect(detectFeeling(t).feeling).toBe('impatient'));
  const angry = ['I will file a chargeback.', 'Cancel my subscription, I am switching to a competitor.', 'My lawyer will contact you.', 'I will leave a 1-star review.'];
  it.each(angry.filter((t) => !known(t)))('%s is angry', (t) => expect(detectFeeling(t).feeling).toBe('angry'));
  it.fails.each(angry.filter(known))('known miss: %s is angry', (t) => expect(detectFeeling(t).feeling).toBe('angry'));
  const thanksBut = [
    'Thanks for the reply, but this is ridiculous.',
    "Thanks, I appreciate it, but I'm still not happy with the service.",
    'Thank you for your help. Unfortunately the app still crashes when I export.',
    'Thank you so much for getting back to me, but I am still really worried I will be charged again.',
  ];
  const thanksButNegative = (t: string) => {
    expect(negative(t)).toBe(true);
    // Evidence is the customer's sentences: the one with the problem is among them.
    expect(detectFeeling(t).evidence.some((e) => /ridiculous|not happy|crashes|worried/i.test(e.text))).toBe(true);
  };
  it.each(thanksBut.filter((t) => !known(t)))('thanks-but-negative is negative: %s', thanksButNegative);
  it.fails.each(thanksBut.filter(known))('known miss: thanks-but-negative is negative: %s', thanksButNegative);
  it('the feeling the agent must acknowledge wins over politeness thanks', () => {
    const r = detectFeeling('Thanks for your quick reply! I appreciate it. But I am really worried my rent payment will bounce.');
    expect(r.feeling).toBe('worried');
    expect(r.evidence.some((e) => /worried|rent/i.test(e.text))).toBe(true);
    expect(r.evidence.some((e) => /thank/i.test(e.text))).toBe(false);
  });
});

describe('intensity and confidence', () => {
  it('caps, "!!!" and intensifiers raise intensity', () => {
    const base = detectFeeling('The app crashed again and I lost my work.');
    const loud = detectFeeling('The app crashed AGAIN and I LOST my work!!!');
    const strong = detectFeeling('The app crashed again and I lost my work. This is absolutely ridiculous.');
    expect(loud.intensity).toBeGreaterThan(base.intensity);
    expect(strong.intensity).toBeGreaterThan(base.intensity);
  });
  it('values are in range and scores cover all 8 feelings', () => {
    const r = detectFeeling('Why was I charged twice?');
    expect(Object.keys(r.scores)).toHaveLength(8);
    for (const v of [r.intensity, r.confidence, ...Object.values(r.scores)]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(Object.values(r.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    expect(r.scores[r.feeling]).toBe(Math.max(...Object.values(r.scores)));
  });
  it('empty and non-English text: neutral, low confidence', () => {
    for (const t of ['', '   \n\t ', 'Je voudrais changer mon adresse de livraison, merci.', 'Ich möchte mein Passwort ändern.', '我想修改我的送货地址', 'أريد إلغاء اشتراكي']) {
      const r = detectFeeling(t);
      expect(r.feeling, t).toBe('neutral');
      expect(r.confidence, t).toBeLessThan(0.4);
      expect(r.evidence, t).toEqual([]);
    }
  });
});
