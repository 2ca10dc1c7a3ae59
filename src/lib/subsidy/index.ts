/** The subsidy finder: subsidy, grant, award, fee, exemption and fund rules found in the corpus. */
export { findAmounts } from './amounts.ts';
export { BENEFICIARIES, beneficiariesOf } from './beneficiaries.ts';
export { conditionsOf } from './conditions.ts';
export { isBackground, periodOf } from './context.ts';
export { toCsv } from './csv.ts';
export { documentOf, extractSubsidies, type SubsidySource } from './extract.ts';
export { formatAmount, formatYuan, segments, sortValue, statusLabel, type Segment } from './format.ts';
export { kindOf, SUBSIDY_KINDS } from './kinds.ts';
export { loadSubsidies } from './load.ts';
export type { Amount, AmountBound, Beneficiary, SubsidyDocument, SubsidyKind, SubsidyRow } from './types.ts';
