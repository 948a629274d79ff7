// The sidebar's view: pure props in, callbacks out; the content script owns the state.
// Page text only ever reaches the DOM as Preact text nodes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LanguageGuess } from '../core/language.ts';
import { findingContext } from '../core/report.ts';
import type { Finding, RuleId } from '../core/types.ts';
import type { PartialCheck } from '../extract/types.ts';
import { RULE_METAS } from '../rules/metas.ts';
import { displayOrder, limitGroups, type RuleGroup, type SelectionMove } from './findings-view.ts';
import { MarkdownView } from './MarkdownView.tsx';
import type { PracticeView } from './practice-score.ts';
import { qualitySummary } from './quality.ts';
import { downloadText, pageReport, reportFileName, reportJson, reportMarkdown, type PageInfo } from './report-export.ts';
import { loadRuleDoc } from './rule-docs.ts';

export interface SidebarStatus {
  message: string;
  /** Shows an Undo button when set. */
  canUndo: boolean;
}

export interface SidebarProps {
  groups: RuleGroup[];
  total: number;
  /** How many findings the list draws (the counts always cover all): a long list is drawn a part per task. */
  listLimit: number;
  selectedKey: string | null;
  collapsed: boolean;
  status: SidebarStatus;
  /** The article, for the quality line and the report. */
  page: PageInfo;
  /** The rules that ran, in display order. */
  ruleIds: RuleId[];
  /** Null outside practice mode. */
  practice: PracticeView | null;
  onSelect(key: string, jump: boolean): void;
  onMove(move: SelectionMove): void;
  onDismiss(key: string): void;
  onAddWord(key: string): void;
  onShowRelated(key: string, index: number): void;
  onUndo(): void;
  onCollapse(collapsed: boolean): void;
  /** Puts a message in the status line (report exported, copied…). */
  onNotice(message: string): void;
  onPractice(on: boolean): void;
  onMarkSelection(): void;
  onRemoveMark(index: number): void;
  onReveal(): void;
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
  const { style } = RULE_METAS[ruleId];
  return (
    <span class="cd-swatch" aria-hidden="true" style={{ textDecorationColor: style.color, textDecorationStyle: style.line }}>
      abc
    </span>
  );
}

/** The rule's README, once loaded; null while loading or if the bundle has none for it. */
function useRuleDoc(ruleId: RuleId, wanted: boolean): string | null | undefined {
  const [doc, setDoc] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void loadRuleDoc(ruleId).then((text) => current && setDoc(text));
    return () => {
      current = false;
    };
  }, [ruleId, wanted]);
  return doc;
}

/** The rule's full explanation, with examples: its README, rendered as text-only Preact elements. */
function Explanation({ ruleId, id }: { ruleId: RuleId; id: string }) {
  const doc = useRuleDoc(ruleId, true);
  return (
    <div id={id} class="cd-explain" role="region" aria-label={`About ${RULE_METAS[ruleId].plural.toLowerCase()}`} onClick={(event) => event.stopPropagation()}>
      {doc === undefined ? <p>Loading…</p> : doc === null ? <p>No explanation is bundled for this rule.</p> : <MarkdownView source={doc} />}
    </div>
  );
}

type PracticeOutcome = 'caught' | 'missed';

const OUTCOME_TEXT: Record<PracticeOutcome, string> = { caught: 'You caught this', missed: 'You missed this' };

function FindingItem(
  props: { finding: Finding; selected: boolean; outcome: PracticeOutcome | null } & Pick<
    SidebarProps,
    'onSelect' | 'onDismiss' | 'onAddWord' | 'onShowRelated'
  >,
) {
  const { finding, selected, outcome } = props;
  const { exact } = finding.quote;
  const context = findingContext(finding);
  const label = RULE_METAS[finding.ruleId].label;
  const [explained, setExplained] = useState(false);
  const explanationId = `cd-explain-${itemId(finding.key)}`;
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
      data-practice={outcome ?? undefined}
      onClick={() => props.onSelect(finding.key, true)}
    >
      {outcome && <p class={`cd-outcome cd-outcome-${outcome}`}>{OUTCOME_TEXT[outcome]}</p>}
      <p class="cd-context">
        {context.before}
        <mark class="cd-exact">{exact}</mark>
        {context.after}
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
          <button type="button" data-action="add-word" aria-label={`Add “${exact}” to your dictionary`} onClick={action(() => props.onAddWord(finding.key))}>
            Add to dictionary
          </button>
        )}
        <button type="button" data-action="dismiss" aria-label={`Dismiss “${exact}”`} onClick={action(() => props.onDismiss(finding.key))}>
          Dismiss
        </button>
        <button
          type="button"
          data-action="explain"
          aria-expanded={explained ? 'true' : 'false'}
          aria-controls={explanationId}
          onClick={action(() => setExplained(!explained))}
        >
          {explained ? 'Hide the rule' : 'Why? The rule'}
        </button>
      </div>
      {explained && <Explanation ruleId={finding.ruleId} id={explanationId} />}
    </li>
  );
}

const LIST_KEYS: Readonly<Record<string, SelectionMove>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** Export and copy: the same report the CLI writes with `--format md|json`. */
function ReportTools(props: Pick<SidebarProps, 'groups' | 'page' | 'ruleIds' | 'onNotice'>) {
  const toolsRef = useRef<HTMLDivElement>(null);
  const report = () => pageReport(props.page, props.ruleIds, displayOrder(props.groups));
  const download = (format: 'md' | 'json') => {
    const current = report();
    const name = reportFileName(current, format);
    const [text, type] = format === 'md' ? [reportMarkdown(current), 'text/markdown'] : [reportJson(current), 'application/json'];
    if (toolsRef.current) downloadText(toolsRef.current, name, text, `${type};charset=utf-8`);
    props.onNotice(`Saved the report as ${name}.`);
  };
  const copy = () => {
    navigator.clipboard.writeText(reportMarkdown(report())).then(
      () => props.onNotice('Copied the report to the clipboard (Markdown).'),
      () => props.onNotice('The browser did not allow copying; use “Save .md” instead.'),
    );
  };
  return (
    <div ref={toolsRef} class="cd-tools" role="group" aria-label="Report">
      <span class="cd-tools-label">Report:</span>
      <button type="button" data-action="export-md" aria-label="Save the report as Markdown" onClick={() => download('md')}>
        Save .md
      </button>
      <button type="button" data-action="export-json" aria-label="Save the report as JSON" onClick={() => download('json')}>
        Save .json
      </button>
      <button type="button" data-action="copy-report" aria-label="Copy the report to the clipboard as Markdown" onClick={copy}>
        Copy
      </button>
    </div>
  );
}

function percent(caught: number, total: number): string {
  return total === 0 ? '' : ` (${Math.round((caught / total) * 100)}%)`;
}

/** Practice mode: marking, then the score once Copydesk's findings are revealed. */
function PracticePanel(props: { practice: PracticeView } & Pick<SidebarProps, 'onMarkSelection' | 'onRemoveMark' | 'onReveal'>) {
  const { marks, result } = props.practice;
  return (
    <section class="cd-practice" aria-label="Practice">
      {result === null ? (
        <>
          <p>
            Copydesk’s findings are hidden. Select a word or passage in the article that you think is wrong and press “Mark selection”; reveal when you are
            done.
          </p>
          <div class="cd-practice-actions">
            {/* mousedown would move focus and could clear the page's selection before the click reads it. */}
            <button type="button" data-action="mark-selection" onMouseDown={(event) => event.preventDefault()} onClick={props.onMarkSelection}>
              Mark selection
            </button>
            <button type="button" data-action="reveal" onClick={props.onReveal}>
              Reveal findings
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="cd-score" data-score="overall">
            You caught {result.overall.caught} of {result.overall.total}
            {percent(result.overall.caught, result.overall.total)}.
          </p>
          <table class="cd-score-table">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Caught</th>
              </tr>
            </thead>
            <tbody>
              {result.perRule
                .filter((rule) => rule.total > 0)
                .map((rule) => (
                  <tr key={rule.ruleId}>
                    <th scope="row">{RULE_METAS[rule.ruleId].plural}</th>
                    <td data-score-rule={rule.ruleId}>
                      {rule.caught}/{rule.total}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          <h3>You flagged, Copydesk did not ({result.extra.length})</h3>
          {result.extra.length === 0 ? (
            <p class="cd-muted">Nothing: every mark matched a finding.</p>
          ) : (
            <ul class="cd-marks">
              {result.extra.map((mark) => (
                <li key={`${mark.start}-${mark.end}`} data-extra="">
                  “{mark.exact}” <span class="cd-muted">— worth a second look, or a catch of your own</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {result === null && (
        <>
          <h3>Your marks ({marks.length})</h3>
          <ul class="cd-marks">
            {marks.map((mark, index) => (
              <li key={`${mark.start}-${mark.end}`} data-mark="">
                “{mark.exact}”{' '}
                <button type="button" data-action="remove-mark" aria-label={`Remove the mark on “${mark.exact}”`} onClick={() => props.onRemoveMark(index)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const wordCount = (n: number): string => n.toLocaleString('en-US');

/** An article longer than Copydesk checks: only its first part was read, and the reader must know. */
function PartialNotice({ partial }: { partial: PartialCheck }) {
  return (
    <p class="cd-partial" data-partial="">
      Checked the first {wordCount(partial.checkedWords)} words of {wordCount(partial.totalWords)}: the rest of this article is too long to check.
    </p>
  );
}

/** Checks the engine's time budget for this page left out: an empty list for them means nothing. */
function CutShortNotice({ ruleIds }: { ruleIds: RuleId[] }) {
  const names = ruleIds.map((ruleId) => RULE_METAS[ruleId].plural.toLowerCase()).join(', ');
  return (
    <p class="cd-partial" data-cut-short={ruleIds.join(' ')}>
      This page took too long to check, so Copydesk stopped before these checks ran: {names}.
    </p>
  );
}

/** Why most checks did not run: the page is not in a language Copydesk supports yet. */
function LanguageNotice({ language }: { language: LanguageGuess }) {
  return (
    <p class="cd-language" data-language-unsupported={language.lang}>
      This page is in {language.name}, which Copydesk does not support yet: its checks of spelling, grammar and names are written for English and did not run
      here.
    </p>
  );
}

export function Sidebar(props: SidebarProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const { selectedKey, practice } = props;
  const hidden = practice !== null && practice.result === null;

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
        aria-label={hidden ? 'Open Copydesk (practice)' : `Open Copydesk: ${props.total} findings`}
        onClick={() => props.onCollapse(false)}
      >
        <span aria-hidden="true">✎</span> {hidden ? '?' : props.total}
      </button>
    );
  }

  const onListKey = (event: KeyboardEvent) => {
    // Keys on an item's own buttons (Enter on "Dismiss") belong to the button.
    if (event.target instanceof Element && event.target.closest('button')) return;
    const move = LIST_KEYS[event.key];
    if (move) props.onMove(move);
    else if (event.key === 'Enter' && selectedKey !== null) props.onSelect(selectedKey, true);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedKey !== null) props.onDismiss(selectedKey);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const outcomes = new Map<string, PracticeOutcome>();
  for (const { finding } of practice?.result?.caught ?? []) outcomes.set(finding.key, 'caught');
  for (const finding of practice?.result?.missed ?? []) outcomes.set(finding.key, 'missed');
  const { language } = props.page;
  // A rate or "nothing to flag" would claim a check that did not happen on a language we do not support.
  const quality = language.supported ? qualitySummary(props.total, props.page.words) : null;

  return (
    <aside role="complementary" aria-label="Copydesk" class="cd-panel">
      <header class="cd-header">
        <h2>Copydesk {!hidden && <span class="cd-total">{props.total}</span>}</h2>
        <div class="cd-header-actions">
          <button
            type="button"
            data-action="practice"
            aria-pressed={practice !== null ? 'true' : 'false'}
            title="Practice: find the errors yourself, then compare with Copydesk"
            onClick={() => props.onPractice(practice === null)}
          >
            {practice === null ? 'Practice' : 'End practice'}
          </button>
          <button type="button" data-action="collapse" aria-label="Collapse the Copydesk sidebar" onClick={() => props.onCollapse(true)}>
            ⇥
          </button>
        </div>
      </header>
      {!language.supported && <LanguageNotice language={language} />}
      {props.page.partial && <PartialNotice partial={props.page.partial} />}
      {props.page.cutShort && <CutShortNotice ruleIds={props.page.cutShort} />}
      {!hidden && (
        <>
          {quality && (
            <p class="cd-quality" data-quality="">
              {quality}
            </p>
          )}
          <ul class="cd-counts" aria-label="Findings per rule">
            {props.groups.map((group) => (
              <li key={group.ruleId}>
                <Swatch ruleId={group.ruleId} /> {RULE_METAS[group.ruleId].plural} <strong data-count-rule={group.ruleId}>{group.findings.length}</strong>
              </li>
            ))}
          </ul>
          <ReportTools groups={props.groups} page={props.page} ruleIds={props.ruleIds} onNotice={props.onNotice} />
        </>
      )}
      <p class="cd-status" role="status" aria-live="polite">
        {props.status.message}
        {props.status.canUndo && (
          <button type="button" data-action="undo" onClick={props.onUndo}>
            Undo
          </button>
        )}
      </p>
      {practice && <PracticePanel practice={practice} onMarkSelection={props.onMarkSelection} onRemoveMark={props.onRemoveMark} onReveal={props.onReveal} />}
      {!hidden && (
        <div
          ref={listRef}
          class="cd-list"
          role="listbox"
          tabIndex={0}
          aria-label="Findings"
          aria-activedescendant={selectedKey === null ? undefined : itemId(selectedKey)}
          onKeyDown={onListKey}
        >
          {limitGroups(props.groups, props.listLimit)
            .filter((group) => group.findings.length > 0)
            .map((group) => (
              <div role="group" key={group.ruleId} aria-labelledby={`cd-group-${group.ruleId}`} class="cd-group">
                <h3 id={`cd-group-${group.ruleId}`}>
                  <Swatch ruleId={group.ruleId} /> {RULE_METAS[group.ruleId].plural}
                </h3>
                <ul role="presentation">
                  {group.findings.map((finding) => (
                    <FindingItem
                      key={finding.key}
                      finding={finding}
                      selected={finding.key === selectedKey}
                      outcome={outcomes.get(finding.key) ?? null}
                      onSelect={props.onSelect}
                      onDismiss={props.onDismiss}
                      onAddWord={props.onAddWord}
                      onShowRelated={props.onShowRelated}
                    />
                  ))}
                </ul>
              </div>
            ))}
          {props.total === 0 && language.supported && <p class="cd-empty">Nothing to flag on this page.</p>}
        </div>
      )}
    </aside>
  );
}
