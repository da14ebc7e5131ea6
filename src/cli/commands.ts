// The analyzer commands: one JSONL record in, the same record plus results out.
import { detectFeeling, reviewDraft, RULE_IDS } from '../analyzer';
import { RULE_TEXT } from '../analyzer/rules/catalog';

export interface Command {
  name: string;
  usage: string;
  help: string;
  /** Result fields to add to a record, or a message saying what is wrong with it. */
  run(record: Record<string, unknown>): Record<string, unknown> | string;
}

const optionalString = (record: Record<string, unknown>, field: string): string | undefined | Error => {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : new Error(`"${field}" must be a string`);
};

export const feelings: Command = {
  name: 'feelings',
  usage: 'empathy-coach feelings [file.jsonl]',
  help: `Names the feeling of each customer message.

Input: JSONL, one {"id"?, "text"} per line, from the file or stdin.
Output: JSONL on stdout, each input record plus "feeling", "intensity", "confidence", "evidence".
Bad lines are reported on stderr with their line number and skipped; the exit code is then 1.`,
  run(record) {
    if (typeof record.text !== 'string') return 'missing "text" (a string)';
    const { feeling, intensity, confidence, evidence } = detectFeeling(record.text);
    return { feeling, intensity, confidence, evidence };
  },
};

export const review: Command = {
  name: 'review',
  usage: 'empathy-coach review [file.jsonl]',
  help: `Reviews draft replies the way the in-page coach does.

Input: JSONL, one {"id"?, "draft", "customer"?, "name"?} per line, from the file or stdin;
"customer" is the customer's message, "name" the customer's name.
Output: JSONL on stdout, each input record plus "score" (0-100), "feeling" (the customer's),
"findings" (rule, severity, start, end, message, evidence, suggestions) and "politeness" (-1..1).
Bad lines are reported on stderr with their line number and skipped; the exit code is then 1.

Rules ("rule" in a finding):
${RULE_IDS.map((id) => `  ${id.padEnd(20)}${RULE_TEXT[id].title}`).join('\n')}`,
  run(record) {
    if (typeof record.draft !== 'string') return 'missing "draft" (a string)';
    const text = optionalString(record, 'customer');
    const name = optionalString(record, 'name');
    for (const value of [text, name]) if (value instanceof Error) return value.message;
    const customer = text !== undefined || name !== undefined ? { text: text as string | undefined, name: name as string | undefined } : undefined;
    const { score, feeling, findings, politeness } = reviewDraft({ draft: record.draft, customer });
    return { score, feeling, findings, politeness };
  },
};
