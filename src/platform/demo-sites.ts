// The demo and the end-to-end tests serve the project's pages (demo/pages) at real-looking
// helpdesk addresses through request interception. Zendesk and Gmail addresses are covered by the
// shipped manifest; the generic pages live on a made-up helpdesk whose host only the demo/e2e
// build adds to the manifest (the shipped one never names it, nor localhost).
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { ANY_HELPDESK_SOURCE } from './any-helpdesk-build.ts';

type Manifest = Extract<ManifestV3Export, { manifest_version: number }>;

export const GENERIC_DEMO_ORIGIN = 'https://helpdesk.example.com';
/**
 * A helpdesk the coach does not know until the agent turns it on in the options page. The demo/e2e
 * build is granted its host and `scripting` up front, so the browser answers the permission request
 * at once instead of showing its prompt, which automation cannot click.
 */
export const TURN_ON_DEMO_ORIGIN = 'https://support.example.org';

/**
 * The named helpdesks' demo pages (demo/pages/named) at their real hosts. The shipped extension
 * runs there only once the agent turns the site on in the options page; the demo/e2e build has them
 * on from the start, as if the agent had, so the tests see the coach on each of them (turning a site
 * on is tested once, on TURN_ON_DEMO_ORIGIN).
 */
export const NAMED_DEMO_ORIGINS = [
  'https://acme.freshdesk.com',
  'https://secure.helpscout.net',
  'https://app.frontapp.com',
  'https://app.intercom.com',
  'https://desk.zoho.com',
  'https://app.hubspot.com',
] as const;

export function withDemoSites(manifest: Manifest): Manifest {
  const pattern = `${GENERIC_DEMO_ORIGIN}/*`;
  const named = NAMED_DEMO_ORIGINS.map((origin) => `${origin}/*`);
  return {
    ...manifest,
    name: `${manifest.name} (demo)`,
    permissions: [...(manifest.permissions ?? []), 'scripting'],
    host_permissions: [...(manifest.host_permissions ?? []), pattern, ...named, `${TURN_ON_DEMO_ORIGIN}/*`],
    // The pages of the generic and named helpdesks get the script a turned-on site gets.
    content_scripts: [...(manifest.content_scripts ?? []), { matches: [pattern, ...named], js: [ANY_HELPDESK_SOURCE], run_at: 'document_idle', all_frames: false }],
  };
}
