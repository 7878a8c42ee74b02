/**
 * The command line ({@code java -jar stack3d-VERSION-all.jar}) on a small parser of its own ({@link
 * io.github.stack3d.cli.Options}, {@link io.github.stack3d.cli.Help}): {@code info}, {@code shell},
 * {@code mesh}, {@code render} and {@code demo} (the default), each a few facade calls with their timings printed,
 * and {@code run} (a jshell script) and {@code jshell} on the JDK's JShell with the library and its imports;
 * {@code --help} and {@code --version} everywhere; the output format from the file extension, checked with the output folder
 * and against the inputs before any work; exit status 0 (done), 1 (failed, one line) or 2 (bad usage).
 */
package io.github.stack3d.cli;
