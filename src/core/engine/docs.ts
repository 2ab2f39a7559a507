/** The docs page of a check, relative to the extension or repository root. */
export function docsPath(id: string): string {
  return `docs/checks/${id}.md`;
}
