/**
 * `JSON.stringify(value, null, 2)` for plain data (objects, arrays, strings, numbers, booleans, null), with every
 * line after the first indented by `indent` more: the form a value takes inside an indented array or object.
 * Written directly because stringifying each finding and re-indenting it with a regex, then joining the pieces,
 * cost seconds and hundreds of MB on a report of 100,000 findings.
 */
export function indentedJson(value: unknown, indent = ''): string {
  return write(value, indent) ?? 'null';
}

// What JSON.stringify writes for `value` at this indent; undefined where it leaves the value out (a function,
// undefined), so that an object skips the key and an array writes null, as JSON.stringify does.
function write(value: unknown, indent: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return 'null';
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let s = '[';
    for (let i = 0; i < value.length; i++) s += (i ? ',\n' : '\n') + inner + (write(value[i], inner) ?? 'null');
    return s + '\n' + indent + ']';
  }
  let s = '';
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = write(record[key], inner);
    if (v !== undefined) s += (s ? ',\n' : '\n') + inner + JSON.stringify(key) + ': ' + v;
  }
  return s ? '{' + s + '\n' + indent + '}' : '{}';
}
