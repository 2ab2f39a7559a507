// Runs the checks of one large document off the extension host's thread (bundled as dist/checkWorker.js).
import { parentPort } from 'worker_threads';
import type { Baseline, Finding, Glossary, Level, SpeakerDecisions } from '../core/base';
import { loadChecks } from './loadChecks';

/** What the host sends: the text and everything that shapes its check. */
export interface CheckRequest {
  readonly text: string;
  readonly glossary: Glossary;
  readonly speakerDecisions: SpeakerDecisions;
  readonly baseline: Baseline | undefined;
  readonly levels: Record<string, Level>;
}

/** What the worker answers: the findings, or why it could not produce them. */
export type CheckResponse = { ok: true; findings: Finding[] } | { ok: false; error: string };

parentPort?.on('message', (request: CheckRequest) => {
  try {
    const findings = loadChecks().runChecks(request.text, {
      glossary: request.glossary,
      speakerDecisions: request.speakerDecisions,
      baseline: request.baseline,
      levels: request.levels,
    });
    parentPort!.postMessage({ ok: true, findings } satisfies CheckResponse);
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: String((error as Error)?.stack ?? error) } satisfies CheckResponse);
  }
});
