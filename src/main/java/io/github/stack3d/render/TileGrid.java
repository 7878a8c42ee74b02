package io.github.stack3d.render;

import io.github.stack3d.Checks;

/**
 * Where the tiles of a montage go: {@code columns × rows} tiles of {@code tileWidth × tileHeight} pixels,
 * row by row, with {@link #GAP} pixels between tiles and around them.
 *
 * @param columns    tiles per row
 * @param rows       rows of tiles
 * @param tileWidth  width of one tile in pixels
 * @param tileHeight height of one tile in pixels
 */
record TileGrid(int columns, int rows, int tileWidth, int tileHeight) {

    /** Pixels between tiles and around the grid. */
    static final int GAP = 2;

    /** Slices smaller than this (in pixels, their larger side) are enlarged by a whole factor towards it. */
    static final int MIN_TILE = 128;

    /**
     * The grid for {@code count} slices of {@code width × height}: the number of columns that makes the montage
     * closest to square (ties: more columns), tiles shrunk so that the montage fits in {@code maxSize} pixels
     * each way, and small slices enlarged by a whole factor (each voxel a square of pixels) up to about
     * {@link #MIN_TILE}, within {@code maxSize}.
     */
    static TileGrid of(int count, int width, int height, int maxSize) {
        int columns = 1;
        double best = Double.POSITIVE_INFINITY;
        for (int c = 1; c <= count; c++) {
            int r = (count + c - 1) / c;
            double offSquare = Math.abs(Math.log((double) c * width / ((double) r * height)));
            if (offSquare <= best) {
                best = offSquare;
                columns = c;
            }
        }
        int rows = (count + columns - 1) / columns;
        double fit = Math.min((double) (maxSize - (columns + 1) * GAP) / ((double) columns * width),
                (double) (maxSize - (rows + 1) * GAP) / ((double) rows * height));
        if (fit >= 1) {
            int factor = (int) Math.max(1, Math.min(Math.floor(fit), MIN_TILE / Math.max(width, height)));
            return new TileGrid(columns, rows, width * factor, height * factor);
        }
        return new TileGrid(columns, rows, Math.max(1, (int) (width * fit)), Math.max(1, (int) (height * fit)));
    }

    /**
     * The slices a montage of up to {@code tiles} tiles shows: {@code min(tiles, depth)} evenly spaced indices
     * {@code round(k · (depth − 1) / (n − 1))}, the first and last slice included; the middle slice when
     * {@code n == 1}.
     */
    static int[] slices(int depth, int tiles) {
        Checks.requirePositive(tiles, "tiles");
        int n = Math.min(tiles, depth);
        if (n == 1) {
            return new int[] {depth / 2};
        }
        int[] z = new int[n];
        for (int k = 0; k < n; k++) {
            z[k] = (int) Math.round((double) k * (depth - 1) / (n - 1));
        }
        return z;
    }

    /** Montage width in pixels. */
    int width() {
        return columns * tileWidth + (columns + 1) * GAP;
    }

    /** Montage height in pixels. */
    int height() {
        return rows * tileHeight + (rows + 1) * GAP;
    }

    /** Left edge of tile {@code k}. */
    int tileX(int k) {
        return GAP + k % columns * (tileWidth + GAP);
    }

    /** Top edge of tile {@code k}. */
    int tileY(int k) {
        return GAP + k / columns * (tileHeight + GAP);
    }
}
