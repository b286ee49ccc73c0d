import type { MDXComponents } from 'mdx/types';
import { AttentionExample } from './attention-example';
import { Callout } from './callout';
import { Misconception } from './misconception';

/** The only place a tag becomes available to lesson MDX: lessons contain no imports. */
export const mdxComponents: MDXComponents = {
  AttentionExample,
  Callout,
  Misconception,
  table: (props) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
};
