import fs from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.ts';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args.ts';
import { formatExtractJsonl, formatExtractText, formatPageJsonl, formatPageText, formatSummary, pickStyle } from './format.ts';
import { expandInputs } from './inputs.ts';
import { runTasks } from './pool.ts';
import { isFailure, type PageFailure, type PageOutcome, type PageResult } from './process-page.ts';
import { ProgressBar } from './progress.ts';
import { formatIndex, formatPageMarkdown, formatReportJson, MARKDOWN_SEPARATOR, ReportFileNamer, type IndexEntry } from './report-format.ts';

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * The copydesk command. Results are written in input order as soon as they are ready; every
 * bad file gets one line on stderr and the rest still run.
 */
export async function runCli(argv: readonly string[], entry: string): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(
      argv,
      rules.map((rule) => rule.meta.id),
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`copydesk: ${error.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const jobs = expandInputs(options.inputs);
  if (jobs.length === 0) {
    process.stderr.write(`copydesk: no .html, .htm or .txt files in ${options.inputs.join(', ')}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const checkedAt = new Date();
  const ruleIds = options.rules ?? rules.map((rule) => rule.meta.id);
  // Markdown reports for a batch go one file per article into a directory, unless --out names one .md file.
  const reportDir = options.format === 'md' && options.out !== null && !/\.md$/i.test(options.out) ? options.out : null;
  if (reportDir !== null) fs.mkdirSync(reportDir, { recursive: true });
  const outFile = reportDir === null ? options.out : null;
  const out = outFile === null ? process.stdout : fs.createWriteStream(outFile);
  const namer = new ReportFileNamer();
  const indexEntries: IndexEntry[] = [];
  const style = pickStyle(outFile === null && process.stdout.isTTY === true, process.env);
  const progress = process.stderr.isTTY && jobs.length > 1 ? new ProgressBar(process.stderr) : null;
  const pages: PageResult[] = [];
  const failures: PageFailure[] = [];

  const emit = (outcome: PageOutcome) => {
    if (isFailure(outcome)) {
      failures.push(outcome);
      progress?.clear();
      process.stderr.write(`copydesk: ${outcome.file}: ${outcome.error}\n`);
      return;
    }
    pages.push(outcome);
    if (outcome.warnings) {
      progress?.clear();
      for (const warning of outcome.warnings) process.stderr.write(`copydesk: ${outcome.file}: ${warning}\n`);
    }
    if (options.format === 'json') return;
    if (options.format === 'md') {
      const markdown = formatPageMarkdown(outcome, ruleIds, checkedAt);
      if (reportDir !== null) {
        const file = namer.name(outcome.id);
        fs.writeFileSync(path.join(reportDir, file), markdown);
        indexEntries.push({ file, page: outcome });
      } else {
        out.write(pages.length > 1 ? MARKDOWN_SEPARATOR + markdown : markdown);
      }
      return;
    }
    const text =
      options.command === 'extract'
        ? options.format === 'jsonl'
          ? formatExtractJsonl(outcome)
          : formatExtractText(outcome, style)
        : options.format === 'jsonl'
          ? formatPageJsonl(outcome)
          : formatPageText(outcome, style);
    progress?.clear();
    out.write(text);
  };

  await runTasks(
    jobs.map((job) => ({ job, command: options.command, rules: options.rules, timing: options.timing })),
    {
      entry,
      timeLimitMs: options.timeLimitMs,
      onDone: (done, total, outcome) => progress?.update(done, total, outcome.id),
      onOrdered: emit,
    },
  );
  progress?.clear();
  if (options.format === 'json') {
    out.write(formatReportJson(pages, failures, ruleIds, checkedAt));
  } else if (reportDir !== null) {
    fs.writeFileSync(path.join(reportDir, 'index.md'), formatIndex(indexEntries, failures, ruleIds, checkedAt));
  } else if (options.format === 'text' && options.command === 'analyze') {
    out.write(formatSummary(pages, failures));
  }
  if (out !== process.stdout)
    await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
  return failures.length > 0 ? EXIT_FILE_FAILED : EXIT_OK;
}
