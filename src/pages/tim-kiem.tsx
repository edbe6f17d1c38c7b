/**
 * Search page. Pagefind's index and UI (built by `npm run search:index`
 * after the Docusaurus build) are loaded only here, when the reader opens
 * search; a query fetches just the index chunks it needs.
 *
 * The query lives in the address (`/tim-kiem/?q=…`): typing updates it in
 * place (no new history entry per letter), so a search can be linked, and
 * Back from a result or a reload shows the same query and results again.
 * Excerpts are refined for readers (src/search/excerpt.ts).
 */
import {useEffect, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {PAGEFIND_VI} from '@site/src/search/translations';
import {EXCERPT_LENGTH, SEARCH_RANKING, TITLE_D_META} from '@site/src/search/options';
import {refineResult, type PagefindResultData} from '@site/src/search/excerpt';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
const INPUT_ID = 'o-tim-kiem';

type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

/** Puts `query` in the address as `?q=`, replacing the current history entry. */
function showQueryInAddress(query: string): void {
  const url = new URL(window.location.href);
  if (query.trim() === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

function loadOnce(tag: 'script' | 'link', url: string): Promise<void> {
  if (document.querySelector(`[data-pagefind-asset="${url}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    el.dataset.pagefindAsset = url;
    if (el instanceof HTMLScriptElement) el.src = url;
    if (el instanceof HTMLLinkElement) {
      el.rel = 'stylesheet';
      el.href = url;
    }
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(url));
    document.head.appendChild(el);
  });
}

export default function SearchPage(): ReactNode {
  const base = useBaseUrl('/pagefind/');
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        await Promise.all([loadOnce('link', `${base}pagefind-ui.css`), loadOnce('script', `${base}pagefind-ui.js`)]);
        const PagefindUI = (window as unknown as {PagefindUI: PagefindUIConstructor}).PagefindUI;
        if (cancelled || !container.current) return;
        // The query being searched, for the highlights of its results.
        let term = new URLSearchParams(window.location.search).get('q') ?? '';
        const ui = new PagefindUI({
          element: container.current,
          bundlePath: base,
          showSubResults: true,
          showImages: false,
          resetStyles: false,
          autofocus: true,
          translations: PAGEFIND_VI,
          ranking: SEARCH_RANKING,
          excerptLength: EXCERPT_LENGTH,
          processTerm: (t: string) => {
            term = t;
            return t;
          },
          processResult: (r: PagefindResultData) => refineResult(r, term, [TITLE_D_META]),
        });
        // Pagefind's input has only a placeholder: give it the visible label
        // above. Typing and the clear button keep the address up to date.
        const root = container.current;
        const wireInput = (tries: number) => {
          const input = root.querySelector('input');
          if (input) {
            input.id = INPUT_ID;
            input.addEventListener('input', () => showQueryInAddress(input.value));
            root.addEventListener('click', (e) => {
              if ((e.target as Element).closest('.pagefind-ui__search-clear')) showQueryInAddress('');
            });
          } else if (tries > 0) window.requestAnimationFrame(() => wireInput(tries - 1));
        };
        wireInput(60);
        if (term) ui.triggerSearch(term);
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [base]);

  return (
    <Layout
      title="Tìm kiếm"
      description="Tìm trong toàn bộ trang: Kế hoạch 36/KH-UBND, cơ quan, chỉ tiêu, hướng dẫn, đào tạo và tin tức. Gõ có dấu hoặc không dấu đều được.">
      <main className="container margin-vert--lg" data-pagefind-ignore="all">
        <Heading as="h1">Tìm kiếm</Heading>
        <p>
          Tìm trong Kế hoạch, trang cơ quan, chỉ tiêu từng đơn vị, hướng dẫn, tài liệu đào tạo và tin tức. Có thể gõ không dấu, ví
          dụ "so cong thuong" hay "nga son".
        </p>
        <noscript>
          <p>Tìm kiếm cần bật JavaScript. Bạn vẫn có thể dùng trình đơn phía trên để đến từng phần của trang.</p>
        </noscript>
        {failed && <p role="alert">Không tải được công cụ tìm kiếm. Hãy tải lại trang.</p>}
        <label htmlFor={INPUT_ID} className="site-search__label">
          Từ cần tìm
        </label>
        <div ref={container} className="site-search js-only" />
      </main>
    </Layout>
  );
}
