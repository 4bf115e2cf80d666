// Shell scripts are imported as their text (esbuild loader 'text'; the vitest
// config loads them the same way).
declare module '*.sh' {
  const text: string;
  export default text;
}
