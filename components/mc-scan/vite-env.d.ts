// Vite's `?raw` imports: the file's text as a string (vite/client declares this; the project's
// tsconfig does not load vite/client, so the one declaration needed is here).
declare module '*?raw' {
  const text: string;
  export default text;
}
