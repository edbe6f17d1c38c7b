/**
 * The editor plugin: after the build (postBuild) writes the web editor for
 * communications staff into build/admin/ (src/editor/adminPage.ts): the page,
 * Decap CMS copied from node_modules/decap-cms/dist, the configuration
 * generated from the validators' rules (src/editor/cmsConfig.ts) with the
 * unit codes of data/targets.csv and the tags and authors of blog/*.yml, and
 * the start script bundled with esbuild from src/editor/browser/start.ts.
 *
 * /admin/ is not a route: Docusaurus knows nothing of it, so no public page
 * links to it or loads any of its code, and the sitemap does not list it.
 * The Git host it signs in to comes from the environment (src/editor/backend.ts);
 * its Content-Security-Policy is written into build/_headers by the ocop-data
 * plugin (adminHeaderRule below), the one writer of that file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {build} from 'esbuild';
import {ADMIN_DIR, adminContentSecurityPolicy, adminHtml, CONFIG_SCRIPT, configScript, DECAP_SCRIPT, START_SCRIPT, type EditorSetup} from '../../editor/adminPage';
import {editorBackend, formatBackendProblems, type EditorBackend, type Env} from '../../editor/backend';
import {buildCmsConfig} from '../../editor/cmsConfig';
import {loadDatasets} from '../ocop-data/loadDatasets';
import {loadVocabulary} from '../news/vocabulary';

/** The backend from the environment; stops the build with a Vietnamese message when it is misconfigured. */
export function resolveEditorBackend(env: Env): EditorBackend {
  const result = editorBackend(env);
  if (!result.ok) throw new Error(formatBackendProblems(result.problems));
  return result.value;
}

/** The `_headers` rule of /admin/ for this build's backend (see src/security/headers.ts). */
export function adminHeaderRule(env: Env): {path: string; csp: string} {
  return {path: ADMIN_DIR, csp: adminContentSecurityPolicy(resolveEditorBackend(env))};
}

/** Decap's files to serve: the bundle, its chunks and WebAssembly, without source maps. */
async function decapFiles(): Promise<{dir: string; files: string[]}> {
  const dir = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  const files = (await fs.readdir(dir)).filter((f) => f === DECAP_SCRIPT || f.endsWith(`.${DECAP_SCRIPT}`) || f.endsWith('.wasm'));
  return {dir, files};
}

/** The start script, bundled for the browser (csvFormat and papaparse included). */
async function startScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, '../../editor/browser/start.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The site's own stylesheets (content-hashed names), for Decap's preview pane. */
async function siteStylesheets(outDir: string, baseUrl: string): Promise<string[]> {
  const dir = path.join(outDir, 'assets', 'css');
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  return files.filter((f) => f.endsWith('.css')).sort().map((f) => `${baseUrl}assets/css/${f}`);
}

export default function editorPlugin(context: LoadContext): Plugin {
  const {siteDir} = context;
  const {baseUrl} = context.siteConfig;
  // Checked when the build starts, not after it.
  const backend = resolveEditorBackend(process.env);
  return {
    name: 'ocop-editor',
    async postBuild({outDir}) {
      const {result} = await loadDatasets(path.join(siteDir, 'data'));
      // ocop-data stopped the build already if the data were wrong.
      if (!result.ok) throw new Error('editor: data/ did not validate');
      const setup: EditorSetup = {
        config: {
          ...buildCmsConfig({
            backend: backend.backend,
            publishMode: backend.publishMode,
            units: result.datasets.targets,
            vocabulary: loadVocabulary(path.join(siteDir, 'blog')),
          }),
          load_config_file: false,
          local_backend: backend.localBackend,
        },
        previewStyles: await siteStylesheets(outDir, baseUrl),
      };
      const adminDir = path.join(outDir, ADMIN_DIR);
      await fs.mkdir(adminDir, {recursive: true});
      const decap = await decapFiles();
      await Promise.all([
        fs.writeFile(path.join(adminDir, 'index.html'), adminHtml()),
        fs.writeFile(path.join(adminDir, CONFIG_SCRIPT), configScript(setup)),
        fs.writeFile(path.join(adminDir, START_SCRIPT), await startScript()),
        ...decap.files.map((f) => fs.copyFile(path.join(decap.dir, f), path.join(adminDir, f))),
      ]);
    },
  };
}
