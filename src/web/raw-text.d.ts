/** Vite's `?raw` import: the file's text as a string (the common-passwords list). */
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
