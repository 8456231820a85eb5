// Why: ranking decides the order of hits — passages with every query word first — and must stop scoring passages that can no longer enter the top.

import type { CompiledUnit } from './compiledUnit.js';
import { countAllowed, countMatching } from './facetCounts.js';
import { seek, type Ids } from './idLists.js';
import { hasPassage } from './passageBitset.js';
import type { QueryState } from './queryState.js';
import { bitsOf, coverOf, narrowestUnit, passagesWithAll } from './retrieveCandidates.js';
import { COVERAGE_STEP, HEADING_BOOST, rankingKey, TITLE_BOOST } from './scorePassages.js';
import type { TopPassages } from './topPassages.js';

/** Score bounds are compared with this much slack, more than floating-point rounding of a key can add up to. */
const BOUND_TOLERANCE = 1e-7;
/** Multi-word queries with at most this many postings in all are ranked in one accumulating pass. */
const SMALL_QUERY_POSTINGS = 2048;

/** What the ranking passes share. */
export interface Ranking {
  units: readonly CompiledUnit[];
  /** Units with heading or title matches. */
  fieldUnits: readonly number[];
  state: QueryState;
  /** Allowed documents, or null without filters. */
  allowed: Uint8Array | null;
  top: TopPassages;
}

/** Sets up a ranking of `units` into the state's reusable top of `limit` passages. */
export function newRanking(state: QueryState, units: readonly CompiledUnit[], allowed: Uint8Array | null, limit: number): Ranking {
  const fieldUnits: number[] = [];
  for (let u = 0; u < units.length; u += 1) if (units[u]!.sectionFlags || units[u]!.documentFlags) fieldUnits.push(u);
  return { units, fieldUnits, state, allowed, top: state.top.reset(limit) };
}

function keyOf(ranking: Ranking, p: number, matched: number, value: number): number {
  return rankingKey(ranking.units, ranking.fieldUnits, ranking.state.passageSection[p]!, ranking.state.passageDoc[p]!, matched, value);
}

/**
 * Ranks the ascending `candidates`, testing each against every unit's passage bitset. With `requireAll`,
 * only passages covered by every unit (in text, heading or title) are ranked. Once the top is full, a
 * passage whose score bound (its length norm times the units' best weights, plus its heading and title
 * boosts) cannot beat the last kept key is skipped before any lookup.
 */
export function rankCandidates(ranking: Ranking, candidates: Ids, requireAll: boolean): void {
  const { units, state, allowed, top, fieldUnits } = ranking;
  const { lengthNorm, passageDoc, passageSection } = state;
  const capacity = top.capacity;
  if (capacity === 0) return;
  const bits = units.map((unit) => bitsOf(state, unit));
  const cursors = state.cursors.fill(0);
  let textBound = 0;
  for (const unit of units) textBound += unit.maxWeight * unit.idf;
  const coverageBound = units.length * COVERAGE_STEP;
  const fieldCount = fieldUnits.length;
  const sectionFlags = fieldUnits.map((u) => units[u]!.sectionFlags);
  const documentFlags = fieldUnits.map((u) => units[u]!.documentFlags);
  const headingBoost = fieldUnits.map((u) => HEADING_BOOST * units[u]!.idf);
  const titleBoost = fieldUnits.map((u) => TITLE_BOOST * units[u]!.idf);
  for (let c = 0; c < candidates.length; c += 1) {
    const p = candidates[c]!;
    if (top.size === capacity) {
      const last = top.keys[capacity - 1]!;
      let bound = coverageBound + textBound * lengthNorm[p]!;
      if (fieldCount) {
        const section = passageSection[p]!;
        const d = passageDoc[p]!;
        for (let f = 0; f < fieldCount; f += 1) {
          if (sectionFlags[f]?.[section]) bound += headingBoost[f]!;
          if (documentFlags[f]?.[d]) bound += titleBoost[f]!;
        }
      }
      // Below the last kept key, or at most tying it (within rounding) with a later passage: cannot enter.
      if (bound < last - BOUND_TOLERANCE || (bound <= last + BOUND_TOLERANCE && p > top.ids[capacity - 1]!)) continue;
    }
    if (allowed && allowed[passageDoc[p]!] === 0) continue;
    let matched = 0;
    let value = 0;
    let missing = false;
    for (let u = 0; u < units.length; u += 1) {
      const unit = units[u]!;
      if (hasPassage(bits[u]!, p)) {
        matched |= 1 << u;
        let weight = unit.weight;
        if (unit.weights) {
          const at = seek(unit.ids, cursors[u]!, p);
          cursors[u] = at;
          weight = unit.weights[at]!;
        }
        value += weight * unit.idf * lengthNorm[p]!;
      } else if (requireAll && !unit.sectionFlags?.[passageSection[p]!] && !unit.documentFlags?.[passageDoc[p]!]) {
        missing = true;
        break;
      }
    }
    // Only passages matching some unit in their text are hits.
    if (missing || matched === 0) continue;
    top.add(keyOf(ranking, p, matched, value), p);
  }
}

/** Ranks every passage matching any unit, term at a time (the general path). Returns how many matched after filters. */
export function rankAccumulated(ranking: Ranking): number {
  const { units, state, allowed, top } = ranking;
  const { score, mask, candidates, lengthNorm, passageDoc } = state;
  let candidateCount = 0;
  for (let u = 0; u < units.length; u += 1) {
    const { ids, weights, weight, idf } = units[u]!;
    const bit = 1 << u;
    for (let k = 0; k < ids.length; k += 1) {
      const p = ids[k]!;
      if (mask[p] === 0) candidates[candidateCount++] = p;
      mask[p]! |= bit;
      score[p]! += (weights ? weights[k]! : weight) * idf * lengthNorm[p]!;
    }
  }
  let total = 0;
  for (let c = 0; c < candidateCount; c += 1) {
    const p = candidates[c]!;
    const matched = mask[p]!;
    const value = score[p]!;
    mask[p] = 0;
    score[p] = 0;
    if (allowed && allowed[passageDoc[p]!] === 0) continue;
    total += 1;
    top.add(keyOf(ranking, p, matched, value), p);
  }
  return total;
}

/** What {@link rank} found besides the top: the number of matches and which passages they are. */
export interface RankOutcome {
  /** Matching passages after filters. */
  total: number;
  /** The matching passages as (overlapping) ascending lists. */
  matching: readonly Ids[];
}

/**
 * Fills `ranking.top` with the best passages and counts all matching ones (after filters). With required
 * phrases, only passages holding them all match.
 */
export function rank(ranking: Ranking, requiredPhrases: number, limit: number): RankOutcome {
  const { units, state, allowed } = ranking;
  if (requiredPhrases > 0) {
    const candidates = passagesWithAll(units, requiredPhrases);
    rankCandidates(ranking, candidates, false);
    return { total: countAllowed(state, candidates, allowed), matching: [candidates] };
  }
  const matching = units.map((unit) => unit.ids);
  let postings = 0;
  for (const unit of units) postings += unit.ids.length;
  if (units.length > 1 && postings <= SMALL_QUERY_POSTINGS) {
    // Few postings in all: ranking every matching passage at once is cheaper than two passes.
    return { total: rankAccumulated(ranking), matching };
  }
  const driver = units.length === 1 ? units[0]!.ids : coverOf(state, units[narrowestUnit(state, units)]!);
  rankCandidates(ranking, driver, units.length > 1);
  if (ranking.top.size >= limit || units.length === 1) {
    const total = units.length === 1 ? countAllowed(state, units[0]!.ids, allowed) : countMatching(state, units.map((unit) => bitsOf(state, unit)), allowed);
    return { total, matching };
  }
  // Fewer than `limit` passages hold every word: rank all that hold some.
  ranking.top.clear();
  return { total: rankAccumulated(ranking), matching };
}
