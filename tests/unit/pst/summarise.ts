/**
 * Fixture helpers for the PST: a compact, reviewable summary of a tree (one line per node,
 * indented by depth) and the messages in `file:line:column: reason [ruleId]` form.
 */
import type { Position } from 'unist';
import type { VFileMessage } from 'vfile-message';
import { unitLabel, type PolicyNode, type PolicyRoot } from '../../../src/lib/pst/index.ts';

/**
 * One line per node: `type#id 规范标签 @start-end key=value…`, e.g.
 * `outline#s2-2 （二） @21:1-30:17 label="(二)" heading="主要目标" text="主要目标。…"`.
 */
export function summarise(tree: PolicyRoot): string[] {
  const lines: string[] = [];
  const walk = (node: PolicyNode, depth: number) => {
    lines.push('  '.repeat(depth) + line(node));
    if ('children' in node) for (const child of node.children) walk(child, depth + 1);
  };
  walk(tree, 0);
  return lines;
}

function line(node: PolicyNode): string {
  const parts: string[] = [node.type + ('id' in node ? `#${node.id}` : '')];
  if ('id' in node) parts.push(unitLabel(node));
  parts.push(`@${place(node.position)}`);
  const fields: Record<string, unknown> = {};
  if (node.type === 'policy') Object.assign(fields, { mode: node.mode, id: node.meta.id });
  if (node.type === 'attachment') fields.mode = node.mode;
  if ('label' in node) fields.label = node.label;
  if ('heading' in node && node.heading !== null) fields.heading = node.heading;
  if ('title' in node && node.title !== '') fields.title = node.title;
  if ('text' in node) fields.text = node.text;
  if (node.type === 'dateline') fields.date = node.date;
  if (node.type === 'signature') fields.names = node.names;
  if (node.type === 'table') fields.align = node.align;
  for (const [key, value] of Object.entries(fields)) parts.push(`${key}=${JSON.stringify(value)}`);
  return parts.join(' ');
}

function place(position: Position | undefined): string {
  if (!position) return '-';
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`;
}

/** `path:line:column: reason [ruleId]`, the form of the build log. */
export function formatMessages(messages: readonly VFileMessage[], path: string): string[] {
  return messages.map((m) => `${m.file || path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason} [${m.ruleId ?? 'unknown'}]`);
}
