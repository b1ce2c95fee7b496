/**
 * Fetching feeds and article pages over HTTP for {@code watch}: one public {@link org.storytrace.ingest.fetch.Fetcher}
 * with timeouts, a streamed size cap, manual redirects, conditional GET, per-host politeness and an address policy
 * that keeps a feed from reaching into the operator's own network. The rest of the package is its helpers.
 */
package org.storytrace.ingest.fetch;
