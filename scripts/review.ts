// CLI: npm run review -- [--report FILE] [--limit N]
// Prints the articles an editor should check first: every title, date, outlet or agency that
// ingest chose with low confidence (field, value chosen, runner-up, why), from the last
// ingest report. Run `npm run ingest` first.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReviewTable } from '../src/lib/ingest/evidence';
import type { IngestReport } from '../src/ingest/run';

function main(): number {
  const { values } = parseArgs({
    options: {
      report: { type: 'string', default: '.cache/ingest-report.json' },
      limit: { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run review -- [--report FILE] [--limit N]');
    return 0;
  }
  let report: IngestReport;
  try {
    report = JSON.parse(readFileSync(values.report!, 'utf8')) as IngestReport;
  } catch (e) {
    console.error(`review: cannot read ${values.report}: ${(e as Error).message.split('\n')[0]} — run \`npm run ingest\` first`);
    return 1;
  }
  if (!Array.isArray(report.review)) {
    console.error(`review: ${values.report} has no review list (written by an older ingest) — run \`npm run ingest\` again`);
    return 1;
  }
  const limit = Math.max(1, parseInt(values.limit!, 10) || 50);
  console.log(`${report.review.length} field(s) to check in ${new Set(report.review.map((r) => r.slug)).size} article(s):\n`);
  console.log(formatReviewTable(report.review, limit));
  return 0;
}

process.exitCode = main();
