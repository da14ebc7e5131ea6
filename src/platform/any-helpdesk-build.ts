// Builds src/content/any-helpdesk.ts (the content script registered at run time for a helpdesk the
// agent turns on) as one self-contained IIFE at the path the worker registers, when the manifest does
// not name it: crxjs builds only the content scripts a manifest declares (the demo build declares this
// one for its pages, and crxjs builds it there).
import { build, type Plugin, type PluginOption } from 'vite';
import { ANY_HELPDESK_SCRIPT } from '../shared/sites.ts';

export const ANY_HELPDESK_SOURCE = ANY_HELPDESK_SCRIPT.replace(/\.js$/, '.ts');

interface ManifestScripts {
  content_scripts?: { js?: string[] }[];
}

export function declares(manifest: ManifestScripts): boolean {
  return (manifest.content_scripts ?? []).some((script) => script.js?.includes(ANY_HELPDESK_SOURCE));
}

export function anyHelpdeskScript(manifest: ManifestScripts, plugins: PluginOption[]): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'empathy-coach:any-helpdesk-script',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    async closeBundle() {
      if (declares(manifest)) return;
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        plugins,
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir: `${outDir}/${ANY_HELPDESK_SCRIPT.slice(0, ANY_HELPDESK_SCRIPT.lastIndexOf('/'))}`,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          copyPublicDir: false,
          lib: { entry: ANY_HELPDESK_SOURCE, formats: ['iife'], name: 'empathyCoachAnyHelpdesk', fileName: () => ANY_HELPDESK_SCRIPT.slice(ANY_HELPDESK_SCRIPT.lastIndexOf('/') + 1) },
        },
      });
    },
  };
}
