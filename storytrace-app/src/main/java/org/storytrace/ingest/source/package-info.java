/** Readers that open files, folders and stdin and hand their bytes to the core ingester. */
package org.storytrace.ingest.source;
