import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../support/static-server';

describe('demo static server', () => {
  const servers: StaticServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  const dir = mkdtempSync(join(tmpdir(), 'ec-static-'));
  writeFileSync(join(dir, 'index.html'), '<h1>demo</h1>');

  it('binds 127.0.0.1 and serves files, with index.html for folders', async () => {
    const server = await serveDirectory(dir);
    servers.push(server);
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.origin}/`);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('<h1>demo</h1>');
  });

  it('picks a free port when the preferred one is taken', async () => {
    const first = await serveDirectory(dir);
    servers.push(first);
    const port = Number(new URL(first.origin).port);
    const second = await serveDirectory(dir, port);
    servers.push(second);
    expect(second.origin).not.toBe(first.origin);
    expect((await fetch(`${second.origin}/index.html`)).status).toBe(200);
  });

  it('never serves files outside its folder', async () => {
    const server = await serveDirectory(dir);
    servers.push(server);
    expect((await fetch(`${server.origin}/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(403);
    expect((await fetch(`${server.origin}/missing.html`)).status).toBe(404);
  });
});
