/**
 * Replaces @docusaurus/theme-classic 3.10.2's list of posts (the news list,
 * its later pages, tag and author pages) with a compact list: per post its
 * title as a link, date, tags and excerpt (the text above the truncate
 * marker). Docusaurus shows each post with its title at the size of a page
 * heading and its author block, about one post per desktop screen.
 * A post's own page is unchanged (@theme/BlogPostItem).
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {BlogPostProvider, useBlogPost} from '@docusaurus/plugin-content-blog/client';
import {useDateTimeFormat} from '@docusaurus/theme-common/internal';
import MDXContent from '@theme/MDXContent';
import Tag from '@theme/Tag';
import type {Props} from '@theme/BlogPostItems';
import styles from './styles.module.css';

function NewsListItem({children}: {children: ReactNode}): ReactNode {
  const {metadata} = useBlogPost();
  const {permalink, title, date, tags} = metadata;
  // As on the post's page (BlogPostItem/Header/Info): "30 tháng 11, 2025".
  const dateFormat = useDateTimeFormat({day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  return (
    <article className={styles.item}>
      <h2 className={styles.title}>
        <Link to={permalink}>{title}</Link>
      </h2>
      <div className={styles.meta}>
        <time dateTime={date}>{dateFormat.format(new Date(date))}</time>
        {tags.length > 0 && (
          <div className={styles.tagGroup}>
            <span>Thẻ:</span>
            <ul className={styles.tags}>
              {tags.map((tag) => (
                <li key={tag.permalink}>
                  <Tag {...tag} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className={clsx('markdown', styles.excerpt)}>
        <MDXContent>{children}</MDXContent>
      </div>
    </article>
  );
}

export default function BlogPostItems({items, component: Item = NewsListItem}: Props): ReactNode {
  return (
    <div className={styles.list}>
      {items.map(({content: BlogPostContent}) => (
        <BlogPostProvider key={BlogPostContent.metadata.permalink} content={BlogPostContent}>
          <Item>
            <BlogPostContent />
          </Item>
        </BlogPostProvider>
      ))}
    </div>
  );
}
