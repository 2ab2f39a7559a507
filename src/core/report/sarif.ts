import type { CheckInfo } from '../engine/types';
import type { FindingRecord } from './positions';

const LEVEL: Record<FindingRecord['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A SARIF 2.1.0 log of one run: every check as a rule, every record as a result with its region and fixes. */
export function formatSarif(records: readonly FindingRecord[], checks: readonly CheckInfo[], version: string): string {
  const results = new SarifResults(checks);
  return (
    JSON.stringify(
      sarifLog(
        checks,
        version,
        records.map((r) => results.of(r)),
      ),
      null,
      2,
    ) + '\n'
  );
}

/**
 * The log of `formatSarif` around its results, for a report written result by result: `before` ends with
 * `"results": ` (then `[`, or `[]` when there are none), `after` follows the array's `]`; `indent` is the array's.
 */
export function sarifFrame(checks: readonly CheckInfo[], version: string): { before: string; after: string; indent: string } {
  const whole = JSON.stringify(sarifLog(checks, version, []), null, 2) + '\n';
  const at = whole.lastIndexOf('"results": []');
  const indent = whole.slice(whole.lastIndexOf('\n', at) + 1, at);
  return { before: whole.slice(0, at + '"results": '.length), after: whole.slice(at + '"results": []'.length), indent };
}

/** SARIF results of records, each file's URI encoded once. */
export class SarifResults {
  private readonly ruleIndex: Map<string, number>;
  private readonly uris = new Map<string, string>();

  constructor(checks: readonly CheckInfo[]) {
    this.ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  }

  /** The SARIF result of one record. */
  of(r: FindingRecord): object {
    let uri = this.uris.get(r.file);
    if (uri === undefined) this.uris.set(r.file, (uri = artifactUri(r.file)));
    const region = { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
    const artifactLocation = { uri };
    const ruleIndex = this.ruleIndex.get(r.code);
    return {
      ruleId: r.code,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: LEVEL[r.severity],
      message: { text: r.message },
      locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: r.text } } } }],
      ...(r.suggestions.length
        ? {
            fixes: r.suggestions.map((s) => ({
              description: { text: s === '' ? 'Delete' : `Replace with "${s}"` },
              artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: s } }] }],
            })),
          }
        : {}),
    };
  }
}

// The log object; `results` is the last key of the run, so that `sarifFrame` can cut the text around it.
function sarifLog(checks: readonly CheckInfo[], version: string, results: readonly object[]): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'interlinear',
            version,
            rules: checks.map((c) => ({
              id: c.id,
              shortDescription: { text: c.description },
              help: { text: `${c.description} See docs/checks/${c.id}.md.` },
              defaultConfiguration: { level: c.defaultLevel === 'info' || c.defaultLevel === 'hint' ? 'note' : c.defaultLevel },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/**
 * A file path as an RFC 3986 URI reference: a relative path percent-encoded segment by segment (so `#`, `?`,
 * `%`, spaces and a `:` that would read as a scheme stay in the path), an absolute one as a `file:` URI
 * (`/a b` → `file:///a%20b`, `C:\\x` → `file:///C:/x`). Written out rather than with Node's `url`: the core is editor-free.
 */
export function artifactUri(file: string): string {
  const slashed = file.split('\\').join('/');
  const drive = /^[A-Za-z]:\//.exec(slashed);
  if (drive) return `file:///${drive[0]}${encodePath(slashed.slice(3))}`;
  if (slashed.startsWith('//')) return `file:${encodePath(slashed)}`; // a UNC path: //host/share/…
  if (slashed.startsWith('/')) return `file://${encodePath(slashed)}`;
  return encodePath(slashed);
}

// Percent-encodes every byte of each segment's UTF-8 but RFC 3986's unreserved characters; keeps the slashes.
function encodePath(path: string): string {
  const encoder = new TextEncoder();
  return path
    .split('/')
    .map((segment) =>
      Array.from(encoder.encode(segment), (b) =>
        /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
      ).join(''),
    )
    .join('/');
}
