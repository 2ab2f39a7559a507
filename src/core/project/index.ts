// The project around the documents: its files, the sidecar paths, and the loaders the CLI and the editor share.
export * from './fileSystem';
export * from './sidecars';
export * from './fileNames';
export * from './loaded';
export * from './glossaryFile';
export * from './baselineFile';
export * from './speakersFile';
export * from './memoryFileSystem';
