import { createHash } from 'node:crypto';
import type { Element, ElementContent, Properties } from 'hast';
import { Children, cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { registerIslandHtml } from '@/lib/content/island-html';
import { hastToBuildHtml } from '@/lib/content/markdown';
import { Island } from './island';

/**
 * Lesson prose as static HTML with interactive islands.
 *
 * A lesson is a server component: every element of its body travels in the page's RSC payload and
 * is rebuilt on the client as a React fiber when the page hydrates, although almost none of it is
 * interactive (measured before: 1,000–4,200 hydrated elements per lesson, 90 % of them inside the
 * check-yourself blocks). `StaticIslands` walks the element tree that the lesson's MDX and its
 * server components produce, and turns every largest subtree that holds nothing interactive into
 * ONE element: its own tag and props, with the subtree's markup as build-produced innerHTML. What
 * stays React is what needs to be: client components (the widget frames) and the elements on the
 * way to them. The markup does not change (lib/content/static-islands.test.ts compares every
 * lesson's HTML with and without islands).
 *
 * Each such element is an `Island` whose HTML is registered under its content hash instead of being
 * a prop, so that the page's RSC payload carries the id and not a second copy of the prose
 * (island.tsx says where the HTML comes from in the browser). `src` is the page's own path.
 *
 * Only our own build output reaches innerHTML: the tree comes from content/ compiled at build time
 * (MDX, KaTeX, the bank's questions), never from a URL, a message or storage.
 */
export function StaticIslands({ children, src }: { children: ReactNode; src: string }) {
  return <>{islands(children, src)}</>;
}

/** The element as an Island holding html, or as it is when there is nothing to hold. */
function island(element: ReactElement<Record<string, unknown>>, html: string, src: string): ReactElement {
  if (!html) return cloneElement(element, { dangerouslySetInnerHTML: undefined }, undefined);
  const id = createHash('sha256').update(html).digest('base64url').slice(0, 16);
  registerIslandHtml(id, html);
  const { children: _children, dangerouslySetInnerHTML: _inner, ...attrs } = element.props;
  return <Island key={element.key ?? undefined} tag={element.type as string} attrs={attrs} id={id} src={src} />;
}

/** Thrown inside `toHast` when a subtree must stay React (a client component, a handler, a hook). */
class NotStatic extends Error {}

const CLIENT_REFERENCE = Symbol.for('react.client.reference');
// Props React handles itself, never attributes.
const SKIPPED = new Set(['children', 'key', 'ref', 'dangerouslySetInnerHTML', 'suppressHydrationWarning', 'suppressContentEditableWarning']);

const isClientReference = (type: unknown) => (typeof type === 'function' || typeof type === 'object') && type !== null && (type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE;

/** React's style object as the attribute a browser reads; numbers would need React's `px` rules, so they keep the subtree React. */
function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => {
      if (typeof v !== 'string') throw new NotStatic(`style ${k} is not a string`);
      const name = k.startsWith('--') ? k : k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^ms-/, '-ms-');
      return `${name}:${v}`;
    })
    .join(';');
}

function properties(props: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(props)) {
    if (SKIPPED.has(key) || value === undefined || value === null || value === false) continue;
    if (/^on[A-Z]/.test(key) || typeof value === 'function') throw new NotStatic(`${key} is a handler`);
    if (key === 'style') {
      const text = styleText(value as Record<string, unknown>);
      if (text) out.style = text;
      continue;
    }
    if (typeof value === 'object') throw new NotStatic(`${key} is an object`);
    // hast-util-to-html reads property and attribute names alike (className, tabIndex, aria-label, viewBox)
    out[key] = value as string | number | boolean;
  }
  return out;
}

/** Calls a server component (a plain function of its props); anything else is not ours to flatten. */
function renderComponent(element: ReactElement<Record<string, unknown>>): ReactNode {
  const { type } = element;
  if (typeof type !== 'function' || isClientReference(type)) throw new NotStatic('a client component');
  // Class components and components that use hooks cannot be called outside React: they stay React.
  if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent) throw new NotStatic('a class component');
  let output: unknown;
  try {
    output = (type as (props: unknown) => unknown)(element.props);
  } catch (error) {
    if (error instanceof NotStatic) throw error;
    throw new NotStatic(`${type.name || 'a component'} cannot render outside React: ${String(error)}`);
  }
  if (output instanceof Promise) throw new NotStatic('an async component');
  return output as ReactNode;
}

/**
 * React writes `<!-- -->` between two text children so that the browser keeps them as two text
 * nodes, as the client would build them. Doing the same keeps the DOM, and so the rendering (a
 * line can break or kern differently across a text-node boundary), exactly as it was.
 */
function separateTexts(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && node.value === '') continue;
    if (node.type === 'text' && out[out.length - 1]?.type === 'text') out.push({ type: 'comment', value: ' ' });
    out.push(node);
  }
  return out;
}

/** A React node of intrinsic elements, fragments, text and server components → hast, or NotStatic. */
function toHast(node: ReactNode): ElementContent[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [{ type: 'text', value: String(node) }];
  if (Array.isArray(node)) return node.flatMap(toHast);
  if (!isValidElement(node)) throw new NotStatic('not an element');
  const element = node as ReactElement<Record<string, unknown>>;
  if (element.type === Fragment) return toHast(element.props.children as ReactNode);
  if (typeof element.type !== 'string') return toHast(renderComponent(element));
  const props = element.props;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  const children: ElementContent[] = inner ? [{ type: 'raw', value: inner.__html ?? '' }] : separateTexts(toHast(props.children as ReactNode));
  const hast: Element = { type: 'element', tagName: element.type, properties: properties(props), children };
  return [hast];
}

/** The node with every largest static subtree of intrinsic elements turned into one Island. */
function islands(node: ReactNode, src: string): ReactNode {
  if (Array.isArray(node)) return Children.map(node, (child) => islands(child, src));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Record<string, unknown>>;
  if (element.type === Fragment) return <>{islands(element.props.children as ReactNode, src)}</>;
  if (typeof element.type !== 'string') {
    let output: ReactNode;
    try {
      output = renderComponent(element);
    } catch (error) {
      if (error instanceof NotStatic) return element;
      throw error;
    }
    return islands(output, src);
  }
  const inner = element.props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  if (inner) return island(element, inner.__html ?? '', src);
  let html: string | undefined;
  try {
    html = hastToBuildHtml(separateTexts(toHast(element.props.children as ReactNode))).html;
  } catch (error) {
    if (!(error instanceof NotStatic)) throw error;
  }
  if (html !== undefined) return island(element, html, src);
  return cloneElement(element, undefined, islands(element.props.children as ReactNode, src));
}
