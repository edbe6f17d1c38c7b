/**
 * Search page. Pagefind's index and UI (built by `npm run search:index`
 * after the Docusaurus build) are loaded only here, when the reader opens
 * search; a query fetches just the index chunks it needs. `?q=` pre-fills
 * the query, so the navbar link and plain forms work.
 */
import {useEffect, useRef, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {PAGEFIND_VI} from '@site/src/search/translations';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
const INPUT_ID = 'o-tim-kiem';

type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

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
        const ui = new PagefindUI({
          element: container.current,
          bundlePath: base,
          showSubResults: true,
          showImages: false,
          resetStyles: false,
          autofocus: true,
          translations: PAGEFIND_VI,
        });
        // Pagefind's input has only a placeholder: give it the visible label above.
        const root = container.current;
        const labelInput = (tries: number) => {
          const input = root.querySelector('input');
          if (input) input.id = INPUT_ID;
          else if (tries > 0) window.requestAnimationFrame(() => labelInput(tries - 1));
        };
        labelInput(60);
        const q = new URLSearchParams(window.location.search).get('q');
        if (q) ui.triggerSearch(q);
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
