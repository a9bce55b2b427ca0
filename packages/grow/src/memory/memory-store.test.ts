import { describeStoreConformance } from '@motionreg/grow/testing';
import { createMemoryStore } from './memory-store.js';

describeStoreConformance({ name: 'memory', create: () => ({ store: createMemoryStore() }) });
