/** Domain records shared by every pipeline stage: articles, stories, derivation edges and comparisons. */
package org.storytrace.model;
