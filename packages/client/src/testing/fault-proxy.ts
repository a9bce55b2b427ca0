import { createServer, request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSeededRandom } from '@motionreg/primitives';
import type { Seed } from '@motionreg/primitives';

/**
 * What the proxy does to one request:
 * - `pass`: forwards it and relays the answer;
 * - `unavailable`: answers 503 without forwarding;
 * - `throttle`: answers 429 with `Retry-After` without forwarding;
 * - `drop`: forwards it, waits for the service's full answer (the write is applied), then cuts the
 *   connection: the client never learns that it succeeded;
 * - `stall`: holds the request without forwarding, past the client's timeout;
 * - `stallAfter`: forwards it (applied), then holds the answer past the client's timeout and cuts.
 */
export const faultKinds = ['pass', 'unavailable', 'throttle', 'drop', 'stall', 'stallAfter'] as const;
export type FaultKind = (typeof faultKinds)[number];

/** How often each fault is drawn (relative weights; absent kinds never happen). */
export type FaultWeights = Partial<Record<FaultKind, number>>;

/** Options of {@link startFaultProxy}. */
export interface FaultProxyOptions {
  /** The service the proxy stands in front of, e.g. `http://127.0.0.1:8787`. */
  target: string;
  /** Seeds the schedule: the same seed and the same request order give the same faults. */
  seed: Seed;
  /** @default { pass: 5, unavailable: 1, throttle: 1, drop: 1, stall: 1, stallAfter: 1 } */
  weights?: FaultWeights;
  /** Which requests may be faulted. @default every request */
  applies?: (request: { method: string; url: string }) => boolean;
  /** How long a stall holds: more than the client's timeout. @default 1500 */
  stallMs?: number;
  /** The `Retry-After` a throttle sends (seconds). @default '1' */
  retryAfter?: string;
}

/** One request through the proxy and what it did. */
export interface FaultRecord {
  readonly method: string;
  readonly url: string;
  readonly fault: FaultKind;
  /** The service's status, when the request reached it. */
  readonly forwardedStatus: number | undefined;
}

export interface FaultProxy {
  /** The proxy's base URL (127.0.0.1, a free port). */
  readonly url: string;
  /** Every request so far, in arrival order. */
  readonly log: readonly FaultRecord[];
  /** Requests per fault kind. */
  counts(): Record<FaultKind, number>;
  close(): Promise<void>;
}

const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'host', 'content-length']);

function forwardHeaders(headers: IncomingHttpHeaders, bodyLength: number): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !hopByHop.has(name)) result[name] = value;
  result['content-length'] = String(bodyLength);
  return result;
}

interface Forwarded {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(target: URL, incoming: IncomingMessage, body: Buffer): Promise<Forwarded> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: forwardHeaders(incoming.headers, body.length) },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
        answer.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function relay(response: ServerResponse, answer: Forwarded): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !hopByHop.has(name)) headers[name] = value;
  response.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
  response.end(answer.body);
}

function refuse(response: ServerResponse, status: number, headers: Record<string, string>): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify({ error: { code: 'store_unavailable', message: `[motionreg:fault-proxy] injected ${status}` } }));
}

/**
 * A real HTTP proxy on 127.0.0.1 in front of the registry service that injects faults by a seeded
 * schedule: the client under test talks to it over TCP exactly as it would to the service, and
 * meets the failures a network and a busy service really produce, including the worst one for
 * exactly-once writes: an answer lost after the write was applied.
 *
 * @example
 * ```ts
 * const proxy = await startFaultProxy({ target: service.url, seed: 7 });
 * const client = createRegistryClient({ baseUrl: proxy.url, token, timeoutMs: 500 });
 * ```
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const random = createSeededRandom(options.seed);
  const weights = Object.entries(options.weights ?? { pass: 5, unavailable: 1, throttle: 1, drop: 1, stall: 1, stallAfter: 1 })
    .filter((entry): entry is [FaultKind, number] => (entry[1] ?? 0) > 0);
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const stallMs = options.stallMs ?? 1_500;
  const log: FaultRecord[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const draw = (): FaultKind => {
    let point = random.next() * total;
    for (const [kind, weight] of weights) {
      point -= weight;
      if (point < 0) return kind;
    }
    return weights.at(-1)?.[0] ?? 'pass';
  };
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const method = incoming.method ?? 'GET';
      const url = incoming.url ?? '/';
      // why: the draw happens for every request in arrival order, so a seed replays the same schedule.
      const drawn = draw();
      const fault = options.applies === undefined || options.applies({ method, url }) ? drawn : 'pass';
      const record = (forwardedStatus: number | undefined) => log.push({ method, url, fault, forwardedStatus });
      const body = Buffer.concat(chunks);
      switch (fault) {
        case 'unavailable':
          record(undefined);
          return refuse(response, 503, {});
        case 'throttle':
          record(undefined);
          return refuse(response, 429, { 'retry-after': options.retryAfter ?? '1' });
        case 'stall':
          record(undefined);
          return later(stallMs, () => response.socket?.destroy());
        default:
          break;
      }
      forward(target, incoming, body).then(
        (answer) => {
          record(answer.status);
          if (fault === 'pass') relay(response, answer);
          else if (fault === 'drop') response.socket?.destroy();
          else later(stallMs, () => response.socket?.destroy());
        },
        () => {
          record(undefined);
          response.socket?.destroy();
        },
      );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    log,
    counts() {
      const counts = Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>;
      for (const entry of log) counts[entry.fault] += 1;
      return counts;
    },
    close: () => new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
