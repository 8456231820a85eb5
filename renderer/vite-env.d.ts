/** Lets TypeScript accept the CSS side-effect imports and `import.meta.glob` that Vite bundles. */
/// <reference types="vite/client" />
declare module '*.css';
