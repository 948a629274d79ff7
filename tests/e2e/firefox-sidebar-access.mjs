// The sidebar's shadow root is closed (see sidebar-access.mjs for Chromium). In Firefox, driven by
// puppeteer over WebDriver BiDi, the protocol's node serialisation names a closed shadow root too:
// the host gets a `shadowRoot` getter in the page's main world and in puppeteer's own isolated
// world (where its `>>>` selectors run). Copydesk's world is left alone, and only a harness
// holding the WebDriver BiDi session can do this. Plain JS so the benchmark can import it too.

const HOST_ID = 'copydesk-host';
const EXPOSE = 'function (shadow) { Object.defineProperty(this, "shadowRoot", { get: () => shadow, configurable: true }); }';

/**
 * Makes `#copydesk-host`'s closed shadow root reachable through `host.shadowRoot` in `page`'s main
 * frame. Call it once the sidebar is on the page; a new sidebar needs another call. Resolves false
 * when the page has no sidebar.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<boolean>}
 */
export async function exposeSidebarInFirefox(page) {
  const connection = page.browser().connection;
  const frame = page.mainFrame();
  const context = frame._id;
  const { result } = await connection.send('script.evaluate', {
    expression: `document.getElementById(${JSON.stringify(HOST_ID)})`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const host = result.result;
  const shadow = host?.type === 'node' ? host.value?.shadowRoot : undefined;
  if (!shadow?.sharedId) return false;
  const sandboxes = [undefined, frame.isolatedRealm().sandbox];
  for (const sandbox of sandboxes) {
    await connection.send('script.callFunction', {
      functionDeclaration: EXPOSE,
      this: { sharedId: host.sharedId },
      arguments: [{ sharedId: shadow.sharedId }],
      target: sandbox === undefined ? { context } : { context, sandbox },
      awaitPromise: false,
    });
  }
  return true;
}
