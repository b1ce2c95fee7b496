/** Plumbing shared by the JDBC storage adapters (embedded SQLite now, PostgreSQL later): versioned schema migrations. */
package org.storytrace.store.jdbc;
