/** The editor's Git host from the environment: exact blocks, Vietnamese problems, no secret read. */
import {editorBackend, formatBackendProblems, LOCAL_PROXY_URL} from '../backend';

const ok = (env: Record<string, string>) => {
  const r = editorBackend(env);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.value;
};
const problems = (env: Record<string, string>) => {
  const r = editorBackend(env);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};

describe('editorBackend', () => {
  test('nothing set: local mode through decap-server on 127.0.0.1:8081', () => {
    expect(ok({})).toEqual({
      kind: 'local',
      backend: {name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main'},
      publishMode: 'simple',
      localBackend: {url: LOCAL_PROXY_URL},
      connectOrigins: ['http://127.0.0.1:8081'],
      imageOrigins: [],
    });
    expect(ok({CMS_BACKEND: 'local'}).kind).toBe('local');
  });

  test('GitHub: repository, branch, the OAuth server, review by pull request', () => {
    expect(ok({CMS_BACKEND: 'github', CMS_REPO: 'so-ttt/ocop', CMS_AUTH_URL: 'https://oauth.example.gov.vn/'})).toEqual({
      kind: 'github',
      backend: {name: 'github', repo: 'so-ttt/ocop', branch: 'main', base_url: 'https://oauth.example.gov.vn'},
      publishMode: 'editorial_workflow',
      localBackend: {url: LOCAL_PROXY_URL},
      connectOrigins: ['http://127.0.0.1:8081', 'https://api.github.com'],
      imageOrigins: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
    });
  });

  test('self-hosted GitLab: PKCE with the application id, review by merge request', () => {
    expect(ok({CMS_BACKEND: 'gitlab', CMS_REPO: 'truyen-thong/ocop', CMS_BRANCH: 'xuat-ban', CMS_HOST_URL: 'https://git.example.gov.vn', CMS_APP_ID: 'abc123'})).toEqual({
      kind: 'gitlab',
      backend: {
        name: 'gitlab',
        repo: 'truyen-thong/ocop',
        branch: 'xuat-ban',
        app_id: 'abc123',
        auth_type: 'pkce',
        base_url: 'https://git.example.gov.vn',
        api_root: 'https://git.example.gov.vn/api/v4',
      },
      publishMode: 'editorial_workflow',
      localBackend: {url: LOCAL_PROXY_URL},
      connectOrigins: ['http://127.0.0.1:8081', 'https://git.example.gov.vn'],
      imageOrigins: ['https://git.example.gov.vn'],
    });
    expect(ok({CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x'}).backend.base_url).toBe('https://gitlab.com');
  });

  test('Gitea has no editorial workflow in Decap; Forgejo has', () => {
    const env = {CMS_REPO: 'a/b', CMS_HOST_URL: 'https://git.example.org', CMS_APP_ID: 'x'};
    expect(ok({...env, CMS_BACKEND: 'gitea'}).publishMode).toBe('simple');
    expect(ok({...env, CMS_BACKEND: 'gitea'}).backend).toEqual({name: 'gitea', repo: 'a/b', branch: 'main', app_id: 'x', base_url: 'https://git.example.org', api_root: 'https://git.example.org/api/v1'});
    expect(ok({...env, CMS_BACKEND: 'forgejo'}).publishMode).toBe('editorial_workflow');
  });

  test('missing or malformed values stop the build with Vietnamese messages', () => {
    expect(problems({CMS_BACKEND: 'bitbucket'})).toEqual(['CMS_BACKEND="bitbucket" không được hỗ trợ. Chọn một trong: local, github, gitlab, gitea, forgejo.']);
    expect(problems({CMS_BACKEND: 'gitea'})).toEqual([
      'Thiếu CMS_REPO: kho nội dung dạng chủ-sở-hữu/tên-kho, ví dụ so-ttt/ocop-thanh-hoa-2025.',
      'Thiếu CMS_HOST_URL: địa chỉ https:// của máy chủ Git, ví dụ https://gitlab.example.gov.vn.',
      'Thiếu CMS_APP_ID: mã ứng dụng OAuth (Application ID / Client ID) tạo trên máy chủ Git, loại không bí mật (non-confidential).',
    ]);
    expect(problems({CMS_BACKEND: 'github', CMS_REPO: 'khong hop le', CMS_AUTH_URL: 'http://oauth.example.org'})).toEqual([
      'CMS_REPO="khong hop le" không đúng dạng chủ-sở-hữu/tên-kho.',
      'CMS_AUTH_URL="http://oauth.example.org" không phải địa chỉ https:// hợp lệ.',
    ]);
    expect(formatBackendProblems(['A.', 'B.'])).toBe('Cấu hình trang biên tập (/admin/) chưa đúng:\n  - A.\n  - B.\nXem README, mục "Trang biên tập".');
  });

  test('reads no token, secret or password', () => {
    const value = ok({CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_TOKEN: 't', GITLAB_SECRET: 's'});
    expect(JSON.stringify(value)).not.toMatch(/"t"|"s"|secret|token|password/i);
  });
});
