/** The storage port. Adapters (embedded SQLite, PostgreSQL) live in storytrace-app. */
package org.storytrace.store;
