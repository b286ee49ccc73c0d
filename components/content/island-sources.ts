/**
 * Where an island's HTML comes from in the browser, when the page did not arrive with it.
 *
 * The RSC payload carries only an island's id (see lib/content/island-html.ts). On a page's first
 * load that is enough: the HTML is in the document and hydration leaves it there. When the page is
 * rendered on the client instead (client navigation, back/forward, the router cache), the HTML comes
 * from, in order: what an island left behind when it unmounted, an element of the current page with
 * the same id (the same content hash), or the page's own document, fetched from the same origin and
 * parsed — the same file a reload would get, built in the same run as the payload.
 */

const ATTRIBUTE = 'data-island';

/** Islands of the document the browser loaded, until each has hydrated (null until first asked). */
let inFirstDocument: Set<string> | null = null;
const known = new Map<string, string>();
const documents = new Map<string, Promise<Map<string, string> | null>>();

export const islandAttribute = ATTRIBUTE;

/**
 * True when this island's element came with the document and has not hydrated yet: the HTML is in
 * the DOM, so the client renders an empty `__html` that hydration leaves alone (React neither
 * compares nor patches innerHTML when it hydrates).
 */
export function isInFirstDocument(id: string): boolean {
  inFirstDocument ??= new Set(Array.from(document.querySelectorAll(`[${ATTRIBUTE}]`), (el) => el.getAttribute(ATTRIBUTE) ?? ''));
  return inFirstDocument.has(id);
}

/** After an island of the first document hydrated: a later render of the same id is a new element. */
export function hydrated(id: string): void {
  inFirstDocument?.delete(id);
}

/** An island's HTML as it leaves the page, for back/forward and the router cache. */
export function remember(id: string, html: string): void {
  if (html) known.set(id, html);
}

/**
 * The HTML of id if the browser already has it: no request. What it reads from the page is kept,
 * so that a later render of the same island (the element it is now) does not serialise it again.
 */
export function htmlAtHand(id: string): string | undefined {
  const remembered = known.get(id);
  if (remembered !== undefined) return remembered;
  const element = document.querySelector(`[${ATTRIBUTE}="${CSS.escape(id)}"]`);
  if (!element || element.childNodes.length === 0) return undefined;
  const html = element.innerHTML;
  remember(id, html);
  return html;
}

/** The islands of a parsed document, by id; kept, so that a later render finds them at hand. */
function islandsOf(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const element of doc.querySelectorAll(`[${ATTRIBUTE}]`)) {
    const id = element.getAttribute(ATTRIBUTE) ?? '';
    out.set(id, element.innerHTML);
    remember(id, element.innerHTML);
  }
  return out;
}

/**
 * The islands of the page at path, fetched once per path. Null when it cannot be had (offline, a
 * host error, a response from elsewhere): the caller then loads the page as a document, as Next's
 * router does itself when a payload cannot be fetched.
 */
export function islandsOfPage(path: string): Promise<Map<string, string> | null> {
  // one promise per path, a failure included: React retries a suspended render with the same promise,
  // and the page it leads to is then loaded as a document, which starts this module afresh
  let pending = documents.get(path);
  if (!pending) {
    pending = fetchIslands(path);
    documents.set(path, pending);
  }
  return pending;
}

async function fetchIslands(path: string): Promise<Map<string, string> | null> {
  try {
    const url = new URL(path, window.location.origin);
    if (url.origin !== window.location.origin) return null;
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || new URL(response.url).origin !== window.location.origin) return null;
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) return null;
    return islandsOf(new DOMParser().parseFromString(await response.text(), 'text/html'));
  } catch {
    return null;
  }
}
