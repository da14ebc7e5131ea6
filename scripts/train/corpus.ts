// The support corpus (test/data/corpus): batches of customer messages and agent drafts written by
// independent writers, each labelled a second time by a blind reader. Batches named in
// SEALED are never read by training or tuning; only `npm run eval -- --sealed` scores them, once.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FEELINGS, RULE_IDS, type Feeling, type RuleId } from '../../src/analyzer/types';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../test/data/corpus');
export const SEALED: readonly string[] = ['s1', 's2', 's3', 's4', 's5', 's6'];

export interface CorpusMessage {
  id: string;
  batch: string;
  text: string;
  feeling: Feeling;
  /** the blind second reader's label, when there is one */
  second?: Feeling;
  name: string | null;
}

export interface CorpusDraft {
  id: string;
  batch: string;
  customer: string;
  customerName: string | null;
  /** null: unknown (a hand-written rule example without a customer) */
  customerFeeling: Feeling | null;
  /** labelled for this rule only (hand-written rule examples) */
  only?: RuleId;
  draft: string;
  rules: RuleId[];
  /** the blind second reader's rules, when there are some */
  second?: RuleId[];
  /** the blind second reader's reading of the customer's feeling, when there is one */
  secondFeeling?: Feeling;
  quotes: Partial<Record<RuleId, string[]>>;
  satisfies: Partial<Record<RuleId, string[]>>;
}

function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`, { cause: e });
      }
    });
}

const FEELING_SET = new Set<string>(FEELINGS);
const RULE_SET = new Set<string>(RULE_IDS);

export function batchNames(opts: { sealed?: boolean } = {}): string[] {
  if (!existsSync(join(CORPUS_DIR, 'batches'))) return [];
  return readdirSync(join(CORPUS_DIR, 'batches'))
    .filter((b) => (opts.sealed ? SEALED.includes(b) : !SEALED.includes(b)))
    .sort();
}

export function loadMessages(batch: string): CorpusMessage[] {
  const dir = join(CORPUS_DIR, 'batches', batch);
  const second = new Map(readJsonl<{ id: string; feeling: string }>(join(dir, 'messages.second.jsonl')).map((r) => [r.id, r.feeling]));
  return readJsonl<{ id: string; text: string; feeling: string; name?: string | null }>(join(dir, 'messages.jsonl'))
    .filter((r) => FEELING_SET.has(r.feeling) && typeof r.text === 'string')
    .map((r) => {
      const s = second.get(r.id);
      return { id: r.id, batch, text: r.text, feeling: r.feeling as Feeling, second: s && FEELING_SET.has(s) ? (s as Feeling) : undefined, name: r.name ?? null };
    });
}

export function loadDrafts(batch: string): CorpusDraft[] {
  const dir = join(CORPUS_DIR, 'batches', batch);
  const seconds = new Map(readJsonl<{ id: string; rules: string[]; customer_feeling?: string }>(join(dir, 'drafts.second.jsonl')).map((r) => [r.id, r]));
  type Raw = { id: string; customer: string; customer_name: string | null; customer_feeling: string; draft: string; rules: string[]; quotes?: Record<string, string[]>; satisfies?: Record<string, string[]> };
  return readJsonl<Raw>(join(dir, 'drafts.jsonl'))
    .filter((r) => typeof r.draft === 'string' && Array.isArray(r.rules) && FEELING_SET.has(r.customer_feeling))
    .map((r) => {
      const s = seconds.get(r.id);
      return {
        id: r.id,
        batch,
        customer: r.customer ?? '',
        customerName: r.customer_name ?? null,
        customerFeeling: r.customer_feeling as Feeling,
        draft: r.draft,
        rules: r.rules.filter((x): x is RuleId => RULE_SET.has(x)),
        second: s ? s.rules.filter((x): x is RuleId => RULE_SET.has(x)) : undefined,
        secondFeeling: s?.customer_feeling && FEELING_SET.has(s.customer_feeling) ? (s.customer_feeling as Feeling) : undefined,
        quotes: (r.quotes ?? {}) as CorpusDraft['quotes'],
        satisfies: (r.satisfies ?? {}) as CorpusDraft['satisfies'],
      };
    });
}

/** Messages whose label both readers agree on (all messages of a batch not yet read twice). */
export function agreedMessages(batch: string): CorpusMessage[] {
  return loadMessages(batch).filter((m) => m.second === undefined || m.second === m.feeling);
}

/**
 * The customer messages the drafts of a batch answer, where both readers agree on the feeling: more
 * support mail to learn feelings from (short, and often the hardest to read).
 */
export function agreedDraftCustomers(batch: string): { text: string; feeling: Feeling }[] {
  return loadDrafts(batch)
    .filter((d) => d.customer.trim() && d.customerFeeling !== null && (d.secondFeeling === undefined || d.secondFeeling === d.customerFeeling))
    .map((d) => ({ text: d.customer, feeling: d.customerFeeling! }));
}

/** Replies of the earlier blind batches (test/data/blind-batches): good ones (no rule) and flawed ones (the rules a reviewer expects). */
export function blindBatchDrafts(): CorpusDraft[] {
  const dir = resolve(import.meta.dirname, '../../test/data/blind-batches');
  if (!existsSync(dir)) return [];
  const out: CorpusDraft[] = [];
  type Reply = { id: string; customer: string; name?: string; draft: string; expect?: string[]; feeling?: string };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { goodReplies?: Reply[]; flawedReplies?: Reply[] };
    for (const [list, good] of [[d.goodReplies ?? [], true], [d.flawedReplies ?? [], false]] as const) {
      for (const r of list) {
        out.push({
          id: `${f}:${r.id}`,
          batch: 'blind',
          customer: r.customer ?? '',
          customerName: r.name ?? null,
          customerFeeling: r.feeling && FEELING_SET.has(r.feeling) ? (r.feeling as Feeling) : null,
          draft: r.draft,
          rules: good ? [] : (r.expect ?? []).filter((x): x is RuleId => RULE_SET.has(x)),
          quotes: {},
          satisfies: {},
        });
      }
    }
  }
  return out;
}

/** The earlier blind batches (test/data/blind-batches): messages as training material. */
export function blindBatchMessages(): { text: string; feeling: Feeling }[] {
  const dir = resolve(import.meta.dirname, '../../test/data/blind-batches');
  if (!existsSync(dir)) return [];
  const out: { text: string; feeling: Feeling }[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { messages?: { text: string; feeling: string }[] };
    for (const m of d.messages ?? []) if (FEELING_SET.has(m.feeling)) out.push({ text: m.text, feeling: m.feeling as Feeling });
  }
  return out;
}
