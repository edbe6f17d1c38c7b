/**
 * The editor's start script (admin/editor.js, bundled by esbuild in the
 * editor plugin). Runs after config.js and decap-cms.js: registers the CSV
 * format, the completed Vietnamese locale, the site's stylesheets for the
 * preview, the image-path fix, then starts Decap with the generated
 * configuration (an object: its patterns keep their `u` flag).
 */
import {registerCsvFormat, type CustomFormatRegistry} from '../csvFormat';
import {mergePhrases, VI_OVERRIDES, VI_WIDGET_TEXTS, type Phrases} from '../locale';
import type {EditorSetup} from '../adminPage';
import {relativeImagePath} from '../postImage';
import {POST_EXTENSION, POST_FORMAT, postFormatter} from '../postFormat';

/** The part of Decap's `CMS` global used here. */
interface DecapCms extends CustomFormatRegistry {
  init(options: {config: EditorSetup['config']}): void;
  getLocale(name: string): Phrases | undefined;
  registerLocale(name: string, phrases: Phrases): void;
  registerPreviewStyle(href: string): void;
  registerEventListener(listener: {name: 'preSave'; handler: (event: {entry: ImmutableMap}) => ImmutableMap | undefined}): void;
}

/** Decap's entries are Immutable.js maps. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

const {CMS, OCOP_EDITOR} = window as unknown as {CMS: DecapCms; OCOP_EDITOR: EditorSetup};

registerCsvFormat(CMS);
CMS.registerCustomFormat(POST_FORMAT, POST_EXTENSION, postFormatter);
CMS.registerLocale('vi', mergePhrases(CMS.getLocale('vi') ?? {}, VI_OVERRIDES));
for (const href of OCOP_EDITOR.previewStyles) CMS.registerPreviewStyle(href);
// Decap writes a picture stored next to index.md as "anh.jpg"; Docusaurus needs "./anh.jpg".
CMS.registerEventListener({
  name: 'preSave',
  handler: ({entry}) => {
    const data = entry.get('data') as ImmutableMap;
    const image = data.get('image');
    if (typeof image !== 'string') return undefined;
    const fixed = relativeImagePath(image);
    return fixed === image ? undefined : data.set('image', fixed);
  },
});
// react-select's own English texts (no phrase in Decap): replaced where they appear.
const replaceWidgetTexts = (root: Node): void => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const vi = VI_WIDGET_TEXTS[node.nodeValue ?? ''];
    if (vi !== undefined) node.nodeValue = vi;
  }
};
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) replaceWidgetTexts(n);
}).observe(document.body, {childList: true, subtree: true});
CMS.init({config: OCOP_EDITOR.config});
