// empathy-coach: the analyzer on JSONL files, for evaluation and for scoring exported tickets.
import { existsSync } from 'node:fs';
import { feelings, review, type Command } from './commands';
import { openJsonl } from './jsonl';
import { libraryCommand } from './library';
import { progressBar } from './progress';
import { parseReportArgs, REPORT_HELP, REPORT_USAGE, runReport } from './report/command';

const COMMANDS: Record<string, Command> = { feelings, review };

const USAGE = `Usage: empathy-coach <command> [file.jsonl]

Commands:
  feelings   name the feeling of customer messages  (${feelings.usage})
  review     review draft replies                    (${review.usage})
  library    print the default phrase library or validate a library file
             (empathy-coach library default | empathy-coach library validate FILE)
  report     a team empathy report from a helpdesk export (Zendesk, mbox, JSONL)
             (${REPORT_USAGE})

Reads stdin when no file is given. Run "empathy-coach <command> --help" for details.
Everything runs locally; nothing is sent anywhere.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  if (name === 'report') return reportCommand(rest);
  if (name === 'library') return libraryCommand(rest, (text) => console.log(text), (text) => console.error(text));
  const command = COMMANDS[name];
  if (!command) {
    console.error(`empathy-coach: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage: ${command.usage}\n\n${command.help}`);
    return 0;
  }
  const unknownOption = rest.find((arg) => arg.startsWith('-') && arg !== '-');
  if (unknownOption || rest.length > 1) {
    console.error(`empathy-coach ${name}: unexpected argument "${unknownOption ?? rest[1]}"\nUsage: ${command.usage}`);
    return 2;
  }
  const file = rest[0] === '-' ? undefined : rest[0];
  if (file && !existsSync(file)) {
    console.error(`empathy-coach ${name}: no such file: ${file}`);
    return 2;
  }
  return runCommand(command, file);
}

async function runCommand(command: Command, file: string | undefined): Promise<number> {
  const source = openJsonl(file);
  const progress = progressBar();
  let bad = 0;
  for await (const item of source.records) {
    progress.update(source.progress().read, source.progress().total);
    const result = 'error' in item ? item.error : command.run(item.record);
    if (typeof result === 'string') {
      bad++;
      process.stderr.write(`${file ?? 'stdin'}:${item.line}: ${result} (line skipped)\n`);
      continue;
    }
    const record = 'record' in item ? item.record : {};
    if (!process.stdout.write(`${JSON.stringify({ ...record, ...result })}\n`)) {
      await new Promise((resume) => process.stdout.once('drain', resume));
    }
  }
  progress.done();
  if (bad) process.stderr.write(`empathy-coach ${command.name}: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
  return bad ? 1 : 0;
}

async function reportCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: ${REPORT_USAGE}\n\n${REPORT_HELP}`);
    return 0;
  }
  const options = parseReportArgs(args);
  if (typeof options === 'string') {
    console.error(`empathy-coach report: ${options}\nUsage: ${REPORT_USAGE}`);
    return 2;
  }
  return runReport(options);
}
