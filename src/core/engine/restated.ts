// One defect, one finding: what a translation's own checks say that a bilingual check says better, with the
// original in view. A sentence `untranslated` reports is the one `wrong-language` sees without the original.
const RESTATED_BY: Readonly<Record<string, string>> = { 'wrong-language': 'untranslated' };

/** The bilingual check whose finding on the same span says again, with the original, what check `own` says; if any. */
export function restatingCheck(own: string): string | undefined {
  return RESTATED_BY[own];
}
