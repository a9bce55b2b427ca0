import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiErrorSchema } from '@motionreg/primitives';
import type { ApiError } from '@motionreg/primitives';

/** The token every test service is started with. */
export const testToken = 'test-token-3f9a';

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `motionreg-service-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Options of {@link call}. */
export interface CallOptions {
  method?: string;
  /** A value sent as JSON, or raw bytes/text sent as they are. */
  json?: unknown;
  body?: string | Uint8Array;
  token?: string | null;
  headers?: Record<string, string>;
}

/** One HTTP request to a running service; the token is sent unless `token: null`. */
export async function call(baseUrl: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? testToken : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  let body: string | Uint8Array | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] ??= 'application/json';
  }
  return fetch(`${baseUrl}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, ...(body === undefined ? {} : { body }) });
}

/** The JSON error body of a failed response, parsed with the API's error schema. */
export async function errorOf(response: Response): Promise<ApiError['error']> {
  return apiErrorSchema.parse(await response.json()).error;
}
