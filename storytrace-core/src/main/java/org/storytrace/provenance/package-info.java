/** Stage 6: inside a story, which article is the origin and how each other article derives from it, with evidence. */
package org.storytrace.provenance;
