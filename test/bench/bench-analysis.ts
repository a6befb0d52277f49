/** The hand-written part of docs/benchmarks.md: what limits each figure and what was tried. */
export const ANALYSIS = `
## What limits each figure

(to be written)
`;
