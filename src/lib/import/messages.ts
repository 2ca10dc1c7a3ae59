/**
 * Messages about source files, printed as `file:line:column: reason [ruleId]` so that a reader
 * of the build log can jump to the place. Import code reports; it does not throw.
 */

/** One problem or notice about a source file. */
export interface SourceMessage {
  file: string;
  line: number;
  column: number;
  reason: string;
  /** A short kebab-case id of the rule that produced the message. */
  ruleId: string;
  severity: 'info' | 'warning' | 'error';
}

/** Format a message the way compilers do. */
export function formatMessage(m: SourceMessage): string {
  return `${m.file}:${m.line}:${m.column}: ${m.severity}: ${m.reason} [${m.ruleId}]`;
}
