import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintManifest, lintSource, lintTree } from '../../scripts/lint-safety.mjs';
import { repoRoot } from '../../scripts/paths.mjs';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('lintSource', () => {
  it.each([
    ['eval', 'const result = eval(code);'],
    ['eval behind a space', 'window.eval (code)'],
    ['new Function', 'const run = new Function("a", body);'],
    ['innerHTML =', 'element.innerHTML = finding.quote.exact;'],
    ['innerHTML +=', 'list.innerHTML += `<li>${item}</li>`;'],
    ['outerHTML =', 'node.outerHTML = html;'],
    ['insertAdjacentHTML', "host.insertAdjacentHTML('beforeend', markup);"],
    ['document.write', 'document.write(banner);'],
    ['document.writeln', 'document.writeln(banner);'],
    ['dangerouslySetInnerHTML', '<div dangerouslySetInnerHTML={{ __html: reason }} />'],
  ])('catches %s, naming file and line', (_name, code) => {
    expect(lintSource(`const ok = 1;\n${code}\n`, 'src/sample.ts')).toEqual([{ file: 'src/sample.ts', line: 2, message: expect.any(String) }]);
  });

  it.each([
    ['reading outerHTML', "return prolog + (document.documentElement?.outerHTML ?? '');"],
    ['comparing innerHTML', 'if (node.innerHTML === before) return;'],
    ['a line comment naming a pattern', '// never innerHTML = text here, nor eval(text)'],
    ['a block comment naming a pattern', '/* insertAdjacentHTML( would parse it */ const x = 1;'],
    ['a word that merely contains one', 'const medieval = retrieval(x);'],
    ['a URL in a string before code', "const u = 'https://example.com'; node.textContent = u;"],
  ])('allows %s', (_name, code) => {
    expect(lintSource(code, 'src/sample.ts')).toEqual([]);
  });

  it('still sees code after a block comment closes on a later line', () => {
    expect(lintSource('/* about\n the sidebar */ el.innerHTML = x;', 'src/sample.ts')).toHaveLength(1);
  });
});

describe('lintManifest', () => {
  const withCsp = (csp: string) => ({ ...manifest, content_security_policy: { extension_pages: csp } });

  it.each([
    ["'unsafe-eval'", "script-src 'self' 'unsafe-eval'; object-src 'none'"],
    ['a remote script source', "script-src 'self' https://cdn.example.com; object-src 'none'"],
    ['a wildcard', "script-src 'self'; object-src 'none'; connect-src *"],
    ['no object-src', "default-src 'self'; script-src 'self'"],
    ['no default-src', "script-src 'self'; object-src 'none'"],
  ])('refuses an extension-page CSP with %s', (_why, csp) => {
    expect(lintManifest(withCsp(csp))).not.toEqual([]);
  });

  it('refuses a missing CSP, an unexplained permission or web-accessible resource, and host permissions', () => {
    const { content_security_policy: _csp, ...noCsp } = manifest;
    expect(lintManifest(noCsp)).toHaveLength(1);
    expect(lintManifest({ ...manifest, permissions: ['storage', 'tabs'] })[0]?.message).toMatch(/"tabs"/);
    expect(
      lintManifest({ ...manifest, web_accessible_resources: [{ resources: ['sidebar.css'], matches: ['<all_urls>'], use_dynamic_url: true }] })[0]?.message,
    ).toMatch(/sidebar\.css/);
    expect(lintManifest({ ...manifest, web_accessible_resources: [{ resources: ['content-deferred.js'], matches: ['<all_urls>'] }] })[0]?.message).toMatch(
      /use_dynamic_url/,
    );
    expect(lintManifest({ ...manifest, host_permissions: ['<all_urls>'] })).toHaveLength(1);
  });
});

describe('the real tree', () => {
  it('passes: no eval, no HTML from strings in src, a strict manifest', () => {
    expect(lintTree(repoRoot)).toEqual([]);
  });
});
