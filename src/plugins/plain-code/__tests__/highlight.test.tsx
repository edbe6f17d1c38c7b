import type {ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import * as real from 'prism-react-renderer';
import {Highlight, plainLines} from '../highlight';
import {prismLight} from '../../../css/prismTheme';

/** What Docusaurus's CodeBlock/Content and CodeBlock/Line do with the render props. */
type Render = Parameters<typeof Highlight>[0]['children'];
const render: Render = ({className, style, tokens, getLineProps, getTokenProps}) => (
  <pre className={className} style={style}>
    <code>
      {tokens.map((line, i) => (
        <div key={i} {...getLineProps({line, className: i === 0 ? 'extra' : undefined, style: i === 1 ? {opacity: 0.5} : undefined})}>
          {line.map((token, k) => (
            <span key={k} {...getTokenProps({token, style: i === 2 ? {fontWeight: 700} : undefined})} />
          ))}
          <br />
        </div>
      ))}
    </code>
  </pre>
);

const CASES = ['npm run check:data', 'a\n', 'ngay,so_quyet_dinh\n<ngày>,"a, b"\n\n  thụt lề & <thẻ>\n', 'một dòng'];

describe('plain code highlight', () => {
  it.each(CASES)('renders %j exactly as prism-react-renderer does for plain text', (code) => {
    const ours = renderToStaticMarkup(<Highlight code={code} language="text" theme={prismLight}>{render}</Highlight>);
    const theirs = renderToStaticMarkup(
      <real.Highlight code={code} language="text" theme={prismLight}>
        {render as (props: Parameters<Render>[0]) => ReactNode as never}
      </real.Highlight>,
    );
    expect(ours).toBe(theirs);
  });

  it('keeps every line as one plain token', () => {
    expect(plainLines('a\n\nb')).toEqual([
      [{types: ['plain'], content: 'a'}],
      [{types: ['plain'], content: '\n', empty: true}],
      [{types: ['plain'], content: 'b'}],
    ]);
  });
});
