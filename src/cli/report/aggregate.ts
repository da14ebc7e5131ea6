// Folds reviewed replies into the report's figures, keeping only counts and one best and one worst
// reply per agent: memory does not grow with the size of the export.
import { NEGATIVE_FEELINGS, type Feeling, type FindingRuleId } from '../../analyzer';
import type { BadRecord, ReplyResult, ReplyTask } from './model';
import type { AgentRow, Example, GapRow, Rates, ReportData, WeekRow } from './report-data';

/** Bad records listed in the report by place (all are counted). */
const LISTED_BAD = 100;
const UPSET: ReadonlySet<string> = new Set(NEGATIVE_FEELINGS);

interface Kept {
  task: ReplyTask;
  result: ReplyResult;
}

class Tally {
  replies = 0;
  scoreSum = 0;
  upset = 0;
  upsetAcknowledged = 0;
  nextStep = 0;
  followUp = 0;

  add(result: ReplyResult, rules: ReadonlySet<FindingRuleId>): void {
    this.replies++;
    this.scoreSum += result.score;
    if (result.feeling && UPSET.has(result.feeling)) {
      this.upset++;
      if (!rules.has('acknowledge-feeling')) this.upsetAcknowledged++;
    }
    if (!rules.has('next-step')) this.nextStep++;
    if (!rules.has('follow-up')) this.followUp++;
  }

  rates(): Rates {
    const share = (part: number, whole: number) => (whole ? part / whole : null);
    return {
      replies: this.replies,
      meanScore: share(this.scoreSum, this.replies),
      upsetReplies: this.upset,
      acknowledgedShare: share(this.upsetAcknowledged, this.upset),
      nextStepShare: share(this.nextStep, this.replies),
      followUpShare: share(this.followUp, this.replies),
    };
  }
}

class AgentTally extends Tally {
  readonly rules = new Map<FindingRuleId, number>();
  best: Kept | null = null;
  worst: Kept | null = null;
}

/** Better reply first: higher score, then fewer findings, then earlier in the export. */
function better(a: Kept, b: Kept): boolean {
  if (a.result.score !== b.result.score) return a.result.score > b.result.score;
  if (a.result.findings.length !== b.result.findings.length) return a.result.findings.length < b.result.findings.length;
  return a.task.seq < b.task.seq;
}

function worse(a: Kept, b: Kept): boolean {
  if (a.result.score !== b.result.score) return a.result.score < b.result.score;
  if (a.result.findings.length !== b.result.findings.length) return a.result.findings.length > b.result.findings.length;
  return a.task.seq < b.task.seq;
}

/** Monday (UTC) of the week holding `ms`, as YYYY-MM-DD. */
export function weekOf(ms: number): string {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day)).toISOString().slice(0, 10);
}

export class ReportBuilder {
  private readonly team = new Tally();
  private readonly agents = new Map<string, AgentTally>();
  private readonly gap = new Map<Feeling, { replies: number; unacknowledged: number }>();
  private readonly weeks = new Map<string, { replies: number; scoreSum: number; feelings: Partial<Record<Feeling | 'none', number>> }>();
  private undated = 0;
  private badCount = 0;
  private readonly badListed: BadRecord[] = [];

  add(task: ReplyTask, result: ReplyResult): void {
    const rules = new Set(result.findings.map((finding) => finding.rule));
    this.team.add(result, rules);
    let agent = this.agents.get(task.agent);
    if (!agent) this.agents.set(task.agent, (agent = new AgentTally()));
    agent.add(result, rules);
    for (const rule of rules) agent.rules.set(rule, (agent.rules.get(rule) ?? 0) + 1);
    const kept = { task, result };
    if (!agent.best || better(kept, agent.best)) agent.best = kept;
    if (!agent.worst || worse(kept, agent.worst)) agent.worst = kept;
    if (result.feeling && UPSET.has(result.feeling)) {
      const row = this.gap.get(result.feeling) ?? { replies: 0, unacknowledged: 0 };
      row.replies++;
      if (rules.has('acknowledge-feeling')) row.unacknowledged++;
      this.gap.set(result.feeling, row);
    }
    if (task.at === null) {
      this.undated++;
    } else {
      const key = weekOf(task.at);
      const week = this.weeks.get(key) ?? { replies: 0, scoreSum: 0, feelings: {} };
      week.replies++;
      week.scoreSum += result.score;
      const feeling = result.feeling ?? 'none';
      week.feelings[feeling] = (week.feelings[feeling] ?? 0) + 1;
      this.weeks.set(key, week);
    }
  }

  bad(record: BadRecord): void {
    this.badCount++;
    if (this.badListed.length < LISTED_BAD) this.badListed.push(record);
  }

  get replies(): number {
    return this.team.replies;
  }

  get badRecords(): number {
    return this.badCount;
  }

  get agentCount(): number {
    return this.agents.size;
  }

  finish(source: { file: string; format: string }, now = new Date()): ReportData {
    const agents: AgentRow[] = [...this.agents].map(([name, tally]) => ({
      agent: name,
      ...tally.rates(),
      topFindings: [...tally.rules]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 3)
        .map(([rule, replies]) => ({ rule, replies })),
    }));
    agents.sort((a, b) => b.replies - a.replies || a.agent.localeCompare(b.agent));
    const gap: GapRow[] = NEGATIVE_FEELINGS.flatMap((feeling) => {
      const row = this.gap.get(feeling);
      return row ? [{ feeling, ...row, share: row.unacknowledged / row.replies }] : [];
    });
    const weeks: WeekRow[] = [...this.weeks]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([week, row]) => ({ week, replies: row.replies, meanScore: row.scoreSum / row.replies, feelings: row.feelings }));
    const example = ({ task, result }: Kept): Example => ({
      conversation: task.conversation,
      place: task.place,
      at: task.at === null ? null : new Date(task.at).toISOString(),
      score: result.score,
      feeling: result.feeling,
      customerName: task.customerName ?? null,
      customerText: task.customerText,
      draft: task.draft,
      findings: result.findings,
    });
    return {
      title: 'Team empathy report',
      source,
      generatedAt: now.toISOString(),
      redacted: false,
      team: this.team.rates(),
      agents,
      gap,
      weeks,
      undated: this.undated,
      examples: agents.map(({ agent }) => {
        const tally = this.agents.get(agent)!;
        return { agent, best: example(tally.best!), worst: example(tally.worst!) };
      }),
      bad: { count: this.badCount, first: this.badListed },
    };
  }
}
