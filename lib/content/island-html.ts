/**
 * The HTML of a lesson's static islands, by id, on the build machine.
 *
 * A lesson's prose is build-produced HTML (components/content/static-islands.tsx). If it travelled
 * as a prop it would travel twice: once in the document and once in the page's RSC payload, which
 * is most of that payload. Instead the server component registers each island's HTML here under
 * a content hash and sends only the hash; the island's client component, rendered to HTML in the
 * same build process, reads it back. React and Next keep the server-component render and the
 * HTML render in separate module graphs of one process, so the store lives on `globalThis`.
 */

const STORE = Symbol.for('moe-lab.island-html');

type Holder = { [STORE]?: Map<string, string> };

function store(): Map<string, string> {
  const holder = globalThis as Holder;
  return (holder[STORE] ??= new Map());
}

/** Called by the server component with the island's build-produced HTML. */
export function registerIslandHtml(id: string, html: string): void {
  store().set(id, html);
}

/** The HTML registered under id, on the server only. */
export function registeredIslandHtml(id: string): string | undefined {
  return store().get(id);
}
