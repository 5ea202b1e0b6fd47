import * as migration_20261125_064706_initial from './20261125_064706_initial'
import * as migration_20261202_061459_sync_retry_state from './20261202_061459_sync_retry_state'

export const migrations = [
  {
    up: migration_20261125_064706_initial.up,
    down: migration_20261125_064706_initial.down,
    name: '20261125_064706_initial',
  },
  {
    up: migration_20261202_061459_sync_retry_state.up,
    down: migration_20261202_061459_sync_retry_state.down,
    name: '20261202_061459_sync_retry_state',
  },
]
