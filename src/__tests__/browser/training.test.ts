/**
 * Training pages in Chromium: a trainee answers a quiz, marks the lesson
 * done, reloads and still sees the progress, also on the track page;
 * damaged stored progress never breaks a page; without JavaScript the
 * questions and answers are readable; print hides the controls and puts
 * the answer key on a page of its own.
 */
import type {Page} from 'playwright-core';
import {itInBrowser, useSite} from './support/site';

const site = useSite();

const LESSON = '/dao-tao/chu-the-ocop/ocop-la-gi/';
const TRACK = '/dao-tao/chu-the-ocop/';
const STORAGE_KEY = 'ocop-thanh-hoa-2025/dao-tao/tien-do';
const PHONE = {width: 360, height: 740};

// Waiting for the network to settle first keeps Docusaurus's prefetching of
// linked pages from being aborted (and reported as failed requests).
async function reloadHydrated(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.reload({waitUntil: 'load'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
}

async function gotoHydrated(page: Page, pathname: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.goto(site.origin + pathname, {waitUntil: 'load'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
}

describe('training: quiz and progress', () => {
  itInBrowser('answers a quiz, marks the lesson done, and keeps the progress after a reload', async () => {
    const {page, context, problems} = await site.open(LESSON, {viewport: PHONE});
    try {
      const questions = page.locator('form fieldset');
      const total = await questions.count();
      expect(total).toBeGreaterThanOrEqual(3);

      // Question 1 right (B), question 2 wrong (B), the rest left open.
      await questions.nth(0).getByRole('radio').nth(1).check();
      // Keyboard: focus the first option of question 2 and move with the arrow key.
      await questions.nth(1).getByRole('radio').nth(0).focus();
      await page.keyboard.press('ArrowDown');
      expect(await questions.nth(1).getByRole('radio').nth(1).isChecked()).toBe(true);

      await page.getByRole('button', {name: 'Kiểm tra'}).click();
      await expect(page.locator('form [role="status"]').textContent()).resolves.toBe(
        `Bạn trả lời đúng 1/${total} câu. Còn ${total - 2} câu chưa chọn đáp án. Chọn lại câu chưa đúng rồi bấm “Kiểm tra” lần nữa; đáp án đúng hiện ra sau 2 lần chưa đúng.`,
      );
      await expect(questions.nth(0).textContent()).resolves.toContain('✓ Đúng.');
      await expect(questions.nth(1).textContent()).resolves.toContain('✗ Chưa đúng.');

      const done = page.getByLabel('Tôi đã học xong bài này');
      await done.check();
      await expect(done.isChecked()).resolves.toBe(true);
      await expect(page.locator('[role="status"]').filter({hasText: 'Chủ đề “Chủ thể OCOP”'}).textContent()).resolves.toBe(
        'Đã lưu: bài này đã học xong. Chủ đề “Chủ thể OCOP”: đã học 1/9 bài.',
      );

      await reloadHydrated(page);
      expect(await page.getByLabel('Tôi đã học xong bài này').isChecked()).toBe(true);

      await gotoHydrated(page, TRACK);
      const track = page.locator('[data-track="chu-the-ocop"]');
      await expect(track.locator('progress').getAttribute('value')).resolves.toBe('1');
      await expect(track.getByText('Đã học 1/9 bài').count()).resolves.toBe(1);
      await expect(track.locator('li').first().textContent()).resolves.toContain('Đã học');

      // Page width stays within the phone screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  itInBrowser('clears a track after confirmation', async () => {
    const {page, context} = await site.open(TRACK, {viewport: PHONE});
    try {
      await page.evaluate(
        ([key]) => localStorage.setItem(key!, '{"v":1,"done":["chu-the-ocop/ocop-la-gi","can-bo/tuyen-truyen"]}'),
        [STORAGE_KEY],
      );
      await reloadHydrated(page);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', {name: 'Xóa tiến độ chủ đề này'}).click();
      await expect(page.locator('[data-track="chu-the-ocop"] progress').getAttribute('value')).resolves.toBe('0');
      // The other track is untouched.
      await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBe(
        '{"v":1,"done":["can-bo/tuyen-truyen"]}',
      );
    } finally {
      await context.close();
    }
  });

  itInBrowser.each([
    ['not JSON', '{"v":1,"done":['],
    ['an old array of ids', '["chu-the-ocop/ocop-la-gi","bai-cu/da-xoa"]'],
    ['a future version', '{"v":9,"done":"x"}'],
  ])('stored progress that is %s never breaks the pages', async (_label, raw) => {
    const {page, context, problems} = await site.open('/dao-tao/', {viewport: PHONE});
    try {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, raw]);
      for (const pathname of ['/dao-tao/', TRACK, LESSON]) {
        await gotoHydrated(page, pathname);
        expect(await page.locator('h1').count()).toBe(1);
      }
      // Only the old array format still says something: the lesson it lists is done.
      expect(await page.getByLabel('Tôi đã học xong bài này').isChecked()).toBe(raw.startsWith('['));
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** The right option's letter for each question, from the printed answer key (in the page, hidden on screen). */
async function answerKey(page: Page): Promise<string[]> {
  const lines = await page.locator('section', {hasText: 'Đáp án phần tự kiểm tra'}).locator('li').allTextContents();
  return lines.map((line) => /Đáp án đúng: ([A-E])\./.exec(line)?.[1] ?? '?');
}

describe('training: quiz second try', () => {
  itInBrowser('a wrong answer gets another try before the right answer is shown', async () => {
    const {page, context, problems} = await site.open(LESSON, {viewport: PHONE});
    try {
      const questions = page.locator('form fieldset');
      const key = await answerKey(page);
      expect(key.length).toBe(await questions.count());
      const letters = 'ABCDE';
      const first = questions.nth(0);
      const right = letters.indexOf(key[0]!);
      const options = first.getByRole('radio');
      const wrong = [...Array(await options.count()).keys()].filter((i) => i !== right);
      // First try, wrong: "Chưa đúng", and neither the right answer nor the explanation.
      await options.nth(wrong[0]!).check();
      await page.getByRole('button', {name: 'Kiểm tra'}).click();
      await expect(first.textContent()).resolves.toContain('✗ Chưa đúng.');
      await expect(first.textContent()).resolves.toContain('Hãy chọn lại rồi bấm “Kiểm tra” lần nữa.');
      expect(await first.getByText(/^Đáp án đúng:/).count()).toBe(0);
      expect(await page.locator('form [role="status"]').textContent()).toContain(
        'Chọn lại câu chưa đúng rồi bấm “Kiểm tra” lần nữa',
      );
      expect(await site.axe(page)).toEqual([]);
      // Second try, wrong again (another wrong option when there is one): now the right answer shows.
      await options.nth(wrong[1] ?? wrong[0]!).check();
      await page.getByRole('button', {name: 'Kiểm tra'}).click();
      await expect(first.getByText(new RegExp(`^Đáp án đúng: ${key[0]}\\.`)).isVisible()).resolves.toBe(true);
      await expect(first.textContent()).resolves.not.toContain('Hãy chọn lại');
      // Right at the second try instead: "Đúng" with the explanation.
      await page.getByRole('button', {name: 'Làm lại'}).click();
      await options.nth(wrong[0]!).check();
      await page.getByRole('button', {name: 'Kiểm tra'}).click();
      expect(await first.getByText(/^Đáp án đúng:/).count()).toBe(0);
      await options.nth(right).check();
      await page.getByRole('button', {name: 'Kiểm tra'}).click();
      await expect(first.textContent()).resolves.toContain('✓ Đúng.');
      await expect(first.getByText(new RegExp(`^Đáp án đúng: ${key[0]}\\.`)).isVisible()).resolves.toBe(true);
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('training: checklist ticks', () => {
  itInBrowser('are kept after a reload with the lesson progress, and cleared with the track', async () => {
    const {page, context, problems} = await site.open(LESSON, {viewport: PHONE});
    try {
      const boxes = page.locator('#danh-sach-kiem-tra ~ ul input[type="checkbox"]');
      const count = await boxes.count();
      expect(count).toBeGreaterThanOrEqual(3);
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await boxes.nth(2).uncheck();
      await boxes.nth(count - 1).check();
      const ticked = async () => {
        const states: boolean[] = [];
        for (let i = 0; i < count; i++) states.push(await boxes.nth(i).isChecked());
        return states;
      };
      const expected = Array.from({length: count}, (_, i) => i === 0 || i === count - 1);
      expect(await ticked()).toEqual(expected);
      await expect(page.getByText('Các ô đã đánh dấu được lưu trong trình duyệt này, cùng tiến độ học.').isVisible()).resolves.toBe(true);

      await reloadHydrated(page);
      // Read from storage after hydration.
      await page.waitForFunction(() => {
        const first = document.querySelector<HTMLInputElement>('#danh-sach-kiem-tra ~ ul input[type="checkbox"]');
        return first?.checked === true;
      });
      expect(await ticked()).toEqual(expected);
      // Kept with the progress, in the same stored value; "đã học" is untouched.
      const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? '{}') as {
        done: string[];
        checks: Record<string, string[]>;
      };
      expect(stored.done).toEqual([]);
      expect(Object.keys(stored.checks)).toEqual(['chu-the-ocop/ocop-la-gi']);
      expect(stored.checks['chu-the-ocop/ocop-la-gi']).toHaveLength(2);
      expect(await page.getByLabel('Tôi đã học xong bài này').isChecked()).toBe(false);

      // Clearing the track's progress clears the ticks too.
      await gotoHydrated(page, TRACK);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', {name: 'Xóa tiến độ chủ đề này'}).click();
      await expect(page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).resolves.toBeNull();
      await gotoHydrated(page, LESSON);
      expect(await ticked()).toEqual(Array.from({length: count}, () => false));
      expect(problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('training: without JavaScript and in print', () => {
  itInBrowser('shows every question with its answer in "Xem đáp án"', async () => {
    const {page, context} = await site.open(LESSON, {javaScriptEnabled: false, viewport: PHONE});
    try {
      const questions = page.locator('form fieldset');
      const total = await questions.count();
      await expect(page.locator('form details').count()).resolves.toBe(total);
      await expect(page.getByRole('button', {name: 'Kiểm tra'}).count()).resolves.toBe(0);
      await page.locator('form details summary').first().click();
      await expect(page.locator('form details').first().getByText(/^Đáp án đúng: B\./).isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  itInBrowser('print hides the controls and puts the answer key on its own page', async () => {
    const {page, context} = await site.open(LESSON);
    try {
      await page.emulateMedia({media: 'print'});
      await expect(page.getByRole('button', {name: 'Kiểm tra'}).isVisible()).resolves.toBe(false);
      await expect(page.getByText('Tôi đã học xong bài này').isVisible()).resolves.toBe(false);
      const key = page.getByText('Đáp án phần tự kiểm tra');
      await expect(key.isVisible()).resolves.toBe(true);
      await expect(
        key.evaluate((el) => getComputedStyle(el.parentElement!).breakBefore),
      ).resolves.toBe('page');
    } finally {
      await context.close();
    }
  });
});
