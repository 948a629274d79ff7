// Puts the sidebar on the page: a <copydesk-sidebar> host appended to <html> (outside the
// article, so its markup never changes), a closed shadow root, our stylesheet inside it.
import { render } from 'preact';
import css from './sidebar.css';
import { Sidebar, type SidebarProps } from './Sidebar.tsx';

export const HOST_TAG = 'copydesk-sidebar';
export const HOST_ID = 'copydesk-host';

/** What a reader does in the sidebar: the events its controls act on. */
const INTERACTION_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'keydown', 'input', 'change', 'submit'] as const;

export interface SidebarHandle {
  readonly host: HTMLElement;
  update(props: SidebarProps): void;
  unmount(): void;
}

/**
 * Stops events the page's script made (`isTrusted` false) before any control sees them: only the
 * reader may dismiss a finding or add a word to the dictionary that syncs to every device.
 * Listening in the capture phase on the shadow root runs before the controls' own handlers; the
 * default action of a link the sidebar clicks itself (a report download) is not affected.
 */
function acceptOnlyTrustedEvents(root: ShadowRoot): void {
  for (const type of INTERACTION_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) event.stopImmediatePropagation();
      },
      true,
    );
  }
}

export function mountSidebar(doc: Document, props: SidebarProps): SidebarHandle {
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  // Closed: the page's script gets null from host.shadowRoot, so it can neither read the findings
  // (they reveal the reader's settings and dictionary) nor press the sidebar's buttons or write
  // into it.
  const shadow = host.attachShadow({ mode: 'closed' });
  acceptOnlyTrustedEvents(shadow);
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);
  render(<Sidebar {...props} />, container);
  return {
    host,
    update(next) {
      render(<Sidebar {...next} />, container);
    },
    unmount() {
      render(null, container);
      host.remove();
    },
  };
}
