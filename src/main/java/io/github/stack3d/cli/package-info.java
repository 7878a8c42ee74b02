/**
 * The command line ({@code java -jar stack3d-VERSION-all.jar}): the demo on the sample stack, and the
 * {@code info}, {@code shell} and {@code mesh} commands, each a few facade calls with their timings printed.
 */
package io.github.stack3d.cli;
