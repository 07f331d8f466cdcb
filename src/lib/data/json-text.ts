/**
 * Reading a data file's text as JSON, with problems a person can act on: where a syntax error
 * is (line, column and the field it is in), a key given twice in one object (JSON.parse keeps the
 * last silently), and nesting deeper than any data file needs. The scan is iterative, so hostile
 * nesting cannot overflow the stack.
 */
import { formatPath } from './data-error.ts';

/** Deeper than any data file nests (a project's geometry is about 8 levels). */
export const MAX_DEPTH = 32;

export type JsonText =
  { data: unknown; problem: null } | { data: null; problem: { path: string; message: string } };

interface Frame {
  object: boolean;
  /** The key being read (objects) or the index (arrays): where a problem inside is. */
  at: string | number | null;
  keys: Set<string> | null;
}

/** "line 3, column 7" for an offset into `text`. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return `line ${line}, column ${offset - start + 1}`;
}

function describe(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text.codePointAt(i)!;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `control character U+${c.toString(16).padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(c));
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SPACE = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex
const STRING = /"[^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\u0000-\u001f]*)*"/y;

/** The first problem in `text` as JSON, or null when it is well-formed with unique keys. */
export function jsonProblem(text: string, maxDepth = MAX_DEPTH): { path: string; message: string } | null {
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  const path = () => formatPath(stack.flatMap((f) => (f.at === null ? [] : [f.at])));
  /** Well-formed JSON the atlas does not accept; `fail` is for a syntax error. */
  const refuse = (message: string, at = i) => ({
    path: path(),
    message: `${message} (${lineColumn(text, at)})`,
  });
  const fail = (message: string, at = i) => refuse(`not valid JSON: ${message}`, at);
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
  };
  /** Reads a string at `i` (which is a quote); returns its value, or a problem. */
  const string = (asKey = false): string | { problem: { path: string; message: string } } => {
    STRING.lastIndex = i;
    if (STRING.test(text)) {
      const start = i;
      i = STRING.lastIndex;
      if (!asKey) return '';
      const raw = text.slice(start, i);
      return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    }
    // Not a well-formed string: find what is wrong with it.
    const start = i++;
    let escaped = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        const raw = text.slice(start, i);
        return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      }
      if (c < 0x20)
        return { problem: fail(`${describe(text, i)} inside a string; write it as an escape such as \\n`) };
      if (c === 92) {
        escaped = true;
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return { problem: fail('\\u must be followed by four hex digits') };
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else
          return {
            problem: fail(
              `${e === undefined ? 'the end of the file' : JSON.stringify(e)} cannot follow \\ in a string`,
            ),
          };
      } else i++;
    }
    return { problem: fail('a string is not closed', start) };
  };
  /** Reads a key and its colon, so that a value follows; until then a problem is placed after the previous key. */
  const key = (frame: Frame): { path: string; message: string } | null => {
    if (i >= n) return fail('the file ends before the JSON does');
    if (text.charCodeAt(i) !== 34) return fail(`expected a key in double quotes, found ${describe(text, i)}`);
    const at = i;
    const name = string(true);
    if (typeof name !== 'string') return name.problem;
    frame.at = name;
    if (frame.keys!.has(name))
      return refuse('this key is given twice in one object; JSON keeps only the last', at);
    frame.keys!.add(name);
    space();
    if (text.charCodeAt(i) !== 58) return fail(`expected ":" after the key, found ${describe(text, i)}`);
    i++;
    return null;
  };

  space();
  if (i >= n) return { path: '', message: 'not valid JSON: the file is empty' };
  for (;;) {
    // A value.
    space();
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) return refuse(`nested more than ${maxDepth} levels deep`);
      const frame: Frame = { object: c === 123, at: null, keys: c === 123 ? new Set() : null };
      stack.push(frame);
      i++;
      space();
      if (text.charCodeAt(i) === (frame.object ? 125 : 93)) {
        i++;
        stack.pop();
      } else {
        if (frame.object) {
          const problem = key(frame);
          if (problem) return problem;
        } else frame.at = 0;
        continue;
      }
    } else if (c === 34) {
      const value = string();
      if (typeof value !== 'string') return value.problem;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail('not a valid number');
      i = NUMBER.lastIndex;
      const next = text.charCodeAt(i);
      if (next === 46 || next === 101 || next === 69 || (next >= 48 && next <= 57))
        return fail('not a valid number');
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else if (i >= n) return fail('the file ends before the JSON does');
    else return fail(`expected a value, found ${describe(text, i)}`);

    // After a value: the next one in its container, or the container's end.
    for (;;) {
      space();
      const frame = stack[stack.length - 1];
      if (!frame) return i < n ? fail(`unexpected ${describe(text, i)} after the end of the JSON`) : null;
      const d = text.charCodeAt(i);
      if (i >= n) return fail('the file ends before the JSON does');
      if (d === 44) {
        i++;
        space();
        if (frame.object) {
          const problem = key(frame);
          if (problem) return problem;
        } else (frame.at as number)++;
        break;
      }
      if (d === (frame.object ? 125 : 93)) {
        i++;
        stack.pop();
        continue;
      }
      return fail(`expected "," or "${frame.object ? '}' : ']'}", found ${describe(text, i)}`);
    }
  }
}

const KEY_OR_STRING = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;

/** How many keys a well-formed JSON text writes (a string followed by a colon is a key). */
function keysInText(text: string): number {
  let keys = 0;
  KEY_OR_STRING.lastIndex = 0;
  for (let match = KEY_OR_STRING.exec(text); match; match = KEY_OR_STRING.exec(text))
    if (match[1] !== undefined) keys++;
  return keys;
}

/** The keys a parsed value holds, and how deep its containers nest. */
function shape(value: unknown): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, level] = stack.pop()!;
    if (!item || typeof item !== 'object') continue;
    if (level > depth) depth = level;
    if (Array.isArray(item)) for (const child of item) stack.push([child, level + 1]);
    else
      for (const key in item) {
        keys++;
        stack.push([(item as Record<string, unknown>)[key], level + 1]);
      }
  }
  return { keys, depth };
}

/**
 * Parses `text`, or names its first problem. JSON.parse does the work; the slower scan runs only
 * to say where a problem is, when the parse fails, a key is lost to a duplicate or nesting is too deep.
 */
export function readJsonText(text: string): JsonText {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { data: null, problem: jsonProblem(text) ?? { path: '', message: 'not valid JSON' } };
  }
  const { keys, depth } = shape(data);
  if (depth > MAX_DEPTH || keys !== keysInText(text)) {
    const problem = jsonProblem(text);
    if (problem) return { data: null, problem };
  }
  return { data, problem: null };
}
