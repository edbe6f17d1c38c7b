/**
 * Site paths that both build-time code and pages need. A page may import
 * values from here, never from the plugin's modules: a value import from
 * src/plugins/ pulls the data pipeline (papaparse included) into the
 * browser's JavaScript.
 */

/** data/README.md published as a page (second docs plugin instance in docusaurus.config.ts). */
export const DATA_UPDATE_GUIDE_PATH = '/du-lieu/huong-dan-cap-nhat/';
