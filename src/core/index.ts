// The editor-free core: the CLI and the extension import only from here.
export * from './text/offsets';
export * from './document/model';
export * from './language/language';
export * from './document/linePatterns';
export * from './document/speakers';
export * from './document/parse';
export * from './document/sentences';
export * from './document/outline';
export * from './text/decode';
export * from './terms/glossary';
export * from './engine';
export * from './checks';
export * from './text/similarity';
export * from './report';
export * from './document/blocks';
export * from './anchors';
export * from './project';
export { NodeFileSystem } from './project/nodeFileSystem';
