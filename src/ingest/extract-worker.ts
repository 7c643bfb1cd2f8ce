// One extraction worker (pool.ts): reads the raw pages it is sent, read-only, and returns what
// analysePage learns of each. It decides nothing about the run: run.ts does, in page order.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { buildLexicon, type Lexicon } from '../lib/ingest/boilerplate';
import { analysePage, isHtmlName, loadHtmlExtractor } from './analyse';
import { stampOf } from './fileStamp';
import type { PoolMessage, PoolReply, PoolSetup } from './pool';

// The setup comes first (the worker is started before the main thread has loaded the data), the pages after it.
let setup: PoolSetup;
let lexicon: Lexicon;

parentPort!.on('message', async (job: PoolMessage) => {
  if ('setup' in job) {
    setup = job.setup;
    // The lexicon is built here from its data, as the main thread built its own (functions and
    // compiled readers do not cross threads).
    lexicon = buildLexicon(setup.boilerplate, setup.lexiconSources, setup.outletRating);
    return;
  }
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
