/** The {@code recur} command line: argument parsing, output formats, exit codes and progress. */
package dev.recur.cli;
