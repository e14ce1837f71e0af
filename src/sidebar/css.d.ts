/** esbuild bundles imported CSS into the page's <style>; the import itself has no value. */
declare module '*.css';
