/** The site's stable section routes (issue "Site foundation"), with the main heading each must show. */
export const SECTION_ROUTES = [
  '/',
  '/ke-hoach/',
  '/co-quan/',
  '/chi-tieu/',
  '/chu-trinh-ocop/',
  '/dao-tao/',
  '/tin-tuc/',
  '/du-lieu/',
  '/tiep-can/',
] as const;

/**
 * English strings the Docusaurus theme shows when a translation is missing.
 * None may reach a reader.
 */
export const ENGLISH_THEME_STRINGS = [
  'Skip to main content',
  'On this page',
  'Edit this page',
  'Last updated',
  'Previous',
  'Next',
  'Recent posts',
  'Read more',
  'Older entries',
  'Newer entries',
  'Page Not Found',
  'Toggle navigation bar',
  'Docs sidebar',
  'Close navigation bar',
  'Back to main menu',
  'Scroll back to top',
  'Switch between dark and light mode',
  'Breadcrumbs',
  'Home page',
  'Tags:',
  'View all tags',
  'Blog post page navigation',
  'Blog list page navigation',
  'Copy code to clipboard',
  '(opens in new tab)',
  'min read',
  'Blog',
];
