import {AGENCIES} from '../agencies';
import {AGENCY_WEBSITES, CONTACT_NOTES, PROVINCE_PORTAL, checkWebsites, contactFor, type Website} from '../contact';
import {AgencyDataError, buildAgencyPages} from '../pages';
import {realItems, realPartials} from './helpers';

const slugs = AGENCIES.map((a) => a.slug);
const merged: Website = {
  owner: 'Sở Ví dụ và Môi trường',
  url: 'https://vi-du.example.gov.vn/',
  source: {label: 'Báo Ví dụ: Sở Ví dụ và Môi trường ra mắt', href: 'https://bao.example.vn/ra-mat', date: '03/03/2025'},
  successorSince: '01/03/2025',
};

describe('contactFor', () => {
  it('gives every body the province portal, with the page that shows its address', () => {
    expect(contactFor('so-cong-thuong')).toEqual({
      portal: {
        name: 'Cổng thông tin điện tử tỉnh Thanh Hóa',
        url: 'https://thanhhoa.gov.vn/',
        source: expect.objectContaining({
          label: 'Cổng thông tin điện tử tỉnh Thanh Hóa, bản in bài về Quyết định 1114/QĐ-UBND',
          href: 'https://thanhhoa.gov.vn/portal/pages/print.aspx?p=14682',
          date: 'khoảng tháng 4/2021',
        }),
      },
      websites: [],
      note: null,
    });
  });

  it('adds a body’s own websites from the table given, and its note', () => {
    const contact = contactFor('so-nong-nghiep-va-ptnt', {'so-nong-nghiep-va-ptnt': [merged]}, {'so-nong-nghiep-va-ptnt': 'Ghi chú.'});
    expect(contact.websites).toEqual([merged]);
    expect(contact.note).toBe('Ghi chú.');
    expect(contactFor('so-y-te', {'so-nong-nghiep-va-ptnt': [merged]}).websites).toEqual([]);
  });

  it('returns copies: a page cannot change the shared data', () => {
    const contact = contactFor('so-y-te');
    contact.portal.source.label = 'x';
    expect(PROVINCE_PORTAL.source.label).not.toBe('x');
  });
});

describe('checkWebsites', () => {
  it('accepts a sourced, dated https address of a known body', () => {
    expect(checkWebsites({'so-nong-nghiep-va-ptnt': [merged]}, slugs)).toEqual([]);
  });

  it('names each problem', () => {
    const bad: Website = {owner: 'X', url: 'http://x.vn', source: {label: 'Nguồn', href: 'x.vn/trang'}, successorSince: '1/3/2025'};
    expect(checkWebsites({'khong-co': [merged], 'so-y-te': [bad]}, slugs)).toEqual([
      'AGENCY_WEBSITES: không có cơ quan "khong-co".',
      'so-y-te: địa chỉ "http://x.vn" phải bắt đầu bằng https://.',
      'so-y-te: nguồn của "http://x.vn" phải là một trang web.',
      'so-y-te: nguồn của "http://x.vn" phải ghi ngày.',
      'so-y-te: ngày "1/3/2025" phải viết dd/mm/yyyy.',
    ]);
  });

  it('the real tables are valid and name only bodies of Part IV', () => {
    expect(checkWebsites(AGENCY_WEBSITES, slugs)).toEqual([]);
    for (const slug of Object.keys(CONTACT_NOTES)) expect(slugs).toContain(slug);
  });

  it('the build stops on a website without a source', () => {
    const bad: Website = {owner: 'X', url: 'https://x.vn/', source: {label: 'Nguồn', href: 'https://x.vn/a'}};
    expect(() => buildAgencyPages(realItems(), realPartials(), AGENCIES, {'so-y-te': [bad]})).toThrow(AgencyDataError);
  });
});

describe('buildAgencyPages', () => {
  it('each body page carries its contact', () => {
    const pages = buildAgencyPages(realItems(), realPartials(), AGENCIES, {'so-nong-nghiep-va-ptnt': [merged]});
    for (const p of pages.agencies) {
      expect(p.contact.portal.url).toBe('https://thanhhoa.gov.vn/');
      expect(p.contact.websites).toEqual(p.agency.slug === 'so-nong-nghiep-va-ptnt' ? [merged] : []);
    }
  });
});
