// The worker's site management: only HTTPS hosts can be turned on, and only a site the agent turned
// on can be turned off (never a manifest host or a made-up pattern, whose access would be removed).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const registered = new Map<string, { id: string; matches: string[] }>();
const removed: string[][] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      contains: async () => true,
      remove: async ({ origins }: { origins: string[] }) => {
        removed.push(origins);
        return true;
      },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) => [...registered.values()].filter((script) => !ids || ids.includes(script.id)),
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => scripts.forEach((script) => registered.set(script.id, script)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    },
  },
}));

const { disableSite, enableSite } = await import('../../../src/background/sites');

describe('site management', () => {
  beforeEach(() => {
    registered.clear();
    removed.length = 0;
  });

  it('turns on HTTPS hosts only', async () => {
    expect(await enableSite('http://help.example.org/tickets')).toMatchObject({ ok: false, reason: expect.stringMatching(/HTTPS/) });
    expect(registered.size).toBe(0);
    expect(await enableSite('help.example.org')).toEqual({ ok: true, pattern: 'https://help.example.org/*' });
    expect([...registered.keys()]).toEqual(['site:https://help.example.org/*']);
    // The script that carries the generic and named adapters, not the manifest's Zendesk and Gmail one.
    expect(registered.get('site:https://help.example.org/*')).toMatchObject({ js: ['src/content/any-helpdesk.js'] });
  });

  it('turns off only what the agent turned on; a manifest host keeps its access', async () => {
    expect(await disableSite('https://mail.google.com/*')).toMatchObject({ ok: false });
    expect(await disableSite('<all_urls>')).toMatchObject({ ok: false });
    expect(removed).toEqual([]);
    await enableSite('https://help.example.org');
    expect(await disableSite('https://help.example.org/*')).toEqual({ ok: true, pattern: 'https://help.example.org/*' });
    expect(removed).toEqual([['https://help.example.org/*']]);
    expect(registered.size).toBe(0);
  });
});
