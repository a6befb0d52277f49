/**
 * The hand-written part of docs/benchmarks.md: what limits each figure and what was tried. The
 * numbers quoted here were measured separately on the same machine (see "What was tried"); the
 * figures of the run itself are in the tables above it.
 */
export const ANALYSIS = `
## What limits each figure

The machine is small and slow for this work: two shared vCPUs on which the Node.js client,
PostgreSQL and everything else running compete. A bare \`SELECT 1\` round trip costs about 100 µs
here, and a commit waits roughly 250-350 µs for the WAL flush (fdatasync). The absolute targets
(90,000 and 400,000 events/s) are beyond what even the plain-INSERT ceiling reaches on it, which is
why every figure is also given as a ratio to the ceiling measured in the same run.

**Sequential appends (target ≥ 0.9x ceiling, ≥ 1.5x Emmett).** One append is one round trip and
one commit, like the ceiling's INSERT, so both pay the same WAL flush; the difference is CPU. See
the CPU table: per event our server side spends roughly 100 µs more than the bare INSERT and the
client roughly 30-40 µs more. Measured inside the server without network (PL/pgSQL loops, see
below) the extra server time is, per append: the row itself (three more indexes — two of them on
random UUIDs, \`event_id\` for idempotency and the partial \`child_id\` index, about 3 µs and 7 µs —
and two jsonb values instead of one) about 20 µs, and the call of \`stafett_append\` with five
array parameters (PL/pgSQL expands each array on entry), the advisory lock and the
\`max(stream_version)\` lookup under it another 40-60 µs; on top comes parsing five array
parameters at Bind. The client side pays for building the five arrays and reading the result row.
Because these costs are per append and the WAL flush is shared, the ratio to the ceiling is worse
when the machine is busy (CPU is scarce) and better when the disk is slow. Emmett needs three round
trips per append (BEGIN, its function, COMMIT) and updates a streams row as well: it uses about
1.5-2x our CPU per event, and our ratio to it sits around 1.5-2x — in some runs just under 1.5x.

**10 writers (target ≥ 0.9x ceiling).** With ten connections committing at once, PostgreSQL groups
their WAL flushes, so the flush stops mattering and both sides become CPU-bound on the two cores.
The ratio then is simply the ratio of CPU per append (client + server), about 0.55-0.7 — the same
per-append costs as above, with nothing left to hide them behind.

**100 appends of 100 events (target ≥ 90,000 events/s).** Per event the server spends about
twice the ceiling's time (22-28 µs against 11 µs): the same row and index work as above, now
without any per-call overhead to amortise, plus unnesting five arrays; the client spends about
10 µs per event serialising JSON and array literals. The ceiling itself (one 100-row
\`INSERT … SELECT unnest($1::jsonb[])\` into a table with a single sequential key) stays around
25,000-45,000 events/s here, so 90,000 is out of reach of any design that writes these rows on this
machine; it would need a roughly three times faster CPU, or batches appended concurrently.

**Catch-up (target ≥ 400,000 events/s).** 400,000 events/s means 2.5 µs per event end to end. The
server alone spends about 4 µs per event, 3.2 µs of it converting the two jsonb columns to text
(\`jsonb_out\`), and the client another 4-5 µs turning rows into \`RecordedEvent\`s (UTF-8 decoding,
\`JSON.parse\` of data and metadata, three BigInts, a Date, and the garbage collector). The ceiling,
which reads only an id and one jsonb, reaches about 1.25-1.6x our rate, not 400,000 either. Emmett's
reader is slow for a different reason: \`emt_messages\` has no index on (transaction_id,
global_position), so every batch is a sequential scan and sort of the rest of the table — its rate
falls as the table grows. It also continues from the last global position while ordering by
transaction id, so under concurrent writers a batch boundary can skip or repeat events (in runs of
this bench it read 1-4 events fewer than it had stored, once one more; see the completeness line
for this run); our \`readAll\` continues from the (transaction id, position) pair and reads every
event once.

## What was tried

- **Reads (kept).** \`readAll\` and \`readStream\` now fetch rows as arrays (\`rowMode: 'array'\`) with
  parsers fixed in the adapter (JSON for jsonb, text for everything else) instead of the
  process-wide \`pg.types\`, and \`recorded_at\` as whole epoch milliseconds instead of timestamp text
  (\`new Date(ms)\` instead of node-postgres's regular-expression date parser). Client CPU per event
  fell by about 20 % (11.5 → 9.2 µs in an A/B run on 80,000 events). The fixed parsers also keep the
  store's results the same when another library changes \`pg.types\` (Emmett's driver turns int8 into
  BigInt and parses JSON through a reviver, process-wide).
- **Catch-up batch size.** 500, 1,000, 5,000 and 20,000 events per \`readAll\`: 1,000 was fastest
  (larger batches keep more objects alive and cost more in garbage collection), so the bench reads
  1,000 at a time, the \`readAll\` default.
- **\`stafett_append\` rewritten, then reverted.** Lock taken as a PL/pgSQL expression (no executor
  start, unlike \`PERFORM\`), the stream version read inside the INSERT (one SQL statement per append
  instead of three), a single-event path without \`unnest\`, and the expected version checked after
  the insert (a mismatch raises and so undoes it). Server CPU per append did not change measurably
  (190 vs 195 µs per append with asynchronous commit, within 5 % in a server-side loop), so the
  original, simpler function stays.
- **Measured, not done (they change the design):** dropping the partial \`child_id\` index (about
  7 µs per event of 26 µs for the row in a server-side loop; the index serves access logging and
  erasure); scalar parameters for a single-event append or one jsonb array parameter for batches
  (the array parameters and their expansion are a large part of the call's cost, but a new
  signature needs a new migration registered in \`libs/platform\`); a SQL-language function
  (comparable on PostgreSQL 18, which caches SQL-function plans, but re-planned on every call on
  older servers); storing data as json instead of jsonb (would make catch-up output cheap, but
  queries use jsonb operators); parsing data lazily on first access (would flatter this benchmark
  without saving real consumers any work).
- **Bench method.** Contenders rotate their order every round; a \`CHECKPOINT\` precedes every
  measurement (PostgreSQL 18 initialises clusters with data checksums, so after a checkpoint even
  reads write full-page images; without it, whichever contender ran after the last checkpoint paid
  for the others); events are generated before the clock starts.
`;
