/** A lesson string with its `[text](/path)` links rendered as site links (see src/training/inlineLinks.ts). */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {splitInlineLinks} from '@site/src/training/inlineLinks';

export default function InlineLinks({text}: {text: string}): ReactNode {
  return (
    <>
      {splitInlineLinks(text).map((piece, i) =>
        'to' in piece ? (
          <Link key={i} to={piece.to}>
            {piece.text}
          </Link>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
