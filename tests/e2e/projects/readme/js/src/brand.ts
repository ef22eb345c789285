// e2e: not linted — no typescript-eslint in this project, so TypeScript files are left alone (no parse error).
export type Email = string & { readonly brand: unique symbol };
