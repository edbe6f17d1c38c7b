/**
 * Site configuration. Runs in Node.js at build time.
 *
 * SITE_URL and BASE_URL set the public address and sub-path, so the same
 * build can go to any static host; SITE_OPERATOR_NAME and
 * SITE_OPERATOR_CONTACT say who runs this copy and how to reach them (see
 * README, "Triển khai", and src/deploy/config.ts). All may be unset here;
 * `npm run build:production` requires them.
 */
import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import {prismLight} from './src/css/prismTheme';
import {PLAN_TOTALS} from './src/datasets/plan36';
import {formatDeployProblems, operatorPlainText, readDeployConfig} from './src/deploy/config';
import type * as Preset from '@docusaurus/preset-classic';
import {isGitCheckout, NO_GIT_NOTICE} from './src/site/gitCheckout';
import {newsHooks} from './src/plugins/news/hooks';
import {planRefRemarkPlugin} from './src/plugins/plan-ref/remarkPlanRef';

const deploy = readDeployConfig(process.env, {production: false});
if (deploy.problems.length > 0) throw new Error(formatDeployProblems(deploy.problems, {production: false}));
const {siteUrl, baseUrl, operator} = deploy.config;

// Last-update dates come from git history: a copy without .git builds without them.
const inGit = isGitCheckout(__dirname);
// Docusaurus loads this file more than once per build: say it once per process.
const NOTICE_SHOWN = Symbol.for('ocop.noGitNoticeShown');
const shown = globalThis as {[NOTICE_SHOWN]?: boolean};
if (!inGit && !shown[NOTICE_SHOWN]) {
  shown[NOTICE_SHOWN] = true;
  console.info(NO_GIT_NOTICE);
}

// <PlanRef item="iv-16-2" /> in docs: checked and expanded at build time (src/plugins/plan-ref/).
const planRef = planRefRemarkPlugin({siteDir: __dirname, checked: ['docs/chu-trinh-ocop', 'docs/dao-tao']});

// The news checks' hooks; the news plugin (below) gives them the site folder.
const news = newsHooks();

const PLAN = 'Kế hoạch 36/KH-UBND ngày 24/02/2025';
const ISSUER = 'Ủy ban nhân dân tỉnh Thanh Hóa';
const SITE_DESCRIPTION = `Thông tin công khai về ${PLAN} của ${ISSUER}: mục tiêu ${PLAN_TOTALS.tong} sản phẩm OCOP mới năm 2025, chỉ tiêu từng đơn vị, trách nhiệm các cơ quan, hướng dẫn và tài liệu đào tạo.`;

const config: Config = {
  title: 'OCOP Thanh Hóa 2025',
  tagline: `${PLAN} của ${ISSUER} thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2025`,
  favicon: 'img/logo.svg',

  future: {
    v4: true,
    // Docusaurus Faster (Rspack, SWC, …), all of it but the MDX cross-compiler
    // cache: the server compiler would wait forever for the client's copy of
    // each news post, which the client no longer compiles (src/routing/staticRoutes.ts).
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: false,
      rspackBundler: true,
      rspackPersistentCache: true,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
    // Outside a git checkout, read no git history at all (Docusaurus would stop the build).
    experimental_vcs: inGit,
  },

  url: siteUrl,
  // Read by the footer, /tiep-can/, /ke-hoach/ve-ban-chep/ (src/components/OperatorContact).
  customFields: {operator},
  baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
  trailingSlash: true,

  // The banner is an inline script and style; our CSP allows neither (see src/security/).
  baseUrlIssueBanner: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // News posts: Vietnamese messages before Docusaurus's English ones (src/news/).
    parseFrontMatter: news.parseFrontMatter,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'vi',
    locales: ['vi'],
    path: 'src/i18n',
    localeConfigs: {
      vi: {label: 'Tiếng Việt', htmlLang: 'vi'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          breadcrumbs: true,
          showLastUpdateTime: inGit,
          // Bound here, not passed as [plugin, options]: the site's config is
          // copied into every page's JavaScript, and the options would be too.
          remarkPlugins: [planRef],
        },
        blog: {
          routeBasePath: 'tin-tuc',
          path: 'blog',
          blogTitle: 'Tin tức',
          blogDescription:
            'Tin tức về việc thực hiện Chương trình OCOP năm 2025 tại tỉnh Thanh Hóa',
          blogSidebarTitle: 'Bài viết gần đây',
          blogSidebarCount: 10,
          postsPerPage: 10,
          showReadingTime: true,
          tagsBasePath: 'the',
          archiveBasePath: 'luu-tru',
          authorsBasePath: 'tac-gia',
          pageBasePath: 'trang',
          authorsMapPath: 'authors.yml',
          tags: 'tags.yml',
          // Unknown tags, inline authors and a missing excerpt marker are
          // refused by the news checks below, with Vietnamese messages naming
          // the file and field (src/news/, guide: /huong-dan-bien-tap/).
          // Docusaurus's own English errors would otherwise come first.
          onInlineTags: 'ignore',
          onInlineAuthors: 'ignore',
          onUntruncatedBlogPosts: 'ignore',
          processBlogPosts: news.processBlogPosts,
          feedOptions: {
            type: 'all',
            title: 'Tin tức OCOP Thanh Hóa 2025',
            description:
              'Tin tức về việc thực hiện Chương trình OCOP năm 2025 tại tỉnh Thanh Hóa',
            language: 'vi',
            // The plan is the province's; the site and its news are not (footer).
            copyright: `Nội dung: Ban biên tập trang thông tin OCOP Thanh Hóa 2025, không phải cổng thông tin chính thức của cơ quan nhà nước. ${operatorPlainText(operator)}`,
            // Vietnamese browser view of rss.xml and atom.xml (blog/rss.xsl,
            // blog/atom.xsl and their .css); Docusaurus's default is English.
            xslt: {rss: 'rss.xsl', atom: 'atom.xsl'},
          },
        },
        pages: {},
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  clientModules: [
    // No prefetching of every visible link's page (saves phones' CPU and data).
    './src/clientModules/noViewportPrefetch.ts',
    // A link to a news page (static HTML, not in the client's route table) loads the page from the server.
    './src/clientModules/fullLoadForUnknownRoutes.ts',
  ],

  plugins: [
    './src/plugins/ocop-data/index.ts',
    // Hands the news checks (src/news/) the site folder; see src/plugins/news/hooks.ts.
    ['./src/plugins/news/index.ts', news.pluginOptions],
    // Code blocks in plain colours: saves Prism's 25 KB of JavaScript on every page.
    './src/plugins/plain-code/index.ts',
    // Each page's social card and each chart's PNG pictures, drawn after the
    // build (src/plugins/share-images/, which also writes each page's og:image tags into its HTML).
    './src/plugins/share-images/index.ts',
    // The web editor for staff at /admin/ (Decap CMS), written after the build;
    // not a route, so no public page loads or links to it (src/plugins/editor/).
    './src/plugins/editor/index.ts',
    // data/README.md, the staff's guide to the data files, published as a page
    // from that one file (no copy): /du-lieu/huong-dan-cap-nhat/.
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'du-lieu',
        path: 'data',
        include: ['README.md'],
        routeBasePath: 'du-lieu/huong-dan-cap-nhat',
        sidebarPath: false,
        showLastUpdateTime: inGit,
      },
    ],
  ],

  themeConfig: {
    metadata: [
      {property: 'og:locale', content: 'vi_VN'},
      // Pages that set no description of their own (blog author lists) share the site's.
      {property: 'og:description', content: SITE_DESCRIPTION},
      {property: 'og:site_name', content: 'OCOP Thanh Hóa 2025'},
      {
        name: 'description',
        content: SITE_DESCRIPTION,
      },
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    prism: {
      theme: prismLight,
      darkTheme: prismThemes.gruvboxMaterialDark,
    },
    docs: {
      sidebar: {hideable: false, autoCollapseCategories: false},
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 4},
    navbar: {
      title: 'OCOP Thanh Hóa 2025',
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {to: '/ke-hoach/', label: 'Kế hoạch', position: 'left'},
        {to: '/chi-tieu/', label: 'Chỉ tiêu', position: 'left'},
        {to: '/co-quan/', label: 'Cơ quan', position: 'left'},
        {to: '/chu-trinh-ocop/', label: 'Chu trình OCOP', position: 'left'},
        {to: '/dao-tao/', label: 'Đào tạo', position: 'left'},
        {to: '/tin-tuc/', label: 'Tin tức', position: 'left'},
        {to: '/du-lieu/', label: 'Dữ liệu', position: 'left'},
        {
          to: '/tim-kiem/',
          // A magnifier and its label, in the header on phones too (src/css/custom.css).
          html: '<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24"><path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zm4.75-1.75L21 21"/></svg><span class="navbar-search-link__text">Tìm kiếm</span>',
          position: 'right',
          className: 'navbar-search-link',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Văn bản',
          items: [
            {label: 'Kế hoạch 36/KH-UBND', to: '/ke-hoach/'},
            // The register of outside sources the site cites (src/content/sources.ts).
            {label: 'Nguồn tham khảo', to: '/nguon/'},
          ],
        },
        {
          title: 'Số liệu',
          items: [
            {label: 'Chỉ tiêu và tiến độ', to: '/chi-tieu/'},
            {label: 'Dữ liệu mở và giấy phép', to: '/du-lieu/'},
            {label: 'Đính chính', to: '/dinh-chinh/'},
          ],
        },
        {
          title: 'Trang này',
          items: [
            {label: 'Tuyên bố về khả năng tiếp cận', to: '/tiep-can/'},
            {label: 'Tin tức', to: '/tin-tuc/'},
            {label: 'Hướng dẫn biên tập', to: '/huong-dan-bien-tap/'},
          ],
        },
      ],
      copyright: `Trang thông tin về ${PLAN} của ${ISSUER}. Đây không phải cổng thông tin chính thức của cơ quan nhà nước; văn bản gốc có giá trị pháp lý.`,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
