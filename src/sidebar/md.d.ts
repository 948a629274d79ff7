// esbuild's `text` loader turns an imported .md file (a rule README) into its source string.
declare module '*.md' {
  const markdown: string;
  export default markdown;
}
