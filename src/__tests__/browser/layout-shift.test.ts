/**
 * The pages whose parts come alive with JavaScript (search, lesson
 * progress, checklists, the self-assessment, charts' tables), on a
 * phone-sized screen where text wraps most: nothing moves when those parts
 * appear. Their room is in the server HTML (src/css/custom.css: .js-only,
 * .js-pending, .site-search).
 *
 * A shift seen once is measured again on a fresh load (support/site.ts:
 * repeatedLayoutShifts says why).
 */
import {itInBrowser, openAndPrepare, repeatedLayoutShifts, useSite} from './support/site';

const site = useSite();

describe('layout at 360 px', () => {
  itInBrowser.each(['/tim-kiem/', '/dao-tao/', '/dao-tao/chu-the-ocop/', '/dao-tao/chu-the-ocop/ban-hang/', '/chu-trinh-ocop/tu-danh-gia/', '/chi-tieu/'])(
    '%s does not move on a 360 px screen when its interactive parts appear',
    async (route) => {
      const open = () =>
        openAndPrepare(
          () => site.open(route, {viewport: {width: 360, height: 800}}),
          async (page) => {
            if (route === '/tim-kiem/') await page.waitForSelector('.pagefind-ui__search-input');
          },
        );
      const {page, context} = await open();
      try {
        expect(await repeatedLayoutShifts(page, open)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('the layout-shift check itself', () => {
  /** Opens the home page and, when `move` says so, pushes its content down by 200 px once it has loaded. */
  const openHome = (move: () => boolean) => () =>
    openAndPrepare(
      () => site.open('/'),
      async (page) => {
        if (!move()) return;
        await page.evaluate(
          () =>
            new Promise<void>((resolve) => {
              const spacer = document.createElement('div');
              spacer.style.height = '200px';
              document.querySelector('main')?.prepend(spacer);
              requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
            }),
        );
      },
    );

  itInBrowser('fails a page that moves on every load', async () => {
    const open = openHome(() => true);
    // The first load's warning is expected here: kept out of the test output, where it would read as a real one.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const {page, context} = await open();
      try {
        expect(await repeatedLayoutShifts(page, open)).toEqual([expect.stringMatching(/^trang xê dịch khi tải: dịch chuyển bố cục 0\.\d{4} .*\(lần tải đầu: trang xê dịch khi tải: dịch chuyển bố cục 0\.\d{4} /)]);
        expect(warn).toHaveBeenCalledTimes(1);
      } finally {
        await context.close();
      }
    } finally {
      warn.mockRestore();
    }
  });

  itInBrowser('passes a page that moved on one load only, and logs that load', async () => {
    let loads = 0;
    const open = openHome(() => (loads += 1) === 1);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const {page, context} = await open();
      try {
        expect(await repeatedLayoutShifts(page, open)).toEqual([]);
        expect(loads).toBe(2);
        expect(warn).toHaveBeenCalledWith(expect.stringMatching(/dịch chuyển bố cục 0\.\d{4} .*lần tải đầu; đo lại trên một lần tải mới/));
      } finally {
        await context.close();
      }
    } finally {
      warn.mockRestore();
    }
  });
});
