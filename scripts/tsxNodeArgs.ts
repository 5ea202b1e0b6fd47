// How every TypeScript entry of the product is started with Node (package.json's scripts use
// the same flags; keep them in step).
//
// `--conditions=production`: Lexical's packages (Payload's rich-text editor) resolve, under
// Node's default "node" condition, to `*.node.mjs` files that pick their dev or prod build with
// a top-level `await import()`. Ninety-odd such modules in one graph deadlock Node 20's module
// loader now and then on a busy machine: the process hangs, or exits with code 13 ("unsettled
// top-level await") before running anything. The "production" condition resolves them straight
// to their prod builds, with no top-level await. No other dependency has that condition.
export const TSX_NODE_ARGS = ['--conditions=production', '--import', 'tsx'] as const
