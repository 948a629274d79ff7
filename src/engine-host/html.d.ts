// esbuild's `text` loader (and the test runner's, vitest.config.ts) turns an imported .html file
// into its source string: the seed page the engine warms up on.
declare module '*.html' {
  const html: string;
  export default html;
}
