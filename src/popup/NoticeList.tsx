// Notices about the reader's stored data (see shared/storage-notices.ts), in the popup and on the
// options page alike: a repair stays until acknowledged, a sync notice while it holds.
import type { StorageNotices } from '../shared/storage-notices.ts';

export function NoticeList({ notices, onDismissRepair }: { notices: StorageNotices; onDismissRepair: () => void }) {
  return (
    <>
      {notices.repair && (
        <div role="alert" class="notice" data-notice="repair">
          <p>{notices.repair}</p>
          <button type="button" onClick={onDismissRepair}>
            OK
          </button>
        </div>
      )}
      {notices.sync && (
        <p role="status" class="notice" data-notice="sync">
          {notices.sync}
        </p>
      )}
    </>
  );
}
