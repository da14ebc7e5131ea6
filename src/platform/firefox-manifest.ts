// Firefox differences live here, not as `if (firefox)` branches in the code (see STYLE.md, darkreader).
import type { ManifestV3Export } from '@crxjs/vite-plugin';

export const GECKO_ID = 'empathy-coach@empathy-coach.dev';

type Manifest = Extract<ManifestV3Export, { manifest_version: number }>;

export function toFirefoxManifest(chromeManifest: Manifest): Manifest {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = chromeManifest;
  const worker = background && 'service_worker' in background ? background.service_worker : undefined;
  if (!worker) throw new Error('manifest.json needs background.service_worker');
  return {
    ...rest,
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is understood from Firefox 140 on.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as Manifest;
}
