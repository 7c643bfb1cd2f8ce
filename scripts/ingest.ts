// CLI: npm run ingest -- [--input DIR] [--output DIR] [--report FILE] [--lenient] [--workers N]
// Thin wrapper over src/ingest/run.ts: parses flags, shows progress, prints the summary.
import { parseArgs } from 'node:util';
import { ingestDirectory, reportMessages, summaryLine } from '../src/ingest/run';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', default: 'content/raw' },
      output: { type: 'string', default: 'content/articles' },
      report: { type: 'string', default: '.cache/ingest-report.json' },
      lenient: { type: 'boolean', default: false },
      // Extraction threads (src/ingest/pool.ts): one per core by default, 0 for this thread only.
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run ingest -- [--input DIR] [--output DIR] [--report FILE] [--lenient] [--workers N]');
    return 0;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    console.error(`--workers must be a whole number ≥ 0, got ${values.workers}`);
    return 2;
  }
  const tty = process.stderr.isTTY;
  // Ctrl-C (or a kill): the pages being written are finished, whole, and the run stops without
  // saving its state or report (the next run takes up from the files as they are). A second
  // Ctrl-C stops at once: the listener is gone, Node's default applies.
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (tty) process.stderr.write('\r\x1b[K');
      console.error(`ingest: ${signal}: finishing the pages being written, then stopping (again to stop at once)`);
      stop.abort();
    });
  }
  const report = await ingestDirectory({
    signal: stop.signal,
    onNotice: (message) => console.error(`ingest: ${message}`),
    input: values.input!,
    output: values.output!,
    reportPath: values.report!,
    lenient: values.lenient,
    workers,
    // A single updating line, only on a terminal and only when there is something to wait for.
    onProgress: (done, total, file) => {
      if (!tty || total < 50) return;
      const line = done < total ? `ingest: ${done + 1}/${total} ${file}` : '';
      process.stderr.write(`\r\x1b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
    },
  });
  for (const line of reportMessages(report)) console.error(line);
  console.log(summaryLine(report));
  return report.exitCode;
}

main().then((code) => { process.exitCode = code; }, (e) => {
  if ((e as Error).name === 'AbortError') {
    console.error('ingest: stopped; every page written is whole; the state and report are the last complete run\'s');
    process.exitCode = 130;
  } else if ((e as Error).name === 'IngestLockedError') {
    console.error(`ingest: ${(e as Error).message}`);
    process.exitCode = 2;
  } else {
    console.error(`ingest failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 2;
  }
});
