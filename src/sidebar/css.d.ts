// esbuild's `text` loader turns an imported .css file into its source string.
declare module '*.css' {
  const css: string;
  export default css;
}
