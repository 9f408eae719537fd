export { InMemoryKeyring, SubjectErased, type KeyState, type Keyring } from './keyring';
export { PostgresKeyring, personalDataMigrations } from './postgres-keyring';
export { PersonalDataStore, storedForm, type PersonalDataPolicy, type SealedEvent } from './protected-store';
export { isSealed, type SealedValue } from './seal';
export { MASTER_KEY_VARIABLE, loadMasterKey } from './master-key';
