/**
 * Which Git host the editor at /admin/ signs in to, chosen at build time by
 * whoever deploys the site (environment variables, README "Trang biên tập").
 * Pure: the environment is passed in.
 *
 * - unset (`npm run build`, tests, `npm run editor`): local mode only. The
 *   backend is Decap's `proxy` backend talking to decap-server on this
 *   machine, which writes the files of the working copy.
 * - `github`: GitHub; Decap signs in through an OAuth server (`base_url`),
 *   which whoever deploys must run (GitHub has no browser-only sign-in in Decap).
 * - `gitlab`: GitLab.com or a self-hosted GitLab, browser-only sign-in (PKCE)
 *   with the OAuth application's id (`app_id`, public, not a secret).
 * - `gitea` / `forgejo`: a self-hosted Gitea or Forgejo, browser-only sign-in
 *   (PKCE) with the OAuth application's client id.
 *
 * Every backend keeps `local_backend`, so `npm run editor` works with any
 * build: Decap only tries it when the page is opened on localhost/127.0.0.1.
 * Where Decap supports it (GitHub, GitLab, Forgejo), changes go through
 * review: `publish_mode: editorial_workflow` (a pull or merge request per
 * change). No token or secret is ever read here.
 */
import type {DecapBackend} from './cmsConfig';

/** Port of decap-server (its default). */
export const LOCAL_PROXY_PORT = 8081;
/** decap-server's API, on the loopback address it is started on (not "localhost": it may resolve to ::1 first). */
export const LOCAL_PROXY_URL = `http://127.0.0.1:${LOCAL_PROXY_PORT}/api/v1`;

/** Environment variables read here. */
export const EDITOR_ENV = {
  backend: 'CMS_BACKEND',
  repo: 'CMS_REPO',
  branch: 'CMS_BRANCH',
  hostUrl: 'CMS_HOST_URL',
  appId: 'CMS_APP_ID',
  authUrl: 'CMS_AUTH_URL',
} as const;

export const BACKEND_KINDS = ['local', 'github', 'gitlab', 'gitea', 'forgejo'] as const;
export type BackendKind = (typeof BACKEND_KINDS)[number];

/** Where the editor signs in, and what its page must be allowed to reach. */
export interface EditorBackend {
  kind: BackendKind;
  backend: DecapBackend;
  publishMode: 'simple' | 'editorial_workflow';
  /** `local_backend` of the configuration: decap-server on this machine. */
  localBackend: {url: string};
  /** Origins the page fetches from (CSP connect-src), besides its own. */
  connectOrigins: string[];
  /** Origins of pictures it shows (CSP img-src: avatars, images of the repository). */
  imageOrigins: string[];
}

export type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_BRANCH = 'main';
const REPO = /^[\w.-]+(?:\/[\w.-]+)+$/;

const origin = (url: string): string => new URL(url).origin;

function httpsUrl(env: Env, name: string, problems: string[]): string | undefined {
  const value = env[name]?.trim();
  if (value === undefined || value === '') {
    problems.push(`Thiếu ${name}: địa chỉ https:// của máy chủ Git, ví dụ https://gitlab.example.gov.vn.`);
    return undefined;
  }
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:') throw new Error('not https');
    return url.href.replace(/\/$/, '');
  } catch {
    problems.push(`${name}="${value}" không phải địa chỉ https:// hợp lệ.`);
    return undefined;
  }
}

function required(env: Env, name: string, what: string, problems: string[]): string {
  const value = env[name]?.trim() ?? '';
  if (value === '') problems.push(`Thiếu ${name}: ${what}.`);
  return value;
}

/**
 * The backend block from the environment, or the Vietnamese problems that
 * stop the build (a variable missing or malformed). Nothing set: local mode.
 */
export function editorBackend(env: Env): {ok: true; value: EditorBackend} | {ok: false; problems: string[]} {
  const kind = (env[EDITOR_ENV.backend]?.trim() || 'local') as BackendKind;
  const localBackend = {url: LOCAL_PROXY_URL};
  const local = origin(LOCAL_PROXY_URL);
  if (!BACKEND_KINDS.includes(kind)) {
    return {ok: false, problems: [`${EDITOR_ENV.backend}="${kind}" không được hỗ trợ. Chọn một trong: ${BACKEND_KINDS.join(', ')}.`]};
  }
  if (kind === 'local') {
    return {
      ok: true,
      value: {
        kind,
        backend: {name: 'proxy', proxy_url: LOCAL_PROXY_URL, branch: DEFAULT_BRANCH},
        publishMode: 'simple',
        localBackend,
        connectOrigins: [local],
        imageOrigins: [],
      },
    };
  }

  const problems: string[] = [];
  const repo = required(env, EDITOR_ENV.repo, 'kho nội dung dạng chủ-sở-hữu/tên-kho, ví dụ so-ttt/ocop-thanh-hoa-2025', problems);
  if (repo !== '' && !REPO.test(repo)) problems.push(`${EDITOR_ENV.repo}="${repo}" không đúng dạng chủ-sở-hữu/tên-kho.`);
  const branch = env[EDITOR_ENV.branch]?.trim() || DEFAULT_BRANCH;

  let value: EditorBackend | undefined;
  if (kind === 'github') {
    const authUrl = httpsUrl(env, EDITOR_ENV.authUrl, problems);
    if (authUrl !== undefined) {
      value = {
        kind,
        backend: {name: 'github', repo, branch, base_url: authUrl},
        publishMode: 'editorial_workflow',
        localBackend,
        connectOrigins: [local, 'https://api.github.com'],
        imageOrigins: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
      };
    }
  } else {
    // GitLab, Gitea and Forgejo: browser-only sign-in (PKCE) against the host itself.
    const host = kind === 'gitlab' ? (env[EDITOR_ENV.hostUrl]?.trim() ? httpsUrl(env, EDITOR_ENV.hostUrl, problems) : 'https://gitlab.com') : httpsUrl(env, EDITOR_ENV.hostUrl, problems);
    const appId = required(env, EDITOR_ENV.appId, 'mã ứng dụng OAuth (Application ID / Client ID) tạo trên máy chủ Git, loại không bí mật (non-confidential)', problems);
    if (host !== undefined) {
      const common = {repo, branch, app_id: appId};
      const backend: DecapBackend =
        kind === 'gitlab'
          ? {name: 'gitlab', ...common, auth_type: 'pkce', base_url: host, api_root: `${host}/api/v4`}
          : {name: kind, ...common, base_url: host, api_root: `${host}/api/v1`};
      value = {
        kind,
        backend,
        // Decap's gitea backend has no editorial workflow; gitlab and forgejo do.
        publishMode: kind === 'gitea' ? 'simple' : 'editorial_workflow',
        localBackend,
        connectOrigins: [local, origin(host)],
        imageOrigins: [origin(host)],
      };
    }
  }
  if (problems.length > 0 || value === undefined) return {ok: false, problems};
  return {ok: true, value};
}

/** The problems as one Vietnamese message for the build's output. */
export function formatBackendProblems(problems: readonly string[]): string {
  return `Cấu hình trang biên tập (/admin/) chưa đúng:\n${problems.map((p) => `  - ${p}`).join('\n')}\nXem README, mục "Trang biên tập".`;
}
