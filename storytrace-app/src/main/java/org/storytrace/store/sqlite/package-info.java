/** The embedded default store: one SQLite file in the data folder, for a single machine and no server to run. */
package org.storytrace.store.sqlite;
