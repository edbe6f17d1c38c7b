/** Deploy configuration: what `npm run build` accepts and `npm run build:production` refuses. */
import {formatDeployProblems, isPlaceholderUrl, operatorPlainText, PLACEHOLDER_SITE_URL, readDeployConfig} from '../config';

const FULL = {SITE_URL: 'https://ocop.example.gov.vn', SITE_OPERATOR_NAME: 'Đơn vị X', SITE_OPERATOR_CONTACT: 'lien-he@example.gov.vn'};

describe('readDeployConfig, local build (npm run build)', () => {
  it('accepts everything unset: placeholder address on localhost, no operator, no problem', () => {
    expect(readDeployConfig({}, {production: false})).toEqual({
      config: {siteUrl: PLACEHOLDER_SITE_URL, baseUrl: '/', siteUrlIsPlaceholder: true, operator: {name: null, contact: null}},
      problems: [],
    });
  });
  it('treats blank values as unset', () => {
    expect(readDeployConfig({SITE_URL: ' ', SITE_OPERATOR_NAME: '', SITE_OPERATOR_CONTACT: '  '}, {production: false}).config.operator).toEqual({name: null, contact: null});
  });
  it('reads the operator and an e-mail or a form address as configured', () => {
    const {config, problems} = readDeployConfig({...FULL, SITE_URL: 'https://ocop.example.gov.vn/', BASE_URL: '/ocop/'}, {production: false});
    expect(problems).toEqual([]);
    expect(config).toEqual({
      siteUrl: 'https://ocop.example.gov.vn',
      baseUrl: '/ocop/',
      siteUrlIsPlaceholder: false,
      operator: {name: 'Đơn vị X', contact: {kind: 'email', text: 'lien-he@example.gov.vn', href: 'mailto:lien-he@example.gov.vn'}},
    });
    expect(readDeployConfig({SITE_OPERATOR_CONTACT: 'mailto:a@b.vn'}, {production: false}).config.operator.contact).toEqual({kind: 'email', text: 'a@b.vn', href: 'mailto:a@b.vn'});
    expect(readDeployConfig({SITE_OPERATOR_CONTACT: 'https://example.gov.vn/lien-he'}, {production: false}).config.operator.contact).toEqual({
      kind: 'url',
      text: 'https://example.gov.vn/lien-he',
      href: 'https://example.gov.vn/lien-he',
    });
  });
  it('refuses a contact that is set but is neither an e-mail nor a web address, in Vietnamese', () => {
    for (const bad of ['0237 123 456', 'lien-he@', 'javascript:alert(1)', 'http://localhost:3000/lien-he']) {
      const {problems, config} = readDeployConfig({SITE_OPERATOR_CONTACT: bad}, {production: false});
      expect(config.operator.contact).toBeNull();
      expect(problems).toEqual([expect.stringContaining(`SITE_OPERATOR_CONTACT="${bad}" không phải địa chỉ e-mail`)]);
    }
  });
  it('refuses a SITE_URL that is not a web address', () => {
    expect(readDeployConfig({SITE_URL: 'ocop.example.gov.vn'}, {production: false}).problems).toEqual([expect.stringContaining('SITE_URL="ocop.example.gov.vn" không phải địa chỉ web')]);
  });
});

describe('readDeployConfig, production build (npm run build:production)', () => {
  it('accepts a full configuration', () => {
    expect(readDeployConfig(FULL, {production: true}).problems).toEqual([]);
  });
  it('names each missing variable', () => {
    const {problems} = readDeployConfig({}, {production: true});
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Chưa đặt SITE_URL /);
    expect(problems[1]).toMatch(/^Chưa đặt SITE_OPERATOR_NAME /);
    expect(problems[2]).toMatch(/^Chưa đặt SITE_OPERATOR_CONTACT /);
  });
  it.each(['http://localhost:3000', 'http://127.0.0.1:8080/', 'http://[::1]/'])('refuses an address on this machine: %s', (url) => {
    expect(readDeployConfig({...FULL, SITE_URL: url}, {production: true}).problems).toEqual([expect.stringContaining('là địa chỉ trên máy này (localhost)')]);
  });
  it('one message for a malformed SITE_URL, not two', () => {
    expect(readDeployConfig({...FULL, SITE_URL: 'ocop'}, {production: true}).problems).toHaveLength(1);
  });
  it('the printed message is Vietnamese and points to the README', () => {
    const text = formatDeployProblems(readDeployConfig({}, {production: true}).problems, {production: true});
    expect(text.split('\n')[0]).toBe('Không dựng bản xuất bản (npm run build:production) vì thiếu hoặc sai cấu hình triển khai:');
    expect(text).toContain('Xem README, mục "Triển khai".');
  });
});

describe('isPlaceholderUrl and the operator text', () => {
  it('knows loopback addresses', () => {
    expect(['http://localhost:3000', 'http://127.0.0.1', 'not a url'].map(isPlaceholderUrl)).toEqual([true, true, true]);
    expect(isPlaceholderUrl('https://ocop.example.gov.vn')).toBe(false);
  });
  it('says plainly when nothing is configured, and only what is configured otherwise', () => {
    expect(operatorPlainText({name: null, contact: null})).toBe('Bản dựng này chưa được cấu hình đơn vị vận hành và địa chỉ liên hệ, nên trang chưa có kênh nhận góp ý.');
    expect(operatorPlainText(readDeployConfig(FULL, {production: false}).config.operator)).toBe('Đơn vị vận hành trang: Đơn vị X. Liên hệ: lien-he@example.gov.vn.');
    expect(operatorPlainText({name: 'Đơn vị X', contact: null})).toBe('Đơn vị vận hành trang: Đơn vị X. Bản dựng này chưa được cấu hình địa chỉ liên hệ, nên trang chưa có kênh nhận góp ý.');
  });
});
