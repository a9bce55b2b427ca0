/**
 * @packageDocumentation
 * `@motionreg/client/testing`: a seeded fault proxy to put between a client and the registry service
 * in tests (503, 429 with Retry-After, answers dropped after the write applied, stalls), so a loop's
 * exactly-once writes can be checked against the faults a network really produces.
 */
export { faultKinds, startFaultProxy } from './fault-proxy.js';
export type { FaultKind, FaultProxy, FaultProxyOptions, FaultRecord, FaultWeights } from './fault-proxy.js';
