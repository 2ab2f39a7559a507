// The editor-free core: the CLI and the extension import only from here.
export * from './text';
export * from './model';
export * from './language';
export * from './linePatterns';
export * from './speakers';
export * from './parse';
export * from './sentences';
export * from './outline';
export * from './decode';
export * from './glossary';
export * from './checks';
export * from './similarity';
export * from './report';
export * from './blocks';
