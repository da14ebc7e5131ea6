import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { ANY_HELPDESK_SOURCE, declares } from '../../../src/platform/any-helpdesk-build';
import { ANY_HELPDESK_SCRIPT } from '../../../src/shared/sites';
import { GENERIC_DEMO_ORIGIN, NAMED_DEMO_ORIGINS, TURN_ON_DEMO_ORIGIN, withDemoSites } from '../../../src/platform/demo-sites';
import { GECKO_ID, toFirefoxManifest } from '../../../src/platform/firefox-manifest';

type Manifest = Parameters<typeof toFirefoxManifest>[0];
const source = manifest as unknown as Manifest;

describe('shipped manifest (least privilege)', () => {
  it('asks only for storage and the two default helpdesks', () => {
    expect(source.permissions).toEqual(['storage']);
    expect(source.host_permissions).toEqual(['https://mail.google.com/*', 'https://*.zendesk.com/*']);
  });

  it('never asks for tabs, scripting or all URLs up front', () => {
    const text = JSON.stringify({ ...source, optional_host_permissions: undefined, optional_permissions: undefined });
    for (const forbidden of ['"tabs"', '"scripting"', '<all_urls>', 'localhost', '127.0.0.1', GENERIC_DEMO_ORIGIN]) {
      expect(text).not.toContain(forbidden);
    }
  });

  it('leaves every other site to optional host permissions, and scripting to turning one on', () => {
    expect(source.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(source.optional_permissions).toEqual(['scripting']);
  });
});

describe('Firefox manifest', () => {
  const firefox = toFirefoxManifest(source) as Manifest & {
    browser_specific_settings: { gecko: Record<string, unknown>; gecko_android: Record<string, unknown> };
  };

  it('runs the background as event page scripts instead of a service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  it('has a gecko id, a minimum version and declares that no data is collected', () => {
    const { gecko, gecko_android } = firefox.browser_specific_settings;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko_android.strict_min_version).toBe('142.0');
  });

  it('drops Chrome-only keys and keeps the rest', () => {
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.permissions).toEqual(source.permissions);
    expect(firefox.content_scripts).toEqual(source.content_scripts);
  });
});

describe('demo/e2e manifest', () => {
  it('adds only the made-up demo helpdesks and the named helpdesks\' demo hosts, and grants scripting so turning a site on needs no prompt', () => {
    const demo = withDemoSites(source);
    const named = NAMED_DEMO_ORIGINS.map((origin) => `${origin}/*`);
    expect(demo.host_permissions).toEqual([...(source.host_permissions ?? []), `${GENERIC_DEMO_ORIGIN}/*`, ...named, `${TURN_ON_DEMO_ORIGIN}/*`]);
    // The manifest's own script keeps to Zendesk and Gmail; the demo pages of the generic and named
    // helpdesks get the script a turned-on site gets, as if the agent had turned them on.
    expect(demo.content_scripts?.[0]).toEqual(source.content_scripts?.[0]);
    const anyHelpdesk = demo.content_scripts?.[1];
    expect(anyHelpdesk?.js).toEqual([ANY_HELPDESK_SOURCE]);
    expect(anyHelpdesk?.matches).toEqual([`${GENERIC_DEMO_ORIGIN}/*`, ...named]);
    expect(demo.content_scripts).toHaveLength(2);
    // The shipped manifest names none of them: they stay optional, per site.
    for (const pattern of named) {
      expect(source.host_permissions).not.toContain(pattern);
      expect(source.content_scripts?.[0]?.matches).not.toContain(pattern);
    }
    expect(source.content_scripts?.[0]?.js).toEqual(['src/content/index.ts']);
    expect(demo.permissions).toEqual([...(source.permissions ?? []), 'scripting']);
  });
});

describe('the content scripts', () => {
  it('the worker registers the script the build writes for a helpdesk the manifest does not name', () => {
    expect(ANY_HELPDESK_SCRIPT).toBe('src/content/any-helpdesk.js');
    expect(ANY_HELPDESK_SOURCE).toBe('src/content/any-helpdesk.ts');
  });

  it('the build writes it only where crxjs does not (a manifest that declares it)', () => {
    expect(declares(source)).toBe(false);
    expect(declares(withDemoSites(source))).toBe(true);
  });
});
