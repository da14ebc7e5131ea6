// The shapes every export reader produces and the report consumes.
import type { Feeling, FindingRuleId, Severity } from '../../analyzer';

/** One public agent reply, with the customer message it answers. */
export interface ReplyTask {
  /** Order of the reply in the export: ties in best/worst are broken by it, so reports are stable. */
  seq: number;
  conversation: string;
  agent: string;
  /** The customer's message(s) since the previous agent reply; '' when the agent wrote first. */
  customerText: string;
  customerName?: string;
  draft: string;
  /** Milliseconds since the epoch, or null when the export gave no usable date. */
  at: number | null;
  /** Where the reply is in the export (file:line or JSON pointer), for people reading the report. */
  place: string;
}

export interface CompactFinding {
  rule: FindingRuleId;
  severity: Severity;
  start: number;
  end: number;
  message: string;
}

/** What a worker sends back for one reply: small, so messages between threads stay cheap. */
export interface ReplyResult {
  seq: number;
  feeling: Feeling | null;
  intensity: number;
  score: number;
  findings: CompactFinding[];
}

/** A malformed record: reported with its place, skipped, counted. */
export interface BadRecord {
  place: string;
  message: string;
}

/** What a reader yields: replies to review, or a bad record. */
export type ExportItem = { reply: Omit<ReplyTask, 'seq'> } | { bad: BadRecord };

export interface ExportReader {
  /** The export's format, as the report names it. */
  format: string;
  items(): AsyncIterable<ExportItem>;
  /** Bytes read so far and in all (total null for stdin). */
  progress(): { read: number; total: number | null };
}
