// The toolbar popup: check now, show/hide highlights, on/off for this site, options.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messaging.ts';
import type { PageStatus } from '../shared/protocol.ts';
import { normalizeSite } from '../shared/settings.ts';
import { dismissRepairNotice, loadNotices, loadSettings, updateSettings } from '../shared/storage.ts';
import type { StorageNotices } from '../shared/storage-notices.ts';
import { NoticeList } from './NoticeList.tsx';

function describe(status: PageStatus): string {
  if (!status.siteEnabled) return `Copydesk is off for ${status.site}.`;
  switch (status.state) {
    case 'ready':
      return status.count === 1 ? '1 finding on this page.' : `${status.count} findings on this page.`;
    case 'checking':
      return 'Checking…';
    case 'not-article':
      return 'No article found on this page.';
    case 'opted-out':
      return 'This page asks not to be checked.';
    case 'failed':
      return 'The check failed; try again.';
    case 'idle':
      return 'Not checked yet.';
  }
}

function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const [notices, setNotices] = useState<StorageNotices>({ repair: null, sync: null });

  useEffect(() => {
    void loadNotices().then(setNotices);
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setUnreachable(true);
      setTabId(tab.id);
      try {
        setStatus(await sendToTab(tab.id, 'getStatus', {}));
      } catch {
        setUnreachable(true);
      }
    })();
  }, []);

  const noticeList = (
    <NoticeList
      notices={notices}
      onDismissRepair={async () => {
        await dismissRepairNotice();
        setNotices(await loadNotices());
      }}
    />
  );

  const openOptions = (event: Event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage().then(() => window.close());
  };

  if (unreachable || tabId === null || status === null) {
    return (
      <main class="popup">
        <h1>Copydesk</h1>
        {noticeList}
        <p class="muted">{unreachable ? 'Copydesk cannot read this page. If it is a web page opened before Copydesk was installed, reload it.' : 'Loading…'}</p>
        <a href="#" onClick={openOptions}>
          Options
        </a>
      </main>
    );
  }

  const toggleSite = async () => {
    const settings = await loadSettings();
    const site = normalizeSite(status.site);
    const neverRunSites = status.siteEnabled
      ? [...settings.neverRunSites, site]
      : settings.neverRunSites.filter((entry) => site !== entry && !site.endsWith(`.${entry}`));
    await updateSettings({ neverRunSites });
    setStatus({ ...(await sendToTab(tabId, 'getStatus', {})), siteEnabled: !status.siteEnabled });
  };

  return (
    <main class="popup">
      <h1>Copydesk</h1>
      {noticeList}
      <p role="status">{describe(status)}</p>
      <button type="button" class="primary" onClick={async () => setStatus(await sendToTab(tabId, 'checkPage', {}))}>
        Check this page now
      </button>
      <button
        type="button"
        disabled={status.state !== 'ready'}
        onClick={async () => setStatus(await sendToTab(tabId, 'setHighlightsVisible', { visible: !status.highlightsVisible }))}
      >
        {status.highlightsVisible ? 'Hide highlights' : 'Show highlights'}
      </button>
      <label>
        <input type="checkbox" checked={status.siteEnabled} onChange={() => void toggleSite()} />
        Check articles on {status.site}
      </label>
      <a href="#" onClick={openOptions}>
        Options
      </a>
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
