/**
 * Stage 4: candidate retrieval that stays sub-linear as the archive grows (MinHash/LSH over word shingles and an
 * inverted index over language-neutral keys), then pairwise scoring of the candidates.
 */
package org.storytrace.link;
