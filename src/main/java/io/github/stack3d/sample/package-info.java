/**
 * Stacks the project makes itself, the same on every machine and every run: the demo specimen that examples,
 * notebooks and the command line work on when no real data is at hand ({@link
 * io.github.stack3d.sample.SampleStacks#specimen()}), and analytic shapes with known size and area for tests.
 */
package io.github.stack3d.sample;
