// The sidebar's shadow root is closed, so neither the page's script nor Playwright's locators
// (which run in the page's worlds and read element.shadowRoot) can see into it. Tests, `npm start`
// and the browser benchmark read and drive it the way DevTools inspects it: over the DevTools
// protocol, which sees closed shadow roots, they give the host element a `shadowRoot` getter in
// the page's main world and in Playwright's utility world. Copydesk's own world is left alone,
// and a page in production never gets this: only a test harness holding the DevTools protocol can.
// Plain JS so the node scripts can import it too.

const HOST_ID = 'copydesk-host';
const PLAYWRIGHT_WORLD = '__playwright_utility_world';

/** @param {{ nodeName: string, attributes?: string[], children?: any[] }} node */
function isHost(node) {
  const attributes = node.attributes ?? [];
  const id = attributes.indexOf('id');
  return node.nodeName === 'COPYDESK-SIDEBAR' && id % 2 === 0 && attributes[id + 1] === HOST_ID;
}

/**
 * Makes `#copydesk-host`'s closed shadow root reachable through `host.shadowRoot` for Playwright
 * (Chromium). Call it once the sidebar is on the page; a new sidebar (after a reload or a reset)
 * needs another call. Resolves false when the page has no sidebar.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<boolean>}
 */
export async function exposeSidebar(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    /** @type {{ id: number, name: string, auxData?: { isDefault?: boolean } }[]} */
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    // Enabling reports every existing execution context before it answers.
    await cdp.send('Runtime.enable');
    // The host is a child of <html>: document → html → host → its shadow root.
    const { root } = await cdp.send('DOM.getDocument', { depth: 3, pierce: true });
    const html = (root.children ?? []).find((node) => node.nodeName === 'HTML');
    const host = (html?.children ?? []).find(isHost);
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) return false;
    const pageWorlds = worlds.filter((world) => world.auxData?.isDefault || world.name.startsWith(PLAYWRIGHT_WORLD));
    let exposed = false;
    for (const world of pageWorlds) {
      try {
        const resolve = (backendNodeId) => cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: world.id });
        const [{ object: hostObject }, { object: shadowObject }] = await Promise.all([resolve(host.backendNodeId), resolve(shadow.backendNodeId)]);
        await cdp.send('Runtime.callFunctionOn', {
          objectId: hostObject.objectId,
          functionDeclaration: 'function (shadow) { Object.defineProperty(this, "shadowRoot", { get: () => shadow, configurable: true }); }',
          arguments: [{ objectId: shadowObject.objectId }],
        });
        exposed = true;
      } catch {
        // A world of another frame, or one torn down meanwhile: not where the sidebar lives.
      }
    }
    return exposed;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
