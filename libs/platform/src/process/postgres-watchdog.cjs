// Stops an embedded PostgreSQL when the process that started it dies without stopping it (SIGKILL,
// a crash, an out-of-memory kill): no PostgreSQL is ever left running without its owner. Started
// detached by libs/platform/src/database/embedded-instance.ts; plain Node.js, no dependencies, so
// that it runs from the sources and from the build alike.
// Arguments: <owner pid> <PostgreSQL data directory>
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ownerPid = Number(process.argv[2]);
const pidFile = path.join(process.argv[3], 'postmaster.pid');
const CHECK_EVERY_MS = 500;

function postmasterPid() {
  try {
    return Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// A signal to the owner's process group (Ctrl-C) is the owner's to handle: it stops the server itself.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => undefined);

const watched = postmasterPid();
setInterval(() => {
  if (watched === undefined || !alive(watched)) process.exit(0);
  if (alive(ownerPid)) return;
  // The owner is gone and its server still runs: fast shutdown (SIGINT), as the owner would have done.
  if (postmasterPid() === watched) {
    try {
      process.kill(watched, 'SIGINT');
    } catch {
      // already gone
    }
  }
  process.exit(0);
}, CHECK_EVERY_MS);
