/**
 * Issuing bodies: splitting 人力资源社会保障部国家发展改革委财政部 into its bodies with a
 * dictionary (content/dictionaries/issuers.txt), longest match first.
 */

/** Parse the dictionary file's text: one name a line, # comments. */
export function parseIssuerDictionary(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .sort((a, b) => b.length - a.length);
}

/**
 * Split a run of issuer names. Spaces, 、 and ， separate names; within a part, known names are
 * matched longest first and an unknown remainder is kept as one name.
 *
 * @example
 *   splitIssuers('人力资源社会保障部国家发展改革委财政部', dict) // ['人力资源社会保障部', '国家发展改革委', '财政部']
 */
export function splitIssuers(text: string, dictionary: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\s\u3000、，,]+/)) {
    if (part === '') continue;
    let rest = part;
    let unknown = '';
    while (rest.length > 0) {
      const hit = dictionary.find((d) => rest.startsWith(d));
      if (hit) {
        if (unknown) out.push(unknown);
        unknown = '';
        out.push(hit);
        rest = rest.slice(hit.length);
      } else {
        unknown += rest[0];
        rest = rest.slice(1);
      }
    }
    if (unknown) out.push(unknown);
  }
  return out.filter((x) => !/^(?:等\d+部门|等[一二三四五六七八九十]+部门|和|及)$/.test(x));
}

/** True when every part of the text is a known body or looks like one (…部/委/厅/局/会…). */
export function looksLikeIssuers(text: string, dictionary: readonly string[]): boolean {
  const parts = splitIssuers(text, dictionary);
  return parts.length > 0 && parts.every((p) => dictionary.includes(p) || /(?:部|委|厅|局|院|署|会|联|室|政府|司令部|办公厅|国资委)$/.test(p));
}
