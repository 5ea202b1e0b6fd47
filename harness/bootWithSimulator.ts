// bootWithSimulator is bootSpace's `simulator` option (harness/bootSpace.ts, the one in-process
// boot); this module keeps the names where scripts/bench imports them.
export {
  bootWithSimulator,
  drainSyncQueue,
  WEBHOOK_SECRET,
  type SimulatorBootOptions,
  type SpaceWithSimulator,
} from './bootSpace'
