package org.storytrace.serve.cli;

/** Exit codes of every command: 0 ok, 1 some inputs failed (each reported), 2 usage error. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
