// The options page: rules, automatic checking, never-run sites, the personal dictionary.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { RuleId } from '../core/types.ts';
import { sendToBackground } from '../shared/messaging.ts';
import type { RuleInfo } from '../shared/protocol.ts';
import { RULE_METAS } from '../rules/metas.ts';
import { MAX_IMPORT_BYTES, MAX_USER_WORDS, normalizeSite, parseDictionaryFile, type Settings } from '../shared/settings.ts';
import { dismissRepairNotice, loadNotices, loadSettings, loadUserWords, saveUserWords, updateSettings } from '../shared/storage.ts';
import type { StorageNotices } from '../shared/storage-notices.ts';
import { NoticeList } from '../popup/NoticeList.tsx';

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Options() {
  const [rules, setRules] = useState<RuleInfo[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [words, setWords] = useState('');
  const [saved, setSaved] = useState('');
  /** Why the dictionary was not saved or a file not imported; shown until the next try. */
  const [dictionaryError, setDictionaryError] = useState('');
  const [notices, setNotices] = useState<StorageNotices>({ repair: null, sync: null });

  useEffect(() => {
    void (async () => {
      // Notices first: reading them repairs damaged values, so the settings below are the repaired ones.
      setNotices(await loadNotices());
      const [ruleList, current, userWords] = await Promise.all([sendToBackground('listRules', {}), loadSettings(), loadUserWords()]);
      setRules(ruleList);
      setSettings(current);
      setSites(current.neverRunSites.join('\n'));
      setWords(userWords.join('\n'));
    })();
  }, []);

  if (!settings) return <main class="options">Loading…</main>;

  const change = async (patch: Partial<Settings>, message: string) => {
    setSettings(await updateSettings(patch));
    setSaved(message);
  };
  const toggleRule = (id: RuleId, on: boolean) =>
    change(
      { disabledRules: on ? settings.disabledRules.filter((r) => r !== id) : [...settings.disabledRules, id] },
      `${RULE_METAS[id].plural} ${on ? 'on' : 'off'}.`,
    );
  /** Saves the dictionary, or says why not: over MAX_USER_WORDS, or storage refused it. Nothing is half-saved. */
  const saveWords = async (list: string[], message: string, failed: string) => {
    try {
      setWords((await saveUserWords(list)).join('\n'));
      setDictionaryError('');
      setSaved(message);
    } catch (error) {
      setDictionaryError(`${failed} ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const importWords = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // Read no more than one byte past the limit: a huge file is refused without loading it.
    const parsed = parseDictionaryFile(new Uint8Array(await file.slice(0, MAX_IMPORT_BYTES + 1).arrayBuffer()));
    if (!parsed.ok) {
      setDictionaryError(`Nothing imported from ${file.name}. ${parsed.error}`);
      return;
    }
    await saveWords([...lines(words), ...parsed.words], `Imported ${parsed.words.length} words from ${file.name}.`, `Nothing imported from ${file.name}.`);
  };

  return (
    <main class="options">
      <h1>Copydesk options</h1>
      <NoticeList
        notices={notices}
        onDismissRepair={async () => {
          await dismissRepairNotice();
          setNotices(await loadNotices());
        }}
      />
      <p class="muted">
        Copydesk sends nothing to anyone: pages are checked on this computer. Your dictionary and dismissals also go to your other browsers through the
        browser’s own sync, when you have sync turned on.
      </p>

      <h2>Rules</h2>
      {rules.map((rule) => (
        <label key={rule.id}>
          <input
            type="checkbox"
            checked={!settings.disabledRules.includes(rule.id)}
            onChange={(event) => void toggleRule(rule.id, (event.currentTarget as HTMLInputElement).checked)}
          />
          <span>
            <strong>{RULE_METAS[rule.id].plural}</strong> <span class="muted">— {rule.description}</span>
          </span>
        </label>
      ))}

      <h2>Checking</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.autoCheck}
          onChange={(event) => {
            const on = (event.currentTarget as HTMLInputElement).checked;
            void change({ autoCheck: on }, on ? 'Articles are checked as they open.' : 'Pages are checked only when you ask.');
          }}
        />
        Check articles automatically (off: only from the toolbar button or Alt+Shift+K)
      </label>

      <h2>Sites where Copydesk never runs</h2>
      <p class="muted">One site per line; a site also covers its subdomains.</p>
      <textarea rows={5} aria-label="Sites where Copydesk never runs" value={sites} onInput={(e) => setSites((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="button" onClick={() => void change({ neverRunSites: lines(sites).map(normalizeSite) }, 'Sites saved.')}>
          Save sites
        </button>
      </div>

      <h2>Personal dictionary</h2>
      <p class="muted">Words no rule should call misspelt, one per line (at most {MAX_USER_WORDS.toLocaleString('en-US')}).</p>
      <textarea rows={10} aria-label="Personal dictionary" value={words} onInput={(e) => setWords((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="button" onClick={() => void saveWords(lines(words), 'Dictionary saved.', 'The dictionary was not saved.')}>
          Save dictionary
        </button>
        <label>
          Import from a text file <input type="file" accept=".txt,text/plain" onChange={(e) => void importWords(e)} />
        </label>
        <button type="button" onClick={() => download('copydesk-dictionary.txt', `${lines(words).join('\n')}\n`)}>
          Export
        </button>
      </div>
      {dictionaryError && (
        <p role="alert" class="notice" data-notice="import-error">
          {dictionaryError}
        </p>
      )}
      <p role="status" class="muted">
        {saved}
      </p>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
