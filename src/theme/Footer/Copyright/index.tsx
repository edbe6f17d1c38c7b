/**
 * Wraps the theme's footer copyright (the line from docusaurus.config.ts)
 * and adds who runs this copy of the site, from the deploy configuration.
 */
import type {ReactNode} from 'react';
import Copyright from '@theme-original/Footer/Copyright';
import type CopyrightType from '@theme/Footer/Copyright';
import type {WrapperProps} from '@docusaurus/types';
import OperatorContact from '@site/src/components/OperatorContact';

type Props = WrapperProps<typeof CopyrightType>;

export default function CopyrightWrapper(props: Props): ReactNode {
  return (
    <>
      <Copyright {...props} />
      <div className="footer__copyright">
        <OperatorContact />
      </div>
    </>
  );
}
