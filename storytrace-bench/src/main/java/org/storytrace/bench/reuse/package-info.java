/**
 * {@code eval reuse} and {@code train reuse}: text-reuse classification scored on labelled pair sets. Each set's
 * layout is told from its records and handed to the scorer of that layout ({@link org.storytrace.bench.reuse.ReuseLayout}).
 */
package org.storytrace.bench.reuse;
