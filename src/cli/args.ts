/** A failure that ends the run with exit code 2 and a message on stderr, before anything is written. */
// Marked rather than told apart by class: `align` is a bundle of its own (dist/cliAlign.js) with its own copy
// of this class, and its usage errors must still exit 2 with a message, not 3 as internal errors.
const USAGE_ERROR = Symbol.for('interlinear.usageError');

/** A mistake on the command line: exit 2 with the message, never a stack. */
export class UsageError extends Error {
  readonly [USAGE_ERROR] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && USAGE_ERROR in value;
  }
}

/** Parsed command line: positional arguments and `--name value` options. */
export interface Args {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/**
 * Splits argv into positionals and options; `valued` names the options that take a value
 * (`--format json` or `--format=json`), `flags` those that do not. Anything else is a usage error.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[] = []): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name) && inline === undefined) options.set(name, true);
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      // `--glossary --format json`: an option where a value belongs means the value was left out.
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { positional, options };
}

/** The value of `--format`, checked against the formats a command offers (the first is the default). */
export function formatOption(args: Args, allowed: readonly string[]): string {
  const format = args.options.get('format');
  if (format === undefined) return allowed[0];
  if (typeof format !== 'string' || !allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
  return format;
}
