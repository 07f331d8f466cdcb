/** One problem in one data file, named by file and field path so it can be fixed without a debugger. */
export interface DataIssue {
  file: string;
  path: string;
  message: string;
}

export function formatIssue({ file, path, message }: DataIssue): string {
  return `${file}: ${path || '(root)'}: ${message}`;
}

export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`${issues.length} data problem(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataError';
  }
}

/** Renders a zod issue path as `geometry.parts[3].geometry.coordinates[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
