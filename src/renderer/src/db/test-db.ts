// A fresh database on fake-indexeddb for each test.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb } from './schema';

let counter = 0;

export function createTestDb() {
  counter += 1;
  return createDb({ name: `steadyweek-test-${counter}`, indexedDB: new IDBFactory(), IDBKeyRange });
}
