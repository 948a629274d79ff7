// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isEditable, pageShortcut } from './shortcuts.ts';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('pageShortcut', () => {
  it.each([
    ['KeyN', 'next'],
    ['KeyP', 'previous'],
    ['KeyS', 'toggle-sidebar'],
  ] as const)('Alt+Shift+%s → %s', (code, expected) => {
    expect(pageShortcut(key(code, { altKey: true, shiftKey: true }))).toBe(expected);
  });

  it('ignores other keys and other modifier sets', () => {
    expect(pageShortcut(key('KeyX', { altKey: true, shiftKey: true }))).toBeNull();
    expect(pageShortcut(key('KeyN', { altKey: true }))).toBeNull();
    expect(pageShortcut(key('KeyN', { altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(pageShortcut(key('KeyN'))).toBeNull();
  });
});

describe('isEditable', () => {
  it('is true inside fields and editable regions, false in article text', () => {
    document.body.innerHTML = '<p id="text">x</p><input id="field"><textarea id="area"></textarea><div contenteditable="true"><span id="inside">y</span></div>';
    const byId = (id: string) => document.getElementById(id);
    expect(isEditable(byId('text'))).toBe(false);
    expect(isEditable(byId('field'))).toBe(true);
    expect(isEditable(byId('area'))).toBe(true);
    expect(isEditable(byId('inside'))).toBe(true);
    expect(isEditable(null)).toBe(false);
  });
});
