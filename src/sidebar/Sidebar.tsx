// The sidebar's view: pure props in, callbacks out; the content script owns the state.
// Page text only ever reaches the DOM as Preact text nodes.
import { useEffect, useRef } from 'preact/hooks';
import { QUOTE_CONTEXT } from '../core/quote.ts';
import type { Finding, RuleId } from '../core/types.ts';
import { RULE_STYLES } from '../shared/rule-styles.ts';
import type { RuleGroup, SelectionMove } from './findings-view.ts';

export interface SidebarStatus {
  message: string;
  /** Shows an Undo button when set. */
  canUndo: boolean;
}

export interface SidebarProps {
  groups: RuleGroup[];
  total: number;
  selectedKey: string | null;
  collapsed: boolean;
  status: SidebarStatus;
  onSelect(key: string, jump: boolean): void;
  onMove(move: SelectionMove): void;
  onDismiss(key: string): void;
  onAddWord(key: string): void;
  onShowRelated(key: string, index: number): void;
  onUndo(): void;
  onCollapse(collapsed: boolean): void;
}

/**
 * The context around a span, cut to whole words. A quote's prefix and suffix stop after
 * QUOTE_CONTEXT characters, so one that long was cut, most likely inside a word.
 */
function lead(prefix: string): string {
  const text = prefix.replace(/\s+/g, ' ');
  if (prefix.length < QUOTE_CONTEXT) return text;
  return `…${text.slice(text.indexOf(' ') + 1)}`;
}

function tail(suffix: string): string {
  const text = suffix.replace(/\s+/g, ' ');
  if (suffix.length < QUOTE_CONTEXT) return text;
  const cut = text.lastIndexOf(' ');
  return `${cut > 0 ? text.slice(0, cut) : text}…`;
}

const clip = (text: string): string => (text.length > 48 ? `${text.slice(0, 48)}…` : text);

/**
 * One link per distinct related span text: a name variant points at every occurrence of the
 * canonical spelling, and one "canonical spelling (×4)" link to the first says it all.
 */
function relatedLinks(finding: Finding): { index: number; text: string }[] {
  const seen = new Set<string>();
  const links: { index: number; text: string }[] = [];
  finding.related.forEach((related, index) => {
    const text = related.label.includes(related.exact) ? related.label : `${related.label}: “${clip(related.exact)}”`;
    if (seen.has(text)) return;
    seen.add(text);
    links.push({ index, text });
  });
  return links;
}

export const itemId = (key: string): string => `cd-item-${key.replace(/[^\w-]/g, '_')}`;

function Swatch({ ruleId }: { ruleId: RuleId }) {
  const style = RULE_STYLES[ruleId];
  return (
    <span
      class="cd-swatch"
      aria-hidden="true"
      style={{ textDecorationColor: style.color, textDecorationStyle: style.line }}
    >
      abc
    </span>
  );
}

function FindingItem(props: { finding: Finding; selected: boolean } & Pick<SidebarProps, 'onSelect' | 'onDismiss' | 'onAddWord' | 'onShowRelated'>) {
  const { finding, selected } = props;
  const { exact, prefix, suffix } = finding.quote;
  const label = RULE_STYLES[finding.ruleId].label;
  const action = (run: () => void) => (event: Event) => {
    event.stopPropagation();
    run();
  };
  return (
    <li
      id={itemId(finding.key)}
      role="option"
      class="cd-item"
      aria-selected={selected ? 'true' : 'false'}
      aria-label={`${label}: ${exact}. ${finding.reason}`}
      data-finding=""
      data-rule={finding.ruleId}
      data-key={finding.key}
      onClick={() => props.onSelect(finding.key, true)}
    >
      <p class="cd-context">
        {lead(prefix)}
        <mark class="cd-exact">{exact}</mark>
        {tail(suffix)}
      </p>
      <p class="cd-reason">{finding.reason}</p>
      {finding.suggestions.length > 0 && (
        <p class="cd-suggestions">
          Suggested:{' '}
          {finding.suggestions.map((suggestion, i) => (
            <span key={suggestion}>
              {i > 0 && ', '}
              <span class="cd-suggestion">{suggestion}</span>
            </span>
          ))}
        </p>
      )}
      <div class="cd-actions">
        {relatedLinks(finding).map(({ index, text }) => (
          <button key={index} type="button" data-action="show-related" onClick={action(() => props.onShowRelated(finding.key, index))}>
            {text}
          </button>
        ))}
        {finding.ruleId === 'typo' && (
          <button
            type="button"
            data-action="add-word"
            aria-label={`Add “${exact}” to your dictionary`}
            onClick={action(() => props.onAddWord(finding.key))}
          >
            Add to dictionary
          </button>
        )}
        <button
          type="button"
          data-action="dismiss"
          aria-label={`Dismiss “${exact}”`}
          onClick={action(() => props.onDismiss(finding.key))}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}

const LIST_KEYS: Readonly<Record<string, SelectionMove>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function Sidebar(props: SidebarProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const { selectedKey } = props;

  useEffect(() => {
    if (selectedKey === null) return;
    listRef.current?.querySelector(`#${itemId(selectedKey)}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  if (props.collapsed) {
    return (
      <button
        type="button"
        class="cd-tab"
        data-action="expand"
        aria-label={`Open Copydesk: ${props.total} findings`}
        onClick={() => props.onCollapse(false)}
      >
        <span aria-hidden="true">✎</span> {props.total}
      </button>
    );
  }

  const onListKey = (event: KeyboardEvent) => {
    const move = LIST_KEYS[event.key];
    if (move) props.onMove(move);
    else if (event.key === 'Enter' && selectedKey !== null) props.onSelect(selectedKey, true);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedKey !== null) props.onDismiss(selectedKey);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <aside role="complementary" aria-label="Copydesk" class="cd-panel">
      <header class="cd-header">
        <h2>
          Copydesk <span class="cd-total">{props.total}</span>
        </h2>
        <button type="button" data-action="collapse" aria-label="Collapse the Copydesk sidebar" onClick={() => props.onCollapse(true)}>
          ⇥
        </button>
      </header>
      <ul class="cd-counts" aria-label="Findings per rule">
        {props.groups.map((group) => (
          <li key={group.ruleId}>
            <Swatch ruleId={group.ruleId} /> {RULE_STYLES[group.ruleId].plural}{' '}
            <strong data-count-rule={group.ruleId}>{group.findings.length}</strong>
          </li>
        ))}
      </ul>
      <p class="cd-status" role="status" aria-live="polite">
        {props.status.message}
        {props.status.canUndo && (
          <button type="button" data-action="undo" onClick={props.onUndo}>
            Undo
          </button>
        )}
      </p>
      <div
        ref={listRef}
        class="cd-list"
        role="listbox"
        tabIndex={0}
        aria-label="Findings"
        aria-activedescendant={selectedKey === null ? undefined : itemId(selectedKey)}
        onKeyDown={onListKey}
      >
        {props.groups
          .filter((group) => group.findings.length > 0)
          .map((group) => (
            <div role="group" key={group.ruleId} aria-labelledby={`cd-group-${group.ruleId}`} class="cd-group">
              <h3 id={`cd-group-${group.ruleId}`}>
                <Swatch ruleId={group.ruleId} /> {RULE_STYLES[group.ruleId].plural}
              </h3>
              <ul role="presentation">
                {group.findings.map((finding) => (
                  <FindingItem
                    key={finding.key}
                    finding={finding}
                    selected={finding.key === selectedKey}
                    onSelect={props.onSelect}
                    onDismiss={props.onDismiss}
                    onAddWord={props.onAddWord}
                    onShowRelated={props.onShowRelated}
                  />
                ))}
              </ul>
            </div>
          ))}
        {props.total === 0 && <p class="cd-empty">Nothing to flag on this page.</p>}
      </div>
    </aside>
  );
}
