// Two foldings of a person's name, side by side because they differ on purpose. Both drop case, compatibility
// forms (full-width letters) and the joiners between parts (spaces, middle dots, dots, hyphens, underscores,
// apostrophes). `speakerKey` keeps accents and other combining marks: it groups turn labels into speakers, and
// "José" and "Jose" written as labels are two spellings for the speaker-variant check to weigh, not one label.
// `spellingKey` drops them: it answers "is this the same spelling, give or take accents?" when a check compares
// a name with the one it expects, where flagging "Jose" against "José" would be noise.

const JOINERS = /[\s·・•‧.\-‐‑_'’]+/gu;
const MARKS = /\p{M}+/gu;
// ASCII has no compatibility forms nor marks to fold, and these joiners only: a name of ASCII (the usual kind)
// is folded in two passes, not four.
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_JOINERS = /[\s.\-_']+/g;

/** A speaker label folded to group turns by speaker: compatibility forms, case and joiners (accents kept). */
export function speakerKey(name: string): string {
  if (ASCII.test(name)) return name.toLowerCase().replace(ASCII_JOINERS, '');
  return name.normalize('NFKC').toLowerCase().replace(JOINERS, '');
}

/** A name folded for spelling comparison: compatibility forms, case, joiners and combining marks (accents) removed. */
export function spellingKey(name: string): string {
  if (ASCII.test(name)) return name.replace(ASCII_JOINERS, '').toLowerCase();
  return name.normalize('NFKD').replace(MARKS, '').replace(JOINERS, '').toLowerCase();
}

/** Whether two names are the same text once case, width, accents and joiners are folded (see `spellingKey`). */
export function sameSpelling(a: string, b: string): boolean {
  return spellingKey(a) === spellingKey(b);
}
