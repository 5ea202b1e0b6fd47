// How every TypeScript entry of the product is started with Node (package.json's scripts use
// the same flags; tests/unit/config/nodeArgs.test.ts keeps them in step).
//
// `--conditions=production`: Lexical's packages (Payload's rich-text editor) resolve, under
// Node's default "node" condition, to `*.node.mjs` files that pick their dev or prod build with
// a top-level `await import()`. Ninety-odd such modules in one graph deadlock Node 20's module
// loader now and then on a busy machine: the process hangs, or exits with code 13 ("unsettled
// top-level await") before running anything. The "production" condition resolves them straight
// to their prod builds, with no top-level await. No other dependency has that condition.
export const TSX_NODE_ARGS = ['--conditions=production', '--import', 'tsx'] as const

// `npm start` (the product, any ROLE) also bounds V8's heap. Without bounds V8 sizes its heap
// for the machine (about 4 GB here) and, under load, collects lazily: the process held about
// 150 MB of live objects but grew past 1.2 GB resident. An old generation of at most 320 MB
// and young semi-spaces of 8 MB bound it; with every admin and site page loaded the live heap
// is about 195 MB, well inside the cap (docs/OPERATIONS.md, "Memory"). `--optimize-for-size`
// makes V8 grow the heap in smaller steps and collect sooner: with 3,000 story pages rendered
// and served, the process peaked at 295 MB resident instead of 389 MB (the pages benchmark,
// docs/BENCHMARKS.md, measures what it costs in speed). Not for `npm run dev`: Next's compiler
// runs in that process and needs far more.
export const HEAP_NODE_ARGS = [
  '--max-old-space-size=320',
  '--max-semi-space-size=8',
  '--optimize-for-size',
] as const
export const START_NODE_ARGS = [...HEAP_NODE_ARGS, ...TSX_NODE_ARGS] as const
