/**
 * Stage 7: the claim-level diff of a derived article against its source: sentence alignment, then kept, dropped,
 * added and changed facts with spans into both texts.
 */
package org.storytrace.compare;
