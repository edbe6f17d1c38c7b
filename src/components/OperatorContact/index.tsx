/**
 * Who runs this copy of the site and how to reach them, exactly as
 * configured at deploy time (SITE_OPERATOR_NAME, SITE_OPERATOR_CONTACT;
 * src/deploy/config.ts). When nothing is configured it says so: a contact
 * is never typed into a page. Used by the footer, /tiep-can/ and
 * /ke-hoach/ve-ban-chep/.
 */
import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {OPERATOR_TEXT, type OperatorContact as Contact, type SiteOperator} from '@site/src/deploy/config';

const NONE: SiteOperator = {name: null, contact: null};

function isContact(value: unknown): value is Contact {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (c.kind === 'email' || c.kind === 'url') && typeof c.text === 'string' && typeof c.href === 'string';
}

/** The operator from Docusaurus's customFields (set in docusaurus.config.ts). */
export function readOperator(customFields: Readonly<Record<string, unknown>> | undefined): SiteOperator {
  const raw = customFields?.operator;
  if (typeof raw !== 'object' || raw === null) return NONE;
  const o = raw as Record<string, unknown>;
  return {name: typeof o.name === 'string' && o.name !== '' ? o.name : null, contact: isContact(o.contact) ? o.contact : null};
}

export function OperatorSentence({operator}: {operator: SiteOperator}): ReactNode {
  const {name, contact} = operator;
  if (name === null && contact === null) return <span className="site-operator">{OPERATOR_TEXT.notConfigured}</span>;
  return (
    <span className="site-operator">
      {name === null ? OPERATOR_TEXT.nameNotConfigured : <>Đơn vị vận hành trang: {name}.</>}{' '}
      {contact === null ? (
        OPERATOR_TEXT.contactNotConfigured
      ) : (
        <>
          Liên hệ{contact.kind === 'email' ? ' qua e-mail' : ' qua biểu mẫu'}: <a href={contact.href}>{contact.text}</a>.
        </>
      )}
    </span>
  );
}

export default function OperatorContact(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return <OperatorSentence operator={readOperator(siteConfig.customFields)} />;
}
