/**
 * Four test projects, run in order by `npm test`:
 *  - unit:    pure functions and components (src/**\/__tests__), no build needed;
 *  - build:   assertions on the HTML of the production build in build/;
 *  - browser: the built site served on 127.0.0.1, driven in Debian's Chromium;
 *  - staff:   on copies of the site, each with its own build: the "staff
 *             day" scenario, and the page-weight budget with 300 more posts.
 * TypeScript and d3's ES modules are compiled with @swc/jest, as in
 * Docusaurus's own repository.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: {syntax: 'typescript', tsx: true},
      transform: {react: {runtime: 'automatic'}},
      target: 'es2022',
    },
    module: {type: 'commonjs'},
  },
];

const common = {
  transform: {'^.+\\.[tj]sx?$': swc, '^.+\\.mjs$': swc},
  transformIgnorePatterns: ['/node_modules/(?!(d3-[a-z-]+|internmap)/)'],
  moduleNameMapper: {
    '^@site/(.*)$': '<rootDir>/$1',
    '\\.css$': '<rootDir>/src/__tests__/support/styleMock.js',
    '^@docusaurus/Link$': '<rootDir>/src/__tests__/support/LinkMock.tsx',
    // What Docusaurus's own alias points to (@docusaurus/core/lib/client/exports/router.js).
    '^@docusaurus/router$': 'react-router-dom',
  },
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts?(x)'],
      testPathIgnorePatterns: ['/src/__tests__/site/', '/src/__tests__/browser/', '/src/__tests__/staff-day/', '/src/__tests__/scale/'],
    },
    {
      ...common,
      displayName: 'build',
      testMatch: ['<rootDir>/src/__tests__/site/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/src/__tests__/browser/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'staff',
      testMatch: ['<rootDir>/src/__tests__/staff-day/**/*.test.ts', '<rootDir>/src/__tests__/scale/**/*.test.ts'],
    },
  ],
};
