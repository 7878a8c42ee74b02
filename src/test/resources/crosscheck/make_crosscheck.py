#!/usr/bin/python3
"""Regenerates every file in this folder (except this script and README.md): what OpenCV, scikit-image and the
seed program give on small fixed inputs, recorded so that the Java tests check stack3d against them without
Python.

Run from the repository root with Debian's Python (it has cv2, skimage, numpy and tifffile):

    /usr/bin/python3 src/test/resources/crosscheck/make_crosscheck.py \
        --data ../shared/data --seed ../shared/seed/seed_shell.py

The output is deterministic: fixed seeds (numpy PCG64), uncompressed or zlib TIFFs without dates, sorted text.
Running it twice gives the same bytes; the library versions used are written into each manifest.

Outputs (formats in README.md):
  volumes/NAME.raw, volumes/NAME.inrange.bits, inrange.txt   cv2.inRange on random volumes
  otsu.txt                                                   skimage.filters.threshold_otsu
  shell/..., shell.txt                                       seed_shell.py point sets
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

import cv2
import numpy as np
import skimage
import tifffile
from skimage.filters import threshold_otsu

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = "cv2 %s, skimage %s, numpy %s, tifffile %s" % (cv2.__version__, skimage.__version__, np.__version__,
                                                        tifffile.__version__)
COMMAND = ("/usr/bin/python3 src/test/resources/crosscheck/make_crosscheck.py"
           " --data ../shared/data --seed ../shared/seed/seed_shell.py")
DTYPES = {"uint8": "<u1", "uint16": "<u2", "float32": "<f4"}

# (lo, hi) pairs per sample type: integer and non-integer bounds, ties (x.5 rounds half to even in cv2),
# ranges that select nothing, bounds beyond the type's range.
BOUNDS = {
    "uint8": [(0, 100), (0.5, 100.5), (1.5, 101.5), (2.5, 102.5), (0.49, 100.49), (0.51, 100.51), (-5, 300),
              (-0.5, 0.5), (-0.6, -0.4), (254.5, 255.4), (10.3, 10.4), (-3, 2.5), (77.5, 77.5), (3, 3),
              (100, 255), (127.5, 128.5)],
    "uint16": [(0.5, 1000.5), (1.5, 1001.5), (65534.5, 70000), (1000.5, 1000.5), (1999.5, 65531.5), (-3, 2.5),
               (30000.2, 40000.7), (0, 65535), (0, 100), (2.5, 4.5)],
    "float32": [(0.1 + 1e-12, 0.7), (-1e300, 1e300), (-0.5, 0.5), (2.9999999999, 3.0000001), (8, 9),
                (-1.25, -1.25), (0, 100), (0.5, 100.5), (-3.4e38, 0)],
}


def random_volumes():
    """Small volumes (depth, height, width), each from its own fixed seed."""
    v = {}
    r = np.random.default_rng(1)
    v["u8_uniform"] = r.integers(0, 256, (5, 17, 23), dtype=np.uint8)
    r = np.random.default_rng(2)
    hi = r.random((4, 30, 40)) < 0.35
    g = r.normal(size=hi.shape)
    v["u8_bimodal"] = np.clip(np.round(np.where(hi, 170 + 25 * g, 60 + 15 * g)), 0, 255).astype(np.uint8)
    r = np.random.default_rng(3)
    a = r.integers(0, 2001, (4, 13, 29))
    top = r.random(a.shape) < 0.1
    a[top] = 65530 + r.integers(0, 6, top.sum())
    v["u16_mixed"] = a.astype(np.uint16)
    r = np.random.default_rng(4)
    hi = r.random((3, 24, 32)) < 0.6
    g = r.normal(size=hi.shape)
    v["u16_bimodal"] = np.clip(np.round(np.where(hi, 30000 + 5000 * g, 1000 + 200 * g)), 0, 65535).astype(np.uint16)
    r = np.random.default_rng(5)
    f = (r.normal(size=(3, 7, 31)) * 3).astype(np.float32)
    f[r.random(f.shape) < 0.02] = np.nan
    f[0, 0, :6] = [0.1, 0.7, np.inf, -np.inf, 3.0, -1.25]
    v["f32_nan"] = f
    r = np.random.default_rng(6)
    hi = r.random((3, 20, 30)) < 0.45
    g = r.normal(size=hi.shape)
    v["f32_bimodal"] = np.where(hi, 2.0 + g, -1.5 + 0.5 * g).astype(np.float32)
    return v


def write_inrange(volumes):
    os.makedirs(os.path.join(HERE, "volumes"))
    lines = ["# cv2.inRange(slice, lo, hi) on every slice of small random volumes (%s)" % VERSIONS,
             "# made by: " + COMMAND,
             "# volume NAME DTYPE WIDTH HEIGHT DEPTH: volumes/NAME.raw, little-endian samples, index (z*HEIGHT+y)*WIDTH+x",
             "# case NAME LO HI COUNT: COUNT voxels selected (0: stack3d must throw); the mask is the next",
             "#   ceil(W*H*D/8) bytes of volumes/NAME.inrange.bits, voxel i = bit (i % 8) of byte i // 8"]
    for name, v in volumes.items():
        dtype = str(v.dtype)
        d, h, w = v.shape
        v.astype(DTYPES[dtype]).tofile(os.path.join(HERE, "volumes", name + ".raw"))
        lines.append("volume %s %s %d %d %d" % (name, dtype, w, h, d))
        with open(os.path.join(HERE, "volumes", name + ".inrange.bits"), "wb") as bits:
            for lo, hi in BOUNDS[dtype]:
                m = np.stack([cv2.inRange(np.ascontiguousarray(s), float(lo), float(hi)) for s in v]) != 0
                bits.write(np.packbits(m.ravel(), bitorder="little").tobytes())
                lines.append("case %s %r %r %d" % (name, float(lo), float(hi), int(m.sum())))
    return lines


def natural_key(p):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", os.path.basename(p))]


def displayed(page):
    """A page's values as TIFF defines them (and stack3d loads them): WhiteIsZero inverted, grey palettes mapped."""
    a = page.asarray()
    if page.photometric == tifffile.PHOTOMETRIC.MINISWHITE:
        return np.iinfo(a.dtype).max - a
    if page.photometric == tifffile.PHOTOMETRIC.PALETTE:
        cm = page.colormap
        if not ((cm[0] == cm[1]).all() and (cm[0] == cm[2]).all()):
            raise SystemExit("colour palette: not a grey image")
        return (cm[0] >> 8).astype(np.uint8)[a]
    return a


def read_stack(path):
    files = [path] if os.path.isfile(path) else sorted(
        (os.path.join(path, f) for f in os.listdir(path) if f.endswith(".tif")), key=natural_key)
    pages = []
    for f in files:
        with tifffile.TiffFile(f) as t:
            pages.extend(displayed(p) for p in t.pages)
    return np.stack(pages)


def above_level(v):
    t = float(threshold_otsu(v))
    return t, int((v > t).sum())


def write_otsu(volumes, data):
    lines = ["# skimage.filters.threshold_otsu(v) = T on the whole volume, and ABOVE = count(v > T) (%s)" % VERSIONS,
             "# made by: " + COMMAND,
             "# synthetic NAME T ABOVE: a volume of inrange.txt (those without NaN or infinity)",
             "# data PATH DTYPE WIDTH HEIGHT DEPTH T ABOVE: PATH relative to the shared data folder, read with tifffile",
             "#   (folders: the .tif files in natural order; WhiteIsZero inverted, grey palettes mapped)"]
    for name, v in volumes.items():
        if np.isfinite(v).all():
            lines.append("synthetic %s %r %d" % ((name,) + above_level(v)))
    stacks = ["cochlea-slices", "real/mri-stack.tif", "real/mri-stack-slices"] + sorted(
        "morpholibj/" + f for f in os.listdir(os.path.join(data, "morpholibj")) if f.endswith(".tif"))
    for rel in stacks:
        v = read_stack(os.path.join(data, rel))
        d, h, w = v.shape
        lines.append("data %s %s %d %d %d %r %d" % ((rel, v.dtype, w, h, d) + above_level(v)))
    return lines


def shell_stacks():
    """Two 8-bit stacks with dark objects (0..100) on a bright background, as the seed expects."""
    r = np.random.default_rng(7)
    noise = r.normal(size=(12, 24, 32)).astype(np.float32)
    smooth = np.stack([cv2.GaussianBlur(s, (0, 0), 2.0) for s in noise])
    smooth = cv2.GaussianBlur(smooth.reshape(12, -1), (1, 0), sigmaX=0.1, sigmaY=1.0).reshape(smooth.shape)
    blobs = np.clip(np.round(128 + 400 * smooth), 0, 255).astype(np.uint8)
    blobs[5] = 200            # an empty slice between two halves
    blobs[0, :, :8] = 20      # a block touching the image edge
    blobs[11, 10, 5] = 0      # one lone voxel
    z, y, x = np.mgrid[0:8, 0:16, 0:20]
    dist = np.sqrt(((x - 9.5) / 1.0) ** 2 + ((y - 7.5) / 1.0) ** 2 + ((z - 3.5) / 0.6) ** 2)
    ball = np.where(dist <= 6.5, 40, 210).astype(np.uint8)   # hollow ball: cavity of 230 inside
    ball[dist <= 3.2] = 230
    ball[:, 7, 2:18] = np.where(ball[:, 7, 2:18] == 230, 90, ball[:, 7, 2:18])  # a tunnel through the cavity
    ball[0, 0, 0] = 10        # corner voxel
    ball[7, 15, :] = 60       # a one-pixel line along the last row of the last slice
    return blobs, ball


def seed_points(seed, inp, lo, hi, tmp):
    ply = os.path.join(tmp, "out.ply")
    subprocess.run([sys.executable, seed, inp, ply, "--lo", repr(lo), "--hi", repr(hi), "--slice-thickness", "1",
                    "--quiet"], check=True, stdout=subprocess.DEVNULL)
    with open(ply) as f:
        n = None
        while True:
            line = f.readline().strip()
            if line.startswith("element vertex "):
                n = int(line.split()[2])
            if line == "end_header":
                break
        pts = np.loadtxt(f, dtype=np.float64, ndmin=2)
    assert pts.shape == (n, 3), (pts.shape, n)
    ints = pts.astype(np.int64)
    assert (ints == pts).all(), "non-integer coordinates"
    order = np.lexsort((ints[:, 0], ints[:, 1], ints[:, 2]))   # by z, then y, then x
    text = "".join("%d %d %d\n" % tuple(p) for p in ints[order])
    return n, text


def write_shell(seed, data):
    blobs, ball = shell_stacks()
    os.makedirs(os.path.join(HERE, "shell", "blobs"))
    for k, s in enumerate(blobs, 1):   # unpadded names: slice_10 must come after slice_9
        tifffile.imwrite(os.path.join(HERE, "shell", "blobs", "slice_%d.tif" % k), s, photometric="minisblack",
                         metadata=None)
    tifffile.imwrite(os.path.join(HERE, "shell", "ball.tif"), ball, photometric="minisblack", compression="zlib",
                     byteorder=">", metadata=None)
    lines = ["# the seed program's point set (%s, %s)" % (os.path.basename(seed), VERSIONS),
             "# made by: " + COMMAND,
             "#   which runs: /usr/bin/python3 seed_shell.py INPUT out.ply --lo LO --hi HI --slice-thickness 1 --quiet",
             "# points INPUT LO HI COUNT SHA256 FILE: INPUT relative to this folder; FILE holds the COUNT points as",
             "#   'x y z' integer lines sorted by z, then y, then x; SHA256 is the hash of that text (UTF-8)",
             "# data INPUT LO HI COUNT SHA256: INPUT relative to the shared data folder; the text is not stored"]
    cases = [("shell/blobs", 0, 100), ("shell/blobs", 150.5, 255), ("shell/blobs", 60, 140),
             ("shell/ball.tif", 0, 100), ("shell/ball.tif", 0, 215)]
    with tempfile.TemporaryDirectory() as tmp:
        for inp, lo, hi in cases:
            n, text = seed_points(seed, os.path.join(HERE, inp), float(lo), float(hi), tmp)
            out = "shell/%s_%g_%g.xyz.txt" % (os.path.basename(inp).replace(".tif", ""), lo, hi)
            with open(os.path.join(HERE, out), "w") as f:
                f.write(text)
            sha = hashlib.sha256(text.encode()).hexdigest()
            lines.append("points %s %r %r %d %s %s" % (inp, float(lo), float(hi), n, sha, out))
        for lo, hi in [(0, 100), (200, 255)]:
            n, text = seed_points(seed, os.path.join(data, "cochlea-slices"), float(lo), float(hi), tmp)
            lines.append("data cochlea-slices %r %r %d %s" % (float(lo), float(hi), n,
                                                              hashlib.sha256(text.encode()).hexdigest()))
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, help="the shared data folder (shared/data)")
    ap.add_argument("--seed", required=True, help="the seed program (shared/seed/seed_shell.py)")
    a = ap.parse_args()
    for f in os.listdir(HERE):
        if f not in ("make_crosscheck.py", "README.md"):
            p = os.path.join(HERE, f)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    volumes = random_volumes()
    for name, lines in [("inrange.txt", write_inrange(volumes)), ("otsu.txt", write_otsu(volumes, a.data)),
                        ("shell.txt", write_shell(a.seed, a.data))]:
        with open(os.path.join(HERE, name), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
