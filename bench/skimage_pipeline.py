#!/usr/bin/python3
"""The whole job with scikit-image, as one process: a folder of TIFF slices (natural order) -> tifffile ->
skimage.measure.marching_cubes -> binary PLY written with numpy. Usage: skimage_pipeline.py FOLDER OUT.ply LEVEL"""
import os
import re
import sys

import numpy as np
import tifffile
from skimage import measure


def natural(name):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


folder, out, level = sys.argv[1], sys.argv[2], float(sys.argv[3])
files = sorted((f for f in os.listdir(folder) if f.lower().endswith((".tif", ".tiff"))), key=natural)
vol = np.stack([tifffile.imread(os.path.join(folder, f)) for f in files])
verts, faces, normals, _ = measure.marching_cubes(vol, level)
xyz = verts[:, ::-1].astype("<f4")
face = np.empty(len(faces), dtype=[("n", "u1"), ("i", "<i4", 3)])
face["n"] = 3
face["i"] = faces
with open(out, "wb") as f:
    f.write(("ply\nformat binary_little_endian 1.0\nelement vertex %d\nproperty float x\nproperty float y\n"
             "property float z\nelement face %d\nproperty list uchar int vertex_indices\nend_header\n"
             % (len(xyz), len(faces))).encode())
    f.write(xyz.tobytes())
    f.write(face.tobytes())
print(len(verts), "vertices", len(faces), "triangles")
