package org.proposalstudio.cli;

import java.io.PrintStream;

/** Where a command writes: results on {@code out}, problems and progress on {@code err}. */
record Console(PrintStream out, PrintStream err) {
}
