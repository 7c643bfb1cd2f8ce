// A worker thread does not inherit the TypeScript loader of the thread that started it (Node 20):
// it registers tsx, then loads the extraction worker.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./extract-worker.ts', import.meta.url).href);
