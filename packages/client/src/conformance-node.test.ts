import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreConformance } from '@motionreg/grow/testing';
import { startNodeService } from '@motionreg/service';
import { spawnClaimers } from './__fixtures__/spawn-claimers.js';
import { createRegistryClient } from './registry-client.js';

const token = 'conformance-token';

// The shared store suite, run through the client against the real Node service on 127.0.0.1,
// a fresh SQLite file per test.
describeStoreConformance({
  name: 'http client → Node service (SQLite)',
  async create() {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-client-conformance-'));
    const service = await startNodeService({ storeUrl: `sqlite:${join(directory, 'registry.db')}`, port: 0, token });
    const open = () => createRegistryClient({ baseUrl: service.url, token, retryBaseMs: 10, retryMaxMs: 200 });
    return {
      store: open(),
      openAnother: open,
      reopen: open,
      spawnClaimers: (workers) => spawnClaimers(service.url, token, workers),
      dispose: async () => {
        await service.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  },
});
