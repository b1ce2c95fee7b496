/** Stage 5: online clustering of articles into stories, deciding from the link stage's scored candidates. */
package org.storytrace.story;
