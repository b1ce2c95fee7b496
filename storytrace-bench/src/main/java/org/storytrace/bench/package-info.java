/**
 * The {@code eval} and {@code bench} commands: score the pipeline against labelled data under ../shared/eval and
 * time it. The only code that reads evaluation data; main code never does.
 */
package org.storytrace.bench;
