#!/usr/bin/env node
// `npm run new-rule -- <id>`: writes the skeleton of a rule (src/rules/<id>/ with the rule, its
// light meta, a table test and a README with the shared headings) and registers it, sorted, in
// src/rules/metas.ts and src/rules/index.ts, so a new rule starts out keeping every convention
// tests/unit/rules.test.ts checks. `--root <dir>` writes into another copy of the repository.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

import { repoRoot } from './paths.mjs';
const KEBAB_CASE = /^[a-z]+(?:-[a-z]+)*$/;

const camelCase = (id) => id.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const sentenceCase = (id) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

function skeleton(id) {
  const label = sentenceCase(id);
  return {
    [`${id}.ts`]: `import type { Rule } from '../../core/types.ts';
import meta from './meta.ts';

const rule: Rule = {
  meta: {
    ...meta,
    languages: ['en'],
    description: 'TODO: one line saying what the rule flags.',
    messages: {
      todo: 'TODO: what is wrong with “{text}”, then what to do.',
    },
  },
  check() {
    // Flags nothing yet: find what the rule is about in ctx.parse and hand each to ctx.flag().
  },
};

export default rule;
`,
    'meta.ts': `import type { RuleLook } from '../../core/types.ts';

/** How the rule's findings are named and drawn: light, for the pages that show them (src/rules/metas.ts). */
export default {
  id: '${id}',
  label: '${label}',
  plural: '${label}s',
  // TODO: a colour and line shape no other rule draws with (see the other rules' meta.ts).
  style: { color: '#868e96', line: 'solid' },
} as const satisfies RuleLook;
`,
    [`${id}.test.ts`]: `import { testRule } from '../../../tests/helpers/rule-tester.ts';
import rule from './${id}.ts';

// TODO: the texts the rule must flag go in \`invalid\`, with what it flags in each.
testRule(rule, {
  valid: ['The council met on Tuesday and approved the plan.'],
  invalid: [],
});
`,
    'README.md': `# ${id}

TODO: one paragraph on what the rule is for.

## What it flags

TODO.

## Why

TODO.

## Examples flagged

TODO: bullets of full sentences in code spans that the rule flags; tests/unit/rules.test.ts runs them.

## Examples not flagged

- \`The council met on Tuesday and approved the plan.\`

## Options

None.

## Known limits

TODO.
`,
  };
}

/**
 * Adds `import <name> from './<id>/<module>';` and `<name>` to the array after `arrayStart`, both
 * sorted by id: the order tests/unit/rules.test.ts checks. `moduleOf` names a rule's module in
 * this registry (its meta.ts, or the rule's own file).
 */
function register(source, id, moduleOf, arrayStart) {
  const importLine = (ruleId) => `import ${camelCase(ruleId)} from './${ruleId}/${moduleOf(ruleId)}';`;
  const ids = [...source.matchAll(/^import \w+ from '\.\/([a-z-]+)\/([^']+)';$/gm)].filter((m) => m[2] === moduleOf(m[1])).map((m) => m[1]);
  if (ids.length === 0) throw new Error(`no imports of ./<id>/${moduleOf('<id>')} to register beside`);
  const sorted = [...ids, id].sort();
  const lines = source.split('\n');
  const first = lines.indexOf(importLine(ids[0]));
  const last = lines.indexOf(importLine(ids[ids.length - 1]));
  lines.splice(first, last - first + 1, ...sorted.map(importLine));
  const withImport = lines.join('\n');
  const start = withImport.indexOf(arrayStart);
  if (start < 0) throw new Error(`"${arrayStart}" not found`);
  // Prettier prints the array on one line or one name a line; it is reprinted after this.
  const open = withImport.indexOf('[', start + arrayStart.length);
  const close = withImport.indexOf(']', open);
  return `${withImport.slice(0, open + 1)}${sorted.map(camelCase).join(', ')}${withImport.slice(close)}`;
}

async function formatted(file, text) {
  const options = await prettier.resolveConfig(path.join(repoRoot, 'package.json'));
  return prettier.format(text, { ...options, filepath: file });
}

async function newRule(id, root = repoRoot) {
  if (!KEBAB_CASE.test(id ?? '')) throw new Error(`"${id}" is not a rule id: kebab-case letters, like "repeated-word"`);
  const rulesDir = path.join(root, 'src/rules');
  const dir = path.join(rulesDir, id);
  if (fs.existsSync(dir)) throw new Error(`src/rules/${id} exists already`);
  const registries = [
    { file: path.join(rulesDir, 'metas.ts'), moduleOf: () => 'meta.ts', arrayStart: 'const metas =' },
    { file: path.join(rulesDir, 'index.ts'), moduleOf: (ruleId) => `${ruleId}.ts`, arrayStart: 'export const rules: readonly Rule[] =' },
  ];
  // Both read before anything is written: a registry out of shape leaves the tree as it was.
  const updated = [];
  for (const { file, moduleOf, arrayStart } of registries) {
    updated.push({ file, text: await formatted(file, register(fs.readFileSync(file, 'utf8'), id, moduleOf, arrayStart)) });
  }
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(skeleton(id))) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await formatted(file, text));
  }
  for (const { file, text } of updated) fs.writeFileSync(file, text);
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? path.resolve(args[rootAt + 1] ?? '') : repoRoot;
  const [id] = args.filter((_, i) => rootAt < 0 || (i !== rootAt && i !== rootAt + 1));
  try {
    const dir = await newRule(id, root);
    console.log(`new rule: ${path.relative(root, dir)}/ written and registered in src/rules/metas.ts and src/rules/index.ts`);
  } catch (error) {
    console.error(`new-rule: ${error.message}`);
    process.exitCode = 1;
  }
}
