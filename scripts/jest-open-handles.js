// Jest's globalTeardown: when every suite has finished, give the process 15 s to exit on its own.
// A server, pool, child or timer a test left open would otherwise keep jest alive until CI's own
// time limit (90 minutes of nothing); instead, name what is still open and fail the run.
module.exports = async () => {
  const grace = setTimeout(() => {
    const open = process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap');
    console.error(`jest: tests left handles open 15 s after the run ended: ${open.join(', ')}`);
    console.error('run the suspect files alone with --detectOpenHandles to find which one');
    process.exit(1);
  }, 15_000);
  grace.unref();
};
