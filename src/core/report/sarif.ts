import type { Check } from '../engine/types';
import type { FindingRecord } from './positions';

const LEVEL: Record<FindingRecord['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A SARIF 2.1.0 log of one run: every check as a rule, every record as a result with its region and fixes. */
export function formatSarif(records: readonly FindingRecord[], checks: readonly Check[], version: string): string {
  const ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  const log = {
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
        results: records.map((r) => {
          const region = { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
          const artifactLocation = { uri: r.file.split('\\').join('/') };
          return {
            ruleId: r.code,
            ...(ruleIndex.has(r.code) ? { ruleIndex: ruleIndex.get(r.code) } : {}),
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
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
