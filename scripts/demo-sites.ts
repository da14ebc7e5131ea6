// The demo and the end-to-end tests serve the project's pages (demo/pages) at real-looking
// helpdesk addresses through request interception. Zendesk and Gmail addresses are covered by the
// shipped manifest; the generic pages live on a made-up helpdesk whose host only the demo/e2e
// build adds to the manifest (the shipped one never names it, nor localhost).
import type { ManifestV3Export } from '@crxjs/vite-plugin';

type Manifest = Extract<ManifestV3Export, { manifest_version: number }>;

export const GENERIC_DEMO_ORIGIN = 'https://helpdesk.example.com';
/**
 * A helpdesk the coach does not know until the agent turns it on in the options page. The demo/e2e
 * build is granted its host and `scripting` up front, so the browser answers the permission request
 * at once instead of showing its prompt, which automation cannot click.
 */
export const TURN_ON_DEMO_ORIGIN = 'https://support.example.org';

export function withDemoSites(manifest: Manifest): Manifest {
  const pattern = `${GENERIC_DEMO_ORIGIN}/*`;
  return {
    ...manifest,
    name: `${manifest.name} (demo)`,
    permissions: [...(manifest.permissions ?? []), 'scripting'],
    host_permissions: [...(manifest.host_permissions ?? []), pattern, `${TURN_ON_DEMO_ORIGIN}/*`],
    content_scripts: (manifest.content_scripts ?? []).map((script) => ({
      ...script,
      matches: [...(script.matches ?? []), pattern],
    })),
  };
}
