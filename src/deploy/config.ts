/**
 * What whoever deploys the site sets at build time (README, "Triển khai"):
 * the public address and the site's operator with its contact. Nothing here
 * is ever typed into a page: an operator or contact that is not configured
 * is shown as "not configured", never guessed (see issue #19, item 16).
 *
 * `npm run build` (local work, tests) accepts every variable unset; the
 * address then is a placeholder on localhost, which the pages say.
 * `npm run build:production` refuses to start until SITE_URL, the
 * operator's name and its contact are all set (src/scripts/build-production.ts).
 */

/** Environment variables read here (all optional for a local build). */
export const DEPLOY_ENV = {
  siteUrl: 'SITE_URL',
  baseUrl: 'BASE_URL',
  operatorName: 'SITE_OPERATOR_NAME',
  operatorContact: 'SITE_OPERATOR_CONTACT',
} as const;

/** Used when SITE_URL is unset: the address of `npm start` / `npm run serve`. */
export const PLACEHOLDER_SITE_URL = 'http://localhost:3000';

export interface OperatorContact {
  kind: 'email' | 'url';
  /** As configured, shown to readers. */
  text: string;
  /** mailto: address or the form's https address. */
  href: string;
}

/** Serialisable (Docusaurus customFields): null when not configured. */
export interface SiteOperator {
  name: string | null;
  contact: OperatorContact | null;
}

export interface DeployConfig {
  siteUrl: string;
  baseUrl: string;
  /** True when the address is not a real public one (unset or a loopback host). */
  siteUrlIsPlaceholder: boolean;
  operator: SiteOperator;
}

export type Env = Readonly<Record<string, string | undefined>>;

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;
// Deliberately plain: one "@", no spaces or angle brackets, a dot in the domain.
const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]+$/;

/** True for an address on this machine (localhost, 127.x, ::1), which readers cannot open. */
export function isPlaceholderUrl(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return true;
  }
}

const clean = (value: string | undefined): string | undefined => {
  const v = value?.trim();
  return v === '' ? undefined : v;
};

/** An e-mail address or an http(s) form address; null with a problem otherwise. */
export function parseContact(raw: string): OperatorContact | null {
  const text = raw.replace(/^mailto:/i, '');
  if (EMAIL.test(text)) return {kind: 'email', text, href: `mailto:${text}`};
  try {
    const url = new URL(raw);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !isPlaceholderUrl(raw)) return {kind: 'url', text: raw, href: url.href};
  } catch {
    // not a URL: reported by the caller
  }
  return null;
}

export interface DeployConfigResult {
  config: DeployConfig;
  /** Vietnamese messages, one per problem; empty when the build may go on. */
  problems: string[];
}

/**
 * Reads the deploy variables. `production`: every variable a public copy
 * needs must be set, and the address must not be on this machine. In both
 * modes a value that is set but malformed is a problem (a typo must not
 * silently drop the contact).
 */
export function readDeployConfig(env: Env, {production}: {production: boolean}): DeployConfigResult {
  const problems: string[] = [];
  const rawUrl = clean(env[DEPLOY_ENV.siteUrl]);
  const rawBase = clean(env[DEPLOY_ENV.baseUrl]) ?? '/';
  const name = clean(env[DEPLOY_ENV.operatorName]) ?? null;
  const rawContact = clean(env[DEPLOY_ENV.operatorContact]);

  let siteUrl = PLACEHOLDER_SITE_URL;
  if (rawUrl !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(rawUrl);
    } catch {
      url = null;
    }
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      problems.push(`${DEPLOY_ENV.siteUrl}="${rawUrl}" không phải địa chỉ web. Hãy ghi địa chỉ đầy đủ, ví dụ ${DEPLOY_ENV.siteUrl}=https://ocop.example.gov.vn`);
    } else {
      siteUrl = rawUrl.replace(/\/+$/, '');
    }
  }
  const siteUrlIsPlaceholder = isPlaceholderUrl(siteUrl);

  let contact: OperatorContact | null = null;
  if (rawContact !== undefined) {
    contact = parseContact(rawContact);
    if (contact === null) {
      problems.push(
        `${DEPLOY_ENV.operatorContact}="${rawContact}" không phải địa chỉ e-mail hay địa chỉ web của biểu mẫu liên hệ. Hãy ghi ví dụ ${DEPLOY_ENV.operatorContact}=ban-bien-tap@example.gov.vn hoặc ${DEPLOY_ENV.operatorContact}=https://example.gov.vn/lien-he`,
      );
    }
  }

  if (production) {
    if (rawUrl === undefined) {
      problems.push(`Chưa đặt ${DEPLOY_ENV.siteUrl} (địa chỉ công khai của trang, ví dụ https://ocop.example.gov.vn). Bản dựng để xuất bản không được dùng địa chỉ tạm ${PLACEHOLDER_SITE_URL}.`);
    } else if (siteUrlIsPlaceholder && !problems.some((p) => p.startsWith(`${DEPLOY_ENV.siteUrl}=`))) {
      problems.push(`${DEPLOY_ENV.siteUrl}="${rawUrl}" là địa chỉ trên máy này (localhost), người đọc không mở được. Hãy ghi địa chỉ công khai của trang.`);
    }
    if (name === null) problems.push(`Chưa đặt ${DEPLOY_ENV.operatorName} (tên đơn vị vận hành trang, hiện ở chân trang, trang Tuyên bố về khả năng tiếp cận và nguồn tin RSS).`);
    if (rawContact === undefined) problems.push(`Chưa đặt ${DEPLOY_ENV.operatorContact} (địa chỉ e-mail hoặc địa chỉ biểu mẫu liên hệ của đơn vị vận hành, để người đọc báo lỗi).`);
  }

  return {config: {siteUrl, baseUrl: rawBase, siteUrlIsPlaceholder, operator: {name, contact}}, problems};
}

/** The whole message printed when the build stops. */
export function formatDeployProblems(problems: readonly string[], {production}: {production: boolean}): string {
  const head = production
    ? 'Không dựng bản xuất bản (npm run build:production) vì thiếu hoặc sai cấu hình triển khai:'
    : 'Cấu hình triển khai không hợp lệ:';
  return [head, ...problems.map((p) => `  - ${p}`), 'Xem README, mục "Triển khai".'].join('\n');
}

/** Plain-text sentences about the operator, shared by the footer, the pages and the feeds. */
export const OPERATOR_TEXT = {
  notConfigured: 'Bản dựng này chưa được cấu hình đơn vị vận hành và địa chỉ liên hệ, nên trang chưa có kênh nhận góp ý.',
  nameNotConfigured: 'Bản dựng này chưa được cấu hình tên đơn vị vận hành trang.',
  contactNotConfigured: 'Bản dựng này chưa được cấu hình địa chỉ liên hệ, nên trang chưa có kênh nhận góp ý.',
} as const;

/** One line for plain-text places (feeds): who runs the site and how to reach it. */
export function operatorPlainText(operator: SiteOperator): string {
  if (operator.name === null && operator.contact === null) return OPERATOR_TEXT.notConfigured;
  const who = operator.name === null ? OPERATOR_TEXT.nameNotConfigured : `Đơn vị vận hành trang: ${operator.name}.`;
  const how = operator.contact === null ? OPERATOR_TEXT.contactNotConfigured : `Liên hệ: ${operator.contact.text}.`;
  return `${who} ${how}`;
}
