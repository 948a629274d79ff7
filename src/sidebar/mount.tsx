// Puts the sidebar on the page: a <copydesk-sidebar> host appended to <html> (outside the
// article, so its markup never changes), an open shadow root, our stylesheet inside it.
import { render } from 'preact';
import css from './sidebar.css';
import { Sidebar, type SidebarProps } from './Sidebar.tsx';

export const HOST_TAG = 'copydesk-sidebar';
export const HOST_ID = 'copydesk-host';

export interface SidebarHandle {
  readonly host: HTMLElement;
  update(props: SidebarProps): void;
  unmount(): void;
}

export function mountSidebar(doc: Document, props: SidebarProps): SidebarHandle {
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
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
