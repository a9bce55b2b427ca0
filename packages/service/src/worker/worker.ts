/**
 * @packageDocumentation
 * The registry service as a Cloudflare Worker: `wrangler.jsonc`'s `main` (see `registryWorker`).
 */
import { registryWorker } from './worker-app.js';

// why: the Workers runtime loads a module's default export as its handler.
export default registryWorker;
