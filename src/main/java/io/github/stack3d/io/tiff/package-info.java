/**
 * TIFF stacks in and out: a folder of 2D slices in natural order, a glob or one multipage TIFF, read with
 * TwelveMonkeys ImageIO (uncompressed grayscale strips directly), all slices checked for size and sample type
 * before anything is allocated; lazy stacks that read each slice when asked; ImageJ spacing metadata read and
 * written; ImageJ-compatible multipage and one-file-per-slice writing. Errors name the file, the page and the tag.
 */
package io.github.stack3d.io.tiff;
