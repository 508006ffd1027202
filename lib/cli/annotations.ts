import type { Severity } from '../format/list-reader';

/**
 * GitHub Actions workflow commands, so that a problem shows on its line of the pull request:
 * `::error file=NAME,line=N,title=TITLE::MESSAGE`. GitHub reads `%`, CR and LF escaped in the
 * message, and also `:` and `,` in the properties.
 */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface Annotation {
  severity: Severity;
  file: string;
  line?: number;
  title: string;
  message: string;
}

export function annotation({ severity, file, line, title, message }: Annotation): string {
  const where = [`file=${escapeProperty(file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(title)}`];
  return `::${severity} ${where.join(',')}::${escapeData(message)}`;
}
