/**
 * Driving the web editor (/admin/, local mode) as a member of staff does:
 * through its Vietnamese labels and buttons. Shared by the editor's browser
 * test (src/__tests__/browser/editor.test.ts) and the staff-day scenario
 * (src/__tests__/staff-day/), which records a decision and publishes a post
 * with it and then builds the site from the files it wrote.
 */
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {LOCAL_PROXY_URL} from '../../../editor/backend';
import type {LocalEditor} from '../../../editor/localServers';

export interface EditorPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, requests leaving this machine, HTTP errors. */
  problems: string[];
}

/**
 * Opens /admin/ of the served build. The page asks for decap-server at
 * 127.0.0.1:8081, as on staff machines; those requests are forwarded to the
 * test's own decap-server (any free port, on a throwaway copy).
 */
export async function openEditor(browser: Browser, editor: LocalEditor, viewport = {width: 1366, height: 900}): Promise<EditorPage> {
  const context = await browser.newContext({viewport, locale: 'vi-VN'});
  const problems: string[] = [];
  await context.route(`${LOCAL_PROXY_URL}**`, async (route) => {
    const response = await route.fetch({url: editor.proxyUrl});
    await route.fulfill({response});
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(editor.siteOrigin) && !url.startsWith(LOCAL_PROXY_URL) && !/^(data|blob):/.test(url)) problems.push(`foreign request: ${url}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(`${editor.siteOrigin}/admin/`);
  return {page, context, problems};
}

/** "Đăng nhập" in local mode (no password), then the collections appear. */
export async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', {name: 'Đăng nhập'}).click();
  await page.getByRole('link', {name: 'Số liệu'}).waitFor();
}

/**
 * The field with this label that the person is filling in: in a data file,
 * every row has the same labels (collapsed rows keep their fields in the
 * page, hidden), and "Thêm dòng" adds the new row last.
 */
const field = (page: Page, label: string) => page.getByLabel(label, {exact: true}).last();

/** Replaces a text field's value as a person would (select all, type). */
export async function setText(page: Page, label: string, value: string): Promise<void> {
  await field(page, label).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

/** Chooses an option of a select field by typing part of its text. */
export async function choose(page: Page, label: string, typed: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await input.fill(typed);
  await page.keyboard.press('Enter');
}

/** "Công bố" → "Công bố ngay": in local (simple) mode, saving writes the file. */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', {name: 'Công bố', exact: true}).click();
  await page.getByText('Công bố ngay', {exact: true}).click();
}

/** Waits until the entry is saved and shown again as published. */
export async function saved(page: Page): Promise<void> {
  await page.getByText('Thay đổi đã được lưu').waitFor();
  await page.getByRole('button', {name: 'Đã công bố', exact: true}).waitFor();
}

/** Types a post's body into the Markdown editor (the rich-text mode is off). */
export async function typeBody(page: Page, markdown: string): Promise<void> {
  await page.locator('.cms-editor-raw [contenteditable="true"]').click();
  await page.keyboard.type(markdown);
}

/** Số liệu → the file's entry → "Thêm dòng": a new empty row at the end, ready to fill. */
export async function addDataRow(page: Page, fileLabel: string): Promise<void> {
  await page.getByRole('link', {name: 'Số liệu'}).click();
  await page.getByText(fileLabel, {exact: true}).click();
  await page.getByRole('button', {name: /Thêm dòng/}).click();
}
