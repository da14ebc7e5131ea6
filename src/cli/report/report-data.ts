// The report as data: what the HTML page shows, and what --format json prints.
import type { Feeling, FindingRuleId } from '../../analyzer';
import type { BadRecord, CompactFinding } from './model';

export interface Rates {
  replies: number;
  meanScore: number | null;
  /** Replies to a customer with a negative feeling. */
  upsetReplies: number;
  /** Of those, the share with no `acknowledge-feeling` finding (null when there were none). */
  acknowledgedShare: number | null;
  /** Share of replies with no `next-step` finding. */
  nextStepShare: number | null;
  /** Share of replies with no `follow-up` finding. */
  followUpShare: number | null;
}

export interface AgentRow extends Rates {
  agent: string;
  /** The rules that fired on most of this agent's replies (count = replies with that finding). */
  topFindings: { rule: FindingRuleId; replies: number }[];
}

export interface GapRow {
  feeling: Feeling;
  replies: number;
  unacknowledged: number;
  share: number;
}

export interface WeekRow {
  /** Monday of the week (UTC), YYYY-MM-DD. */
  week: string;
  replies: number;
  meanScore: number;
  /** Customer feelings of the messages answered that week ("none" when the agent wrote first). */
  feelings: Partial<Record<Feeling | 'none', number>>;
}

export interface Example {
  conversation: string;
  place: string;
  at: string | null;
  score: number;
  feeling: Feeling | null;
  customerName: string | null;
  customerText: string;
  draft: string;
  findings: CompactFinding[];
}

export interface ReportData {
  title: string;
  source: { file: string; format: string };
  generatedAt: string;
  redacted: boolean;
  team: Rates;
  agents: AgentRow[];
  gap: GapRow[];
  weeks: WeekRow[];
  /** Replies without a usable date (left out of the weekly charts). */
  undated: number;
  examples: { agent: string; best: Example; worst: Example }[];
  bad: { count: number; first: BadRecord[] };
}
