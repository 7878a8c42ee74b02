#!/usr/bin/python3
"""Prints whether two PLY files (ASCII or binary little-endian) hold the same SET of vertex positions.
Usage: same_points.py A.ply B.ply   (exit status 0 when identical)"""
import sys

import numpy as np

TYPES = {"float": "<f4", "float32": "<f4", "double": "<f8", "float64": "<f8", "uchar": "u1", "uint8": "u1",
         "int": "<i4", "int32": "<i4", "uint": "<u4", "short": "<i2", "ushort": "<u2", "char": "i1"}


def vertices(path):
    with open(path, "rb") as f:
        header = []
        while True:
            line = f.readline().decode("ascii").strip()
            header.append(line)
            if line == "end_header":
                break
        fmt = next(l.split()[1] for l in header if l.startswith("format"))
        n = 0
        props = []
        inside = False
        for l in header:
            p = l.split()
            if p[0] == "element":
                inside = p[1] == "vertex"
                if inside:
                    n = int(p[2])
            elif p[0] == "property" and inside:
                props.append((p[-1], TYPES[p[1]]))
        if fmt == "ascii":
            data = np.loadtxt(f, max_rows=n, ndmin=2)
            xyz = data[:, [i for i, (name, _) in enumerate(props) if name in ("x", "y", "z")]]
        else:
            rec = np.frombuffer(f.read(np.dtype(props).itemsize * n), dtype=np.dtype(props), count=n)
            xyz = np.column_stack([rec["x"], rec["y"], rec["z"]])
    return np.unique(xyz.astype(np.float32), axis=0)


a, b = vertices(sys.argv[1]), vertices(sys.argv[2])
same = a.shape == b.shape and np.array_equal(a, b)
print("%s: %d points, %s: %d points -> %s" % (sys.argv[1], len(a), sys.argv[2], len(b),
                                               "IDENTICAL point sets" if same else "DIFFERENT point sets"))
sys.exit(0 if same else 1)
