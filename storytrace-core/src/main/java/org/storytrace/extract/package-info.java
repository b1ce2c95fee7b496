/** Stage 2: turns raw documents into clean body text, metadata, truncation and the furniture removed on the way. */
package org.storytrace.extract;
