// One extraction worker (pool.ts): reads the raw pages it is sent, read-only, and returns what
// analysePage learns of each. It decides nothing about the run: run.ts does, in page order.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { buildLexicon } from '../lib/ingest/boilerplate';
import { analysePage, isHtmlName, loadHtmlExtractor } from './analyse';
import { stampOf } from './fileStamp';
import type { PoolJob, PoolReply, PoolSetup } from './pool';

const setup = workerData as PoolSetup;
// The lexicon is built here from its data, as the main thread built its own (functions and
// compiled readers do not cross threads).
const lexicon = buildLexicon(setup.boilerplate, setup.lexiconSources, setup.outletRating);

parentPort!.on('message', async (job: PoolJob) => {
  let reply: PoolReply;
  try {
    if (isHtmlName(job.name)) await loadHtmlExtractor();
    // The file's stamp, taken before its bytes are read: the run trusts this analysis only when
    // the file still has that stamp (a page changed while the run went on is read again there).
    const fd = openSync(job.file, 'r');
    let bytes: Buffer, stamp: string;
    try {
      stamp = stampOf(fstatSync(fd, { bigint: true }));
      bytes = readFileSync(fd);
    } finally { closeSync(fd); }
    reply = { id: job.id, analysis: { ...analysePage(job.name, bytes, lexicon, setup.sources, job.knownHash), stamp } };
  } catch (e) {
    reply = { id: job.id, error: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
