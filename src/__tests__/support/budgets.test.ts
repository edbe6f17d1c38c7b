/** Budgets grow with what staff add (pages, product rows, a post's text), never with the site's own code. */
import {PAGE_BUDGETS, PER_PRODUCT_ROW, PER_ROUTE_JS, PER_TOTALS_ROW, POST_TEXT_FACTOR, PROGRESS_PARTS, ROUTES_WHEN_SET, budgetFor} from './budgets';

const byLabel = (label: string) => PAGE_BUDGETS.find((b) => b.label === label)!;
const none = {routes: ROUTES_WHEN_SET, productRows: () => 0, totalsRows: 11, recognitions: 0};
const postWhenSet = (() => {
  const grows = byLabel('bài tin').grows;
  return grows.kind === 'post' ? grows.bodyGzipWhenSet : NaN;
})();

describe('budgetFor', () => {
  it('/chi-tieu/ grows with totals rows, and once with the progress chart from the first decision', () => {
    const targets = byLabel('chỉ tiêu và tiến độ');
    const r = budgetFor(targets, {...none, totalsRows: 13, recognitions: 5});
    expect(r.budget.html).toBe(Math.round((targets.budget.html + 2 * PER_TOTALS_ROW + PROGRESS_PARTS) * 10) / 10);
    expect(r.budget.js).toBe(Math.round((targets.budget.js + 2 * PER_TOTALS_ROW + PROGRESS_PARTS) * 10) / 10);
    expect(budgetFor(targets, none).budget).toEqual(targets.budget);
  });
  it('is the fixed budget for the content measured when it was set', () => {
    for (const b of PAGE_BUDGETS) expect(budgetFor(b, {...none, post: {path: b.path, bodyGzip: postWhenSet}}).budget).toEqual(b.budget);
  });
  it('adds JavaScript for every page beyond the count when set, to every page type', () => {
    const home = byLabel('trang chủ');
    const r = budgetFor(home, {...none, routes: ROUTES_WHEN_SET + 10});
    expect(r.budget).toEqual({...home.budget, js: Math.round((home.budget.js + 10 * PER_ROUTE_JS) * 10) / 10});
    expect(budgetFor(home, {...none, routes: ROUTES_WHEN_SET - 5}).budget).toEqual(home.budget);
  });
  it('a unit page grows with its own product rows only', () => {
    const unit = byLabel('trang một đơn vị');
    const r = budgetFor(unit, {...none, productRows: (u) => (u === 'nga-son' ? 4 : 50)});
    expect(r.budget.html).toBe(Math.round((unit.budget.html + 4 * PER_PRODUCT_ROW) * 10) / 10);
    expect(r.budget.js).toBe(Math.round((unit.budget.js + 4 * PER_PRODUCT_ROW) * 10) / 10);
  });
  it('the news post budget measures the newest post and follows the length of its text', () => {
    const post = byLabel('bài tin');
    const r = budgetFor(post, {...none, post: {path: '/tin-tuc/2026/01/05/bai-moi/', bodyGzip: postWhenSet + 2}});
    expect(r.path).toBe('/tin-tuc/2026/01/05/bai-moi/');
    expect(r.budget.html).toBe(Math.round((post.budget.html + 2 * POST_TEXT_FACTOR) * 10) / 10);
    expect(budgetFor(post, {...none, post: {path: '/x/', bodyGzip: postWhenSet - 0.5}}).budget).toEqual(post.budget);
  });
});
