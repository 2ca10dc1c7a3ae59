/**
 * `import css from './subsidy.css?raw'`: Vite gives the file's text. Declared here because the
 * project's types (astro/client) declare `*.css` but not Vite's `?raw` suffix.
 */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
