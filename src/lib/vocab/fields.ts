/**
 * The words people see for a document's facts — in the page header, the browse facets, the
 * search filters, the provenance panel and the data exports — and the word for a fact nobody
 * knows. One table, so that 发布机关 is never 发文机关 on another page.
 */

/** The labels of a document's fields. */
export const FIELD_LABELS = {
  title: '标题',
  docNumber: '文号',
  issuer: '发布机关',
  issued: '成文日期',
  published: '发布日期',
  effective: '施行日期',
  dates: '日期',
  kind: '类别',
  genre: '文种',
  status: '效力',
  jurisdiction: '地区',
  year: '年份',
  role: '文件角色',
} as const;

/** A field with a label. */
export type FieldName = keyof typeof FIELD_LABELS;

/**
 * What stands in for a fact the corpus does not know — said plainly, never guessed — in the
 * header, as a filter value and in exports. Where the reason is known, it follows the word.
 */
export const UNKNOWN = '未知';
