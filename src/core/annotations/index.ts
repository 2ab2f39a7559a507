// Review notes on a document: the sidecar model (W3C Web Annotations), changes to it, re-anchoring, merges, reports.
export * from './model';
export * from './sidecar';
export * from './edit';
export * from './reanchor';
export * from './merge';
export * from './summary';
export * from './records';
export * from './report';
export * from './footnotes';
export * from './annotationsFile';
export * from './categoryOfCheck';
