// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { SidebarProps } from '../sidebar/Sidebar.tsx';

const drawn = vi.hoisted(() => ({ mounts: 0, props: [] as unknown[] }));
vi.mock('./load-deferred.ts', () => ({
  loadDeferred: async () => ({
    mountSidebar: (doc: Document, props: SidebarProps) => {
      drawn.mounts++;
      drawn.props.push(props);
      const host = doc.createElement('copydesk-sidebar');
      doc.documentElement.append(host);
      return { host, update: (next: SidebarProps) => drawn.props.push(next), unmount: () => host.remove() };
    },
  }),
}));

const { SidebarHost } = await import('./sidebar-host.ts');

const props = (total: number) => ({ total }) as SidebarProps;
const nextMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SidebarHost', () => {
  it('draws nothing before its code is loaded, mounts once, then updates, and is kept on the page until removed', async () => {
    const input = { takes: vi.fn(() => true), onShortcut: vi.fn(), onClick: vi.fn() };
    const host = new SidebarHost(document, input);
    host.show(props(1), document);
    expect(host.mounted).toBe(false);
    await host.load();
    host.show(props(2), document);
    host.show(props(3), document);
    expect(drawn.mounts).toBe(1);
    expect(drawn.props).toEqual([props(2), props(3)]);

    document.querySelector('copydesk-sidebar')?.remove();
    await nextMutations();
    expect(document.querySelector('copydesk-sidebar')).not.toBeNull();

    // A page's script can dispatch keys and clicks (isTrusted false): they reach nothing.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(input.takes).not.toHaveBeenCalled();
    expect(input.onClick).not.toHaveBeenCalled();

    host.remove();
    await nextMutations();
    expect(host.mounted).toBe(false);
    expect(document.querySelector('copydesk-sidebar')).toBeNull();
  });
});
