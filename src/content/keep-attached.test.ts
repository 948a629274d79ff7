// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepAttached } from './keep-attached.ts';

/** Lets pending MutationObserver callbacks (microtasks) run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('keepAttached', () => {
  it('puts the element back each time the page removes it, up to the limit, then leaves it out', async () => {
    const host = document.createElement('copydesk-sidebar');
    document.documentElement.append(host);
    keepAttached(host, document.documentElement, 2);
    for (const expected of [true, true, false]) {
      host.remove();
      await settle();
      expect(host.parentNode === document.documentElement).toBe(expected);
    }
  });

  it('does not fight a page that removes the element every time it appears', async () => {
    const host = document.createElement('copydesk-sidebar');
    document.documentElement.append(host);
    let removals = 0;
    new MutationObserver(() => {
      if (host.isConnected) {
        removals++;
        host.remove();
      }
    }).observe(document.documentElement, { childList: true });
    keepAttached(host, document.documentElement, 3);
    host.remove();
    await settle();
    await settle();
    expect(removals).toBe(3);
    expect(host.isConnected).toBe(false);
  });

  it('stops guarding once told to', async () => {
    const host = document.createElement('copydesk-sidebar');
    document.documentElement.append(host);
    keepAttached(host, document.documentElement).stop();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });
});
