// vitest global setup: the CLI tests run the bundle, build/cli.mjs, so each run first bundles the
// source it is testing (a fraction of a second) rather than trusting whatever build/ holds.
import { buildNode } from '../../scripts/build.mjs';

export default async function bundleCli(): Promise<void> {
  await buildNode();
}
