/**
 * html-validate configuration for the built pages (src/__tests__/site/markup.test.ts).
 *
 * The "recommended" preset keeps every correctness rule: content models
 * (what may go inside what, and in which order), landmarks with unique
 * names, duplicate ids, ARIA misuse, titles of at most 70 characters. Off
 * are only the rules about how HTML is written, because the minifier
 * (@swc/html in the production build) writes valid HTML that they dislike,
 * and two rules about markup that Docusaurus itself emits.
 */
import {HtmlValidate, StaticConfigLoader, type ConfigData, type Message} from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Style: the minifier leaves attribute values unquoted, omits optional
    // end tags (</p>, </li>, </body>…), writes <br> and <!doctype html>, and
    // `download=""` for a boolean attribute. All valid HTML.
    'attr-quotes': 'off',
    'no-implicit-close': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'attribute-empty-style': 'off',
    'attribute-boolean-style': 'off',
    'no-self-closing': 'off',
    'no-trailing-whitespace': 'off',
    // The minifier writes "&" as is in text such as "Thực phẩm & TMDV": valid
    // HTML, since only "&" followed by letters or digits and ";" is a
    // character reference. Raw "<" is still an error.
    'no-raw-characters': ['error', {relaxed: true}],
    // Docusaurus's ids (#__docusaurus, #__docusaurus_skipToContent_fallback)
    // are valid HTML ids; the strict mode only wants them to start with a letter.
    'valid-id': ['error', {relaxed: true}],
    // Docusaurus's skip-link target is <div role="region" aria-label="…">,
    // a valid landmark; the rule prefers <section>, a matter of taste.
    'prefer-native-element': 'off',
    // The code blocks' colours come from the theme as inline styles (the CSP
    // allows style attributes); the rule is about authoring practice.
    'no-inline-style': 'off',
    // aria-label on a list or description list (a named group of links or
    // figures) is allowed by ARIA; the preset only discourages it.
    'aria-label-misuse': ['error', {allowAnyNamable: true}],
  },
};

/**
 * News posts' titles are written by communications staff: their length is
 * checked in the news front-matter check (src/news/checkFrontMatter.ts,
 * TITLE_MAX), with a Vietnamese message naming the file, not here.
 */
export const NEWS_POST_CONFIG: ConfigData = {
  ...HTML_VALIDATE_CONFIG,
  rules: {...HTML_VALIDATE_CONFIG.rules, 'long-title': 'off'},
};

export function validator(config: ConfigData = HTML_VALIDATE_CONFIG): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(config));
}

/** One line per problem, readable in a failing test's diff. */
export function describeMessage(m: Message): string {
  return `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;
}
