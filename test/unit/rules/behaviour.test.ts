// Spans, insertion points and suggestions of the rules, seen through reviewDraft.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY } from '../../../src/analyzer/data/default-library';
import type { CoachingLibrary } from '../../../src/analyzer/library-shape';
import { reviewDraftStrict as reviewDraft, type ReviewOptions } from '../../../src/analyzer/review';
import { acknowledges } from '../../../src/analyzer/rules/acknowledge-feeling';
import { RULES } from '../../../src/analyzer/rules/index';
import { FEELINGS, NEGATIVE_FEELINGS, RULE_IDS, type Customer, type Finding, type RuleId, type Suggestion } from '../../../src/analyzer/types';

function review(draft: string, customer?: Customer, options?: ReviewOptions, library?: CoachingLibrary) {
  return reviewDraft({ draft, ...(customer ? { customer } : {}), ...(library ? { library } : {}) }, options);
}

function only(draft: string, rule: RuleId, customer?: Customer, options?: ReviewOptions): Finding {
  const found = review(draft, customer, options).findings.filter((f) => f.rule === rule);
  expect(found, `${rule} on ${JSON.stringify(draft)}`).toHaveLength(1);
  return found[0]!;
}

function apply(draft: string, finding: Finding, s: Suggestion): string {
  const r = s.replace ?? { start: finding.start, end: finding.end };
  return draft.slice(0, r.start) + s.text + draft.slice(r.end);
}

describe('apology-but', () => {
  const draft = "I'm sorry, but that's our policy.";
  it('spans from the apology to the "but", with both words as evidence', () => {
    const f = only(draft, 'apology-but');
    expect(draft.slice(f.start, f.end)).toBe("sorry, but");
    expect(f.evidence.map((e) => e.text)).toEqual(['sorry', 'but']);
    expect(f.severity).toBe('warning');
  });
  it('suggests keeping the apology and removing ", but"', () => {
    const f = only(draft, 'apology-but');
    const fixed = apply(draft, f, f.suggestions[0]!);
    expect(fixed).toBe("I'm sorry. That's our policy.");
    expect(fixed).not.toContain(', but');
    expect(apply(draft, f, f.suggestions[1]!)).toBe("I'm sorry.");
  });
  it('handles "however," too, and names the word in the message', () => {
    const d = 'We apologize for the delay; however, the courier is responsible.';
    const f = only(d, 'apology-but');
    expect(f.message).toBe('The “however” takes the apology back: let the apology stand on its own.');
    expect(apply(d, f, f.suggestions[0]!)).toBe('We apologize for the delay. The courier is responsible.');
  });
});

describe('non-apology', () => {
  it('turns "sorry if" into a direct "sorry that"', () => {
    const d = "I'm sorry if you were charged twice.";
    const f = only(d, 'non-apology');
    expect(apply(d, f, f.suggestions[0]!)).toBe("I'm sorry that you were charged twice.");
  });
  it('replaces "sorry you feel that way" with a direct apology', () => {
    const d = 'Sorry you feel that way. I have refunded you.';
    const f = only(d, 'non-apology');
    expect(apply(d, f, f.suggestions[0]!)).toBe("I'm sorry we let you down. I have refunded you.");
  });
  it('owns "any inconvenience this may have caused" and hides the overlapping cliché', () => {
    const d = 'We apologize for any inconvenience this may have caused.';
    const r = review(d);
    expect(r.findings.filter((f) => f.rule === 'cliche')).toEqual([]);
    const f = only(d, 'non-apology');
    expect(apply(d, f, f.suggestions[0]!)).toBe('We apologize for the inconvenience this has caused.');
  });
});

describe('cliche', () => {
  it('cuts a filler sentence whole', () => {
    const d = "Thanks for writing in. We value your business. I've refunded you today.";
    const f = only(d, 'cliche');
    expect(d.slice(f.start, f.end)).toBe('We value your business');
    expect(f.suggestions[0]!.text).toBe('');
    expect(apply(d, f, f.suggestions[0]!)).toBe("Thanks for writing in. I've refunded you today.");
  });
  it('cuts only the phrase inside a longer sentence', () => {
    const d = "Your refund is done and please don't hesitate to contact us when you want to reorder your usual coffee beans.";
    // The fix's span is the patterns' (the learned layer judges this specific invitation no cliché).
    const f = only(d, 'cliche', undefined, { patternsOnly: true });
    expect(apply(d, f, f.suggestions[0]!)).toBe('Your refund is done and when you want to reorder your usual coffee beans.');
  });
});

describe('shouting', () => {
  it('suggests the lower-case form', () => {
    const d = 'Your order has NOT shipped yet.';
    const f = only(d, 'shouting');
    expect(d.slice(f.start, f.end)).toBe('NOT');
    expect(apply(d, f, f.suggestions[0]!)).toBe('Your order has not shipped yet.');
  });
  it('groups a shouted run into one finding, keeping acronyms and sentence case', () => {
    const d = 'PLEASE READ THE FAQ BEFORE WRITING.';
    const f = only(d, 'shouting');
    expect(apply(d, f, f.suggestions[0]!)).toBe('Please read the FAQ before writing.');
  });
  it('reduces "!!" to one "!"', () => {
    const d = 'Thanks!!';
    const f = only(d, 'shouting');
    expect(apply(d, f, f.suggestions[0]!)).toBe('Thanks!');
  });
  it('ignores acronyms, codes, URLs and the signature', () => {
    const d = 'Hi Priya,\n\nOK, the FAQ and PDF are at https://example.com/DOCS/GUIDE and your code is XK-2000.\n\nBest,\nSam\nCUSTOMER SUCCESS | BRIGHTKETTLE';
    expect(review(d, { name: 'Priya' }).findings.filter((f) => f.rule === 'shouting')).toEqual([]);
  });
});

describe('dismissive and blame', () => {
  it('drops the minimizer from "Just restart it"', () => {
    const d = 'Just restart it and it will work.';
    const f = only(d, 'dismissive');
    expect(apply(d, f, f.suggestions[0]!)).toBe('Restart it and it will work.');
  });
  it('offers "To recap," for "per my last email"', () => {
    const d = 'Per my last email, the update is live.';
    const f = only(d, 'blame');
    expect(apply(d, f, f.suggestions[0]!)).toBe('To recap, the update is live.');
  });
});

describe('policy-wall', () => {
  it('suggests offering an alternative right after the wall', () => {
    const d = "That's our policy. Have a nice day.";
    const f = only(d, 'policy-wall');
    expect(f.suggestions[0]!.replace).toEqual({ start: 18, end: 18 });
  });
});

describe('acknowledge-feeling', () => {
  const draft = 'Hi Priya,\n\nYour refund has been processed.\n\nBest,\nSam';
  it('points right after the greeting, with a message naming the customer and the feeling', () => {
    const f = only(draft, 'acknowledge-feeling', { name: 'Priya' }, { feeling: 'frustrated' });
    expect(f.start).toBe('Hi Priya,'.length);
    expect(f.end).toBe(f.start);
    expect(f.message).toBe('Priya seems frustrated: name the feeling before solving.');
    expect(f.severity).toBe('suggestion');
  });
  it('suggests acknowledgements for that feeling, without repeating the name the greeting already says, that clear the finding', () => {
    const f = only(draft, 'acknowledge-feeling', { name: 'Priya' }, { feeling: 'worried' });
    expect(f.suggestions.length).toBeGreaterThanOrEqual(3);
    for (const s of f.suggestions) {
      expect(s.text).not.toContain('Priya');
      expect(s.text).not.toContain('{');
      expect(s.text).toMatch(/worr|stress|concern/i);
      const fixed = apply(draft, f, s);
      expect(fixed.startsWith('Hi Priya,\n\n')).toBe(true);
      expect(review(fixed, { name: 'Priya' }, { feeling: 'worried' }).findings.map((x) => x.rule)).not.toContain('acknowledge-feeling');
    }
  });
  it('without a name, adjusts the phrase (no dangling comma) and says "The customer"', () => {
    const d = 'Your refund has been processed.';
    const f = only(d, 'acknowledge-feeling', undefined, { feeling: 'frustrated' });
    expect(f.start).toBe(0);
    expect(f.message).toBe('The customer seems frustrated: name the feeling before solving.');
    for (const s of f.suggestions) {
      expect(s.text).not.toMatch(/\{|\s,|,\s*[.!;]|^\s*,/);
      expect(s.text).toMatch(/^[A-Z]/);
    }
    expect(f.suggestions[0]!.text).toBe('I can see how frustrating this has been. ');
  });
  it('quotes the customer words behind the feeling when the detector gives them', () => {
    const evidence = [{ start: 0, end: 26, text: 'third time I am asking' }];
    const scores = Object.fromEntries(FEELINGS.map((k) => [k, k === 'frustrated' ? 1 : 0])) as never;
    const f = only(draft, 'acknowledge-feeling', { name: 'Priya' }, { feeling: { feeling: 'frustrated', intensity: 0.8, confidence: 0.9, scores, evidence } });
    expect(f.message).toBe('Priya seems frustrated (“third time I am asking”): name the feeling before solving.');
    expect(f.evidence).toEqual([]);
  });
  it('capitalises the text after an inline greeting', () => {
    const d = "Hi Priya, your refund has been processed.";
    const f = only(d, 'acknowledge-feeling', { name: 'Priya' }, { feeling: 'impatient' });
    expect(f.start).toBe(9);
    expect(apply(d, f, f.suggestions[0]!)).toBe("Hi Priya, I'm sorry you've had to wait so long. Your refund has been processed.");
  });
  it('does not count "sorry for the inconvenience"', () => {
    expect(acknowledges('Sorry for the inconvenience.')).toBe(false);
    expect(acknowledges('We apologize for any inconvenience caused.')).toBe(false);
    expect(acknowledges("I'm sorry for the inconvenience, I've fixed it.")).toBe(false);
    expect(acknowledges('I can see how frustrating this is.')).toBe(true);
  });
});

describe('use-name', () => {
  it('replaces a nameless greeting with one that uses the name', () => {
    const d = "Hi there,\n\nI've refunded your order.";
    const f = only(d, 'use-name', { name: 'Priya Raman' });
    expect(f.start).toBe('Hi there,'.length);
    expect(f.end).toBe(f.start);
    expect(f.message).toContain('Priya');
    const fixed = apply(d, f, f.suggestions[0]!);
    expect(fixed).toBe("Hi Priya,\n\nI've refunded your order.");
    expect(review(fixed, { name: 'Priya Raman' }).findings.map((x) => x.rule)).not.toContain('use-name');
  });
  it('adds a greeting at offset 0 when there is none', () => {
    const d = "I've refunded your order.";
    const f = only(d, 'use-name', { name: 'priya' });
    expect(f.start).toBe(0);
    expect(apply(d, f, f.suggestions[0]!)).toBe("Hi Priya,\n\nI've refunded your order.");
  });
});

describe('next-step and follow-up insertion points', () => {
  it('point at the end of the body, before the sign-off', () => {
    const d = 'Hi Priya,\n\nThanks for your message.\n\nBest,\nSam';
    const r = review(d, { name: 'Priya' });
    const end = d.indexOf('message.') + 'message.'.length;
    for (const id of ['next-step', 'follow-up'] as const) {
      const f = r.findings.find((x) => x.rule === id)!;
      expect(f, id).toBeDefined();
      expect([f.start, f.end]).toEqual([end, end]);
      expect(f.evidence).toEqual([]);
    }
  });
  it('point at the end when there is no sign-off', () => {
    const d = 'Thanks for your message  \n';
    const f = review(d).findings.find((x) => x.rule === 'follow-up')!;
    expect(f.start).toBe('Thanks for your message'.length);
    expect(apply(d, f, f.suggestions[0]!)).toBe("Thanks for your message. I'll follow up with an update by tomorrow.  \n");
  });
  it('stay quiet on a short good reply that has both', () => {
    const r = review("Hi Priya, I've refunded the charge and I'll email you by Friday to confirm it landed.", { name: 'Priya' });
    expect(r.findings).toEqual([]);
  });
  it('ignore quoted history under the reply', () => {
    const d = "Hi Priya, I've refunded you and I'll confirm by Friday.\n\nOn Mon, 3 Jun 2024, Priya wrote:\n> YOU SHOULD HAVE SHIPPED IT!! calm down";
    expect(review(d, { name: 'Priya' }).findings).toEqual([]);
  });
});

describe('phrase library', () => {
  const draft = "Hi Priya, as I already explained, kindly restart the app. I'll email you by Friday.";
  it('turns a rule off with enabled: false and overrides severity', () => {
    const lib: CoachingLibrary = { ...DEFAULT_LIBRARY, rules: { ...DEFAULT_LIBRARY.rules, blame: { enabled: false, severity: 'warning' }, cliche: { enabled: true, severity: 'info' } } };
    const r = review(draft + ' We value your business.', { name: 'Priya' }, undefined, lib);
    expect(r.findings.map((f) => f.rule)).not.toContain('blame');
    expect(r.findings.find((f) => f.rule === 'cliche')!.severity).toBe('info');
  });
  it('reports avoid entries case-insensitively, as whole phrases, under their rule or custom', () => {
    const lib: CoachingLibrary = {
      acknowledgements: {},
      rules: {},
      avoid: [
        { id: 'k', phrase: 'Kindly', rule: 'custom', message: 'Say please.', alternatives: ['please'] },
        { id: 'r', phrase: 'restart the app', rule: 'dismissive', message: 'Explain why.', alternatives: ['close and reopen the app', 'Hi {name}'] },
      ],
    };
    const r = review(draft + ' Unkindly worded.', { name: 'Priya' }, undefined, lib);
    const custom = r.findings.filter((f) => f.rule === 'custom');
    expect(custom).toHaveLength(1);
    expect(draft.slice(custom[0]!.start, custom[0]!.end)).toBe('kindly');
    expect(custom[0]!.message).toBe('Say please.');
    expect(custom[0]!.suggestions[0]).toMatchObject({ text: 'please', replace: { start: custom[0]!.start, end: custom[0]!.end } });
    const d = r.findings.find((f) => f.rule === 'dismissive')!;
    expect(d.message).toBe('Explain why.');
    expect(d.severity).toBe('warning');
    expect(d.suggestions.map((s) => s.text)).toEqual(['close and reopen the app', 'Hi Priya']);
  });
  it('skips avoid entries of a disabled rule, and survives a broken library', () => {
    const lib = { acknowledgements: null, rules: { dismissive: { enabled: false, severity: 'loud' } }, avoid: [{ id: 'x', phrase: 'restart', rule: 'dismissive', message: 'm', alternatives: [] }, null, { phrase: '' }] } as unknown as CoachingLibrary;
    const r = review(draft, { name: 'Priya' }, { feeling: 'angry' }, lib);
    expect(r.findings.map((f) => f.rule)).not.toContain('dismissive');
    expect(r.findings.find((f) => f.rule === 'acknowledge-feeling')!.suggestions).toEqual([]);
  });
  it('merges an avoid entry into the built-in finding on the same words', () => {
    const lib: CoachingLibrary = { ...DEFAULT_LIBRARY, avoid: [{ id: 'v', phrase: 'we value your business', rule: 'cliche', message: 'Filler.', alternatives: ['Thanks for sticking with us'] }] };
    const r = review("I've refunded you and I'll confirm by Friday. We value your business.", undefined, undefined, lib);
    const c = r.findings.filter((f) => f.rule === 'cliche');
    expect(c).toHaveLength(1);
    expect(c[0]!.suggestions.map((s) => s.text)).toContain('Thanks for sticking with us');
  });
});

describe('default library', () => {
  it('has at least 6 acknowledgements per negative feeling and 3 for grateful and neutral, all with {name}', () => {
    for (const f of NEGATIVE_FEELINGS) expect(DEFAULT_LIBRARY.acknowledgements[f]!.length, f).toBeGreaterThanOrEqual(6);
    for (const f of ['grateful', 'neutral'] as const) expect(DEFAULT_LIBRARY.acknowledgements[f]!.length, f).toBeGreaterThanOrEqual(3);
    for (const list of Object.values(DEFAULT_LIBRARY.acknowledgements)) for (const e of list!) expect(e.text).toContain('{name}');
  });
  it('has acknowledgements that the acknowledge-feeling rule accepts (with and without a name)', () => {
    for (const f of NEGATIVE_FEELINGS) {
      for (const e of DEFAULT_LIBRARY.acknowledgements[f]!) {
        expect(acknowledges(e.text.replace('{name}', 'Priya')), e.id).toBe(true);
        const draft = `Hi,\n\n${e.text.replace(/,? ?\{name\},? ?/, ' ').trim()} I've refunded you and I'll confirm by Friday.`;
        expect(review(draft, undefined, { feeling: f }).findings.map((x) => x.rule), e.id).not.toContain('acknowledge-feeling');
      }
    }
  });
  it('lists every rule with its default severity, and unique ids', () => {
    for (const rule of RULES) expect(DEFAULT_LIBRARY.rules[rule.id]).toEqual({ enabled: true, severity: rule.severity });
    expect(Object.keys(DEFAULT_LIBRARY.rules).sort()).toEqual([...RULE_IDS].sort());
    const ids = [...Object.values(DEFAULT_LIBRARY.acknowledgements).flatMap((l) => l!.map((e) => e.id)), ...DEFAULT_LIBRARY.avoid.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_LIBRARY))).toEqual(DEFAULT_LIBRARY);
  });
});
