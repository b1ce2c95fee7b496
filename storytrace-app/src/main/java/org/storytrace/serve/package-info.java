/** Stage 8: what users touch. The archive service that wires the stages to a store, and the command line. */
package org.storytrace.serve;
