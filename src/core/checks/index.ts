// The artifact checks: one module per check (a folder when it has helpers of its own), registered in one list.
export * from './registry';
