import type { RuleId } from '../core/types.ts';

export type Command = 'analyze' | 'extract';
export type Format = 'text' | 'json' | 'jsonl' | 'md';

export interface CliOptions {
  command: Command;
  inputs: string[];
  format: Format;
  /** Only these rules; null means every rule. */
  rules: RuleId[] | null;
  out: string | null;
  /** How long one page may take before it is given up, ms. */
  timeLimitMs: number;
  /** Time the rules on each page, warm (analyze only): the page is analysed a second time for it. */
  timing: boolean;
}

/** A minute: a long feature takes under a second, so only a page the engine is stuck on reaches it. */
const DEFAULT_TIME_LIMIT_MS = 60_000;

export const USAGE = `usage:
  copydesk analyze <file.html|file.txt|dir>... [--format text|json|jsonl|md] [--rules a,b] [--out FILE|DIR] [--time-limit SECONDS] [--timing]
  copydesk extract <file.html|file.txt|dir>... [--format text|jsonl] [--out FILE] [--time-limit SECONDS]

--format md and json are reports (title, url, date, counts per rule, each finding in its context
with reason and suggestion). With --format md, an --out that does not end in .md is a directory:
one report per article plus an index.md linking them.

A directory laid out like the corpus (<id>/page.html, <id>/clean.html) yields ids <id> and <id>#clean;
any other directory yields its .html, .htm and .txt files.

A page still not done after --time-limit seconds (default ${DEFAULT_TIME_LIMIT_MS / 1000}) is given up, with one line on stderr.

--timing adds each page's warm time of the rules, "ms", to jsonl and json: every page is analysed
once untimed, then again timed, so it takes about twice as long.`;

export class UsageError extends Error {}

const FORMATS: Record<Command, readonly Format[]> = { analyze: ['text', 'json', 'jsonl', 'md'], extract: ['text', 'jsonl'] };

/** Parses the command line; throws UsageError for anything it cannot make sense of. */
export function parseArgs(argv: readonly string[], knownRules: readonly RuleId[]): CliOptions {
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'extract') {
    throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  }
  const options: CliOptions = { command, inputs: [], format: 'text', rules: null, out: null, timeLimitMs: DEFAULT_TIME_LIMIT_MS, timing: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const format = value() as Format;
        if (!FORMATS[command].includes(format)) {
          throw new UsageError(`--format for ${command} must be one of ${FORMATS[command].join(', ')}`);
        }
        options.format = format;
        break;
      }
      case '--rules': {
        if (command !== 'analyze') throw new UsageError('--rules only applies to analyze');
        const ids = value()
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
        const unknown = ids.filter((id) => !knownRules.includes(id as RuleId));
        if (unknown.length > 0 || ids.length === 0) {
          throw new UsageError(`unknown rule ${unknown.join(', ') || '(none given)'}; rules: ${knownRules.join(', ')}`);
        }
        options.rules = ids as RuleId[];
        break;
      }
      case '--out':
        options.out = value();
        break;
      case '--time-limit': {
        const seconds = Number(value());
        if (!(seconds > 0 && Number.isFinite(seconds))) throw new UsageError('--time-limit needs a number of seconds above 0');
        options.timeLimitMs = seconds * 1000;
        break;
      }
      case '--timing':
        if (command !== 'analyze') throw new UsageError('--timing only applies to analyze');
        if (inline !== undefined) throw new UsageError('--timing takes no value');
        options.timing = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        options.inputs.push(arg);
    }
  }
  if (options.inputs.length === 0) throw new UsageError('no input files');
  return options;
}
