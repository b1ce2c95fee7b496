/** Stage 1: turns bytes read from files, folders, JSONL exports or stdin into raw documents. Opens nothing itself. */
package org.storytrace.ingest;
