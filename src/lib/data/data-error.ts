import type { z } from 'zod';

/** One problem in one data file, named by file and field path so it can be fixed without a debugger. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
}

const MAX_PATH = 200;
const MAX_MESSAGE = 300;

/** Control characters, line and paragraph separators as `\u000a`, so a problem is always one line. */
export function oneLine(text: string, max = MAX_MESSAGE): string {
  const flat = text.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatIssue({ file, path, message }: DataIssue): string {
  return `${oneLine(file)}: ${oneLine(path || '(root)', MAX_PATH)}: ${oneLine(message)}`;
}

export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`${issues.length} data problem(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataError';
  }
}

/** A key written as `.key` when it reads like one, else quoted: `names["a b"]`. */
const PLAIN_KEY = /^[A-Za-z_$][\w$-]{0,60}$/;

/** Renders a zod issue path as `geometry.parts[3].geometry.coordinates[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (PLAIN_KEY.test(name)) return `${i === 0 ? '' : '.'}${name}`;
      return `[${JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name)}]`;
    })
    .join('');
}

/** A schema's issues as data issues: one line each, a stray key at its own path. */
export function schemaIssues(file: string, found: readonly z.core.$ZodIssue[]): DataIssue[] {
  return found.flatMap((issue): DataIssue[] => {
    if (issue.code === 'unrecognized_keys')
      // One line per stray key, at its own path, so a misspelling is found where it is.
      return issue.keys.map((key) => ({
        file,
        path: formatPath([...issue.path, key]),
        message: 'unknown field (misspelled, or not part of the schema)',
      }));
    if (issue.code === 'invalid_key')
      return [
        {
          file,
          path: formatPath(issue.path),
          message: `the key ${issue.issues[0]?.message ?? 'is not allowed'}`,
        },
      ];
    if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
      return [{ file, path: formatPath(issue.path), message: `is required (${issue.expected})` }];
    return [{ file, path: formatPath(issue.path), message: issue.message }];
  });
}
