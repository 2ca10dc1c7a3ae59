/**
 * opencc-js ships its dictionaries (`opencc-js/dict/TSCharacters` …) as plain ES modules without
 * types: each default-exports the dictionary as one `"from to|from to|…"` string.
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
