/**
 * A project file as loaded: its value and what was wrong inside it (`loaded`), or an empty value and why
 * the file itself could not be read (`missing`, `unreadable`). Every message starts with the file's label.
 */
export type Loaded<T> =
  | { readonly status: 'loaded'; readonly value: T; readonly problems: readonly string[] }
  | { readonly status: 'missing' | 'unreadable'; readonly value: T; readonly message: string };
