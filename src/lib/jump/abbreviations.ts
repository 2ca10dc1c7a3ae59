/**
 * The abbreviation dictionary (content/dictionaries/abbreviations.txt): one
 * `abbreviation<TAB>full title` per line, `#` comments and blank lines ignored.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** One line of the dictionary. */
export interface Abbreviation {
  /** What people type: 职教法. */
  abbreviation: string;
  /** The document's full title: 中华人民共和国职业教育法. */
  title: string;
  /** 1-based line in the file. */
  line: number;
}

/**
 * Reads the dictionary; malformed lines and repeated abbreviations are reported (as
 * `file:line:column` messages) and skipped, never thrown.
 *
 * @example parseAbbreviations('# comment\n职教法\t中华人民共和国职业教育法\n').entries
 * // [{ abbreviation: '职教法', title: '中华人民共和国职业教育法', line: 2 }]
 */
export function parseAbbreviations(text: string, path = 'abbreviations.txt'): { entries: Abbreviation[]; messages: VFileMessage[] } {
  const file = new VFile({ path, value: text });
  const entries: Abbreviation[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/^\uFEFF/, '');
    if (content.trim() === '' || content.trimStart().startsWith('#')) return;
    const tab = content.indexOf('\t');
    const abbreviation = tab === -1 ? '' : content.slice(0, tab).trim();
    const title = tab === -1 ? '' : content.slice(tab + 1).trim();
    if (abbreviation === '' || title === '' || title.includes('\t')) {
      file.message('Unexpected line, expected `abbreviation<TAB>full title`', { place: { line, column: 1 }, ruleId: 'abbreviation-line', source: 'jump' });
      return;
    }
    const first = seen.get(abbreviation);
    if (first !== undefined) {
      file.message(`Duplicate abbreviation \`${abbreviation}\` (first on line ${first}), keeping the first`, {
        place: { line, column: 1 },
        ruleId: 'abbreviation-duplicate',
        source: 'jump',
      });
      return;
    }
    seen.set(abbreviation, line);
    entries.push({ abbreviation, title, line });
  });
  return { entries, messages: file.messages };
}
