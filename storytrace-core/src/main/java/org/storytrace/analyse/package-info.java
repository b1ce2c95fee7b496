/** Stage 3: language, sentences, tokens, names, numbers and dates of a body text, all as spans into it. */
package org.storytrace.analyse;
