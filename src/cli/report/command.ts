// `empathy-coach report <export>`: scores every public agent reply of a helpdesk export and writes
// one team report (HTML, JSON or CSV). Reading, reviewing (worker threads) and counting overlap.
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { progressBar } from '../progress';
import { ReportBuilder } from './aggregate';
import type { ReplyTask } from './model';
import { ReviewPool } from './pool';
import { redactReport } from './redact';
import { renderCsv, renderJson } from './render/data-formats';
import { renderHtml } from './render/html';
import type { ReportData } from './report-data';
import { agentMatcher } from './sources/agents';
import { ExportError, INPUT_FORMATS, openExport, type InputFormat } from './sources/open';

export const REPORT_USAGE = 'empathy-coach report <export> [-o report.html] [--format html|json|csv] [--agents LIST] [--redact]';

export const REPORT_HELP = `Scores every public agent reply in a helpdesk export and writes a team empathy report.

The export (a file, or - for stdin):
  Zendesk      tickets with their comments[] (author_id, public, plain_body/body, created_at, via)
               and users[] (role), as one JSON document or JSON Lines (a ticket, a user, or an
               API page {tickets, users} per line)
  mbox         Gmail (Google Takeout) or Thunderbird; needs --agents to tell agents from customers
  JSONL        {"conversation", "author": "customer"|"agent", "agent"?, "text", "at", "name"?} per line

Options:
  -o, --output FILE    where to write the report (default report.html / report.json / report.csv; - for stdout)
  --format FORMAT      html (default), json (the whole report) or csv (one row per agent)
  --agents LIST        agents' addresses or domains, comma-separated (mbox): support@acme.com,@acme.com
  --redact             replace customer names, emails, phone numbers and order-like numbers in the report
  --input FORMAT       read the export as ${INPUT_FORMATS.join(', ')} instead of telling it from the file
  --workers N          worker threads (default: one per core; 0 reviews on the main thread)

Every reply is reviewed on this machine; nothing is sent anywhere. A malformed record is reported on
stderr with its place (file:line, or JSON pointer and line), skipped and counted in the report; the
exit code is then 1.`;

const FORMATS = ['html', 'json', 'csv'] as const;
type OutputFormat = (typeof FORMATS)[number];

export interface ReportOptions {
  input: string | undefined;
  output: string;
  format: OutputFormat;
  agents?: string;
  redact: boolean;
  inputFormat?: InputFormat;
  workers: number;
}

/** Parses the arguments after "report"; a string is a usage error. */
export function parseReportArgs(args: string[]): ReportOptions | string {
  let input: string | undefined;
  let output: string | undefined;
  let format: OutputFormat = 'html';
  let agents: string | undefined;
  let redact = false;
  let inputFormat: InputFormat | undefined;
  let workers = availableParallelism();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    try {
      if (arg === '-o' || arg === '--output') output = value();
      else if (arg === '--format') {
        const given = value();
        if (!(FORMATS as readonly string[]).includes(given)) return `--format must be one of ${FORMATS.join(', ')}`;
        format = given as OutputFormat;
      } else if (arg === '--agents') agents = value();
      else if (arg === '--redact') redact = true;
      else if (arg === '--input') {
        const given = value();
        if (!(INPUT_FORMATS as readonly string[]).includes(given)) return `--input must be one of ${INPUT_FORMATS.join(', ')}`;
        inputFormat = given as InputFormat;
      } else if (arg === '--workers') {
        workers = Number(value());
        if (!Number.isInteger(workers) || workers < 0 || workers > 64) return '--workers must be a whole number from 0 to 64';
      } else if (arg.startsWith('-') && arg !== '-') return `unexpected option "${arg}"`;
      else if (input !== undefined) return `unexpected argument "${arg}" (one export at a time)`;
      else input = arg;
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (input === undefined) return 'which export? (a file, or - for stdin)';
  return { input: input === '-' ? undefined : input, output: output ?? `report.${format}`, format, agents, redact, inputFormat, workers };
}

const RENDERERS: Record<OutputFormat, (report: ReportData) => string> = { html: renderHtml, json: renderJson, csv: renderCsv };

/** Batch of replies sent to a worker at a time. */
const BATCH = 64;

export interface ReportIo {
  stdout: (text: string) => void;
  stderr: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
}

export async function runReport(options: ReportOptions, io: ReportIo = { stdout: (text) => process.stdout.write(text), stderr: process.stderr }): Promise<number> {
  const err = (text: string) => io.stderr.write(`${text}\n`);
  if (options.input && !existsSync(options.input)) {
    err(`empathy-coach report: no such file: ${options.input}`);
    return 2;
  }
  const started = performance.now();
  let reader;
  try {
    reader = await openExport(options.input, { format: options.inputFormat, agents: options.agents ? agentMatcher(options.agents) : undefined });
  } catch (error) {
    if (error instanceof ExportError) {
      err(`empathy-coach report: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const builder = new ReportBuilder();
  const pool = new ReviewPool(options.workers, (task, result) => builder.add(task, result));
  const progress = progressBar(io.stderr as NodeJS.WriteStream);
  let seq = 0;
  let batch: ReplyTask[] = [];
  try {
    for await (const item of reader.items()) {
      if ('bad' in item) {
        builder.bad(item.bad);
        err(`${item.bad.place}: ${item.bad.message} (skipped)`);
        continue;
      }
      batch.push({ ...item.reply, seq: seq++ });
      if (batch.length >= BATCH) {
        await pool.submit(batch);
        batch = [];
        progress.update(reader.progress().read, reader.progress().total);
      }
    }
    await pool.submit(batch);
  } finally {
    await pool.close();
  }
  progress.done();
  const file = options.input ? basename(options.input) : 'stdin';
  let report = builder.finish({ file, format: reader.format });
  if (options.redact) report = redactReport(report);
  const text = RENDERERS[options.format](report);
  if (options.output === '-') io.stdout(text);
  else writeFileSync(options.output, text);
  const seconds = (performance.now() - started) / 1000;
  const rate = builder.replies ? `, ${Math.round(builder.replies / seconds).toLocaleString('en-US')} replies/s` : '';
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  err(
    `empathy-coach report: ${builder.replies.toLocaleString('en-US')} replies by ${builder.agentCount} agent${builder.agentCount === 1 ? '' : 's'} ` +
      `(${reader.format}) in ${seconds.toFixed(1)} s${rate}, peak memory ${peak} MB; ` +
      `${builder.badRecords} bad record${builder.badRecords === 1 ? '' : 's'} skipped` +
      `${builder.replies ? '' : '; the export holds no agent replies'}${options.output === '-' ? '' : `; report written to ${options.output}`}`,
  );
  return builder.badRecords ? 1 : 0;
}
