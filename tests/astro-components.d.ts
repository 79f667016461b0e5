/**
 * `.astro` files for `tsc`: unit tests render components with Astro's container API, and tsc
 * (unlike `astro check`, whose language server reads .astro files) cannot resolve them
 * otherwise. Their props are checked by `astro check`, which covers every .astro file.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const Component: AstroComponentFactory;
  export default Component;
}
