/** Clause-level Chinese search: index records, tokens, query reading, ranking and excerpts. */
export { SearchEngine, type FacetCounts, type Pagefind, type PagefindResponse, type PagefindResult, type ResultItem, type SearchOutcome } from './engine.ts';
export { excerpt, findTerms, type ExcerptPiece, type TextRange } from './excerpt.ts';
export { MAX_PART_SYMBOLS, MAX_PARTS, parseQuery, partWords, phraseQuery, subWords, termText, wordTokens, type QueryPart, type QueryWord } from './query.ts';
export { FACET_LABELS, FACETS, STATUS_LABELS, UNKNOWN_VALUE, type FacetName } from './facets.ts';
export { documentDate, documentFacets, documentRecords, type RecordLevel, type RecordMeta, type RecordSource, type SearchRecord } from './records.ts';
export { MAX_SHARD_RECORDS, shardPath, shardRecords } from './shards.ts';
export { intlCutter, segment, STOP_CHARACTERS, vocabularyCutter, type WordCutter } from './segment.ts';
export { HIGHLIGHT_PARAM, hasFilters, readState, resultHref, TYPING_PAUSE_MS, writeState, type SearchState } from './state.ts';
export { symbols, type SearchSymbol } from './symbols.ts';
export { decodeToken, encodeSymbol, INDEX_LANGUAGE, indexTokens, prefixToken, queryTokens } from './tokens.ts';
export { buildVocabulary, parseJiebaDictionary, type Cut } from './vocabulary.ts';
export { indexTerms, innerTerms, numberTerm, textRuns, type CutForSearch } from './analyze.ts';
export { buildIndex, type IndexFiles, type IndexTools } from './static-index/build.ts';
export * from './static-index/format.ts';
export {
  foldNested,
  phraseRerank,
  phraseRuns,
  scoreRecords,
  specTerms,
  WEIGHTS,
  wordParts,
  wordSpecs,
  type Postings,
  type Variant,
  type RankWeights,
  type Scored,
  type WordSpec,
} from './rank.ts';
export { RankedSearch, type Loader, type RankedItem, type RankedOptions, type RankedOutcome } from './ranked.ts';
export {
  answerKinds,
  answerSpans,
  readThesaurus,
  understand,
  type AnswerSpan,
  type QueryTerm,
  type UnderstoodQuery,
  type UnderstandContext,
} from './understood.ts';
export { groupByDocument, type ResultGroup } from './group.ts';
