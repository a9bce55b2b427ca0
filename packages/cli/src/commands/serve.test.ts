import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiErrorSchema, jobSchema } from '@motionreg/primitives';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { captureOutput } from '../__fixtures__/capture-output.js';
import { runCli } from '../run-cli.js';
import { requestStop } from '../terminal/shutdown.js';

const token = 'serve-test-token';
const folder = mkdtempSync(join(tmpdir(), 'motionreg-serve-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function errorCode(response: Response): Promise<string> {
  return apiErrorSchema.parse(await response.json()).error.code;
}

describe('motionreg serve', () => {
  it('prints its URL on 127.0.0.1, guards writes and input, and stops cleanly on SIGTERM', async () => {
    const output = captureOutput();
    const exit = runCli(['node', 'motionreg', 'serve', '--store', `sqlite:${join(folder, 'registry.db')}`, '--port', '0', '--token', token]);
    await vi.waitFor(() => expect(output.out.join('')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/), { timeout: 15_000 });
    vi.restoreAllMocks();
    const url = output.out.join('').trim();
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

    const anonymous = await fetch(`${url}/api/jobs`, { method: 'POST', body: JSON.stringify({ prompt: 'x' }), headers: { 'Content-Type': 'application/json' } });
    expect(anonymous.status).toBe(401);
    const malformed = await fetch(`${url}/api/jobs`, { method: 'POST', body: '{"prompt":', headers: auth });
    expect(malformed.status).toBe(400);
    expect(apiErrorSchema.parse(await malformed.json()).error.message).toContain('not valid JSON');
    const huge = await fetch(`${url}/api/jobs`, { method: 'POST', body: JSON.stringify({ prompt: 'y'.repeat(6 * 1024 * 1024) }), headers: auth });
    expect(huge.status).toBe(413);
    const unknown = await fetch(`${url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await errorCode(unknown)).toBe('not_found');
    const prompt = `"Robert'); DROP TABLE jobs; --" ✨ עברית`;
    const created = jobSchema.parse(await (await fetch(`${url}/api/jobs`, { method: 'POST', body: JSON.stringify({ prompt }), headers: auth })).json());
    expect(jobSchema.parse(await (await fetch(`${url}/api/jobs/${created.id}`)).json()).prompt).toBe(prompt);

    requestStop('SIGTERM', () => undefined);
    expect(await exit).toBe(143);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it('refuses a port out of range', async () => {
    const output = captureOutput();
    const code = await runCli(['node', 'motionreg', 'serve', '--store', 'memory:', '--port', '70000', '--token', token]);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(output.err.join('')).toContain('--port 70000');
  });
});
