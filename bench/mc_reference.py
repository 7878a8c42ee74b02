#!/usr/bin/python3
"""Times scikit-image's marching_cubes (Lewiner) and VTK's vtkFlyingEdges3D on volumes already in memory,
the timed call only, and prints one line per run in the format of stack3d's MarchingCubesBenchmark, with the
first call's time (the first call in this process when the tool's line is the first printed: run one file per
process for a fresh first call, as bench/mc.sh does).

Usage: /usr/bin/python3 bench/mc_reference.py LEVEL FILE.tif [FILE.tif ...] [--repeat 3] [--skip-skimage]
"""
import argparse
import time

import numpy as np
import tifffile


def skimage_mc(vol, level):
    from skimage import measure
    t0 = time.perf_counter()
    verts, faces, _, _ = measure.marching_cubes(vol, level)
    return time.perf_counter() - t0, len(verts), len(faces)


def vtk_flying_edges(vol, level):
    import vtk
    from vtk.util import numpy_support
    z, y, x = vol.shape
    image = vtk.vtkImageData()
    image.SetDimensions(x, y, z)
    arr = numpy_support.numpy_to_vtk(vol.ravel(order="C"), deep=False)
    image.GetPointData().SetScalars(arr)
    fe = vtk.vtkFlyingEdges3D()
    fe.SetInputData(image)
    fe.SetValue(0, level)
    fe.ComputeNormalsOn()
    t0 = time.perf_counter()
    fe.Update()
    dt = time.perf_counter() - t0
    out = fe.GetOutput()
    return dt, out.GetNumberOfPoints(), out.GetNumberOfPolys()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("level", type=float)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-skimage", action="store_true")
    a = ap.parse_args()
    import vtk
    threads = vtk.vtkSMPTools.GetEstimatedNumberOfThreads()
    for f in a.files:
        vol = tifffile.imread(f)
        name = f.rsplit("/", 1)[-1]
        voxels = vol.size
        tools = [("vtkFlyingEdges3D(%d thr)" % threads, vtk_flying_edges)]
        if not a.skip_skimage:
            tools.insert(0, ("skimage marching_cubes", skimage_mc))
        for label, fn in tools:
            best = None
            first = None
            for _ in range(a.repeat):
                dt, nv, nf = fn(vol, a.level)
                first = dt if first is None else first
                best = dt if best is None else min(best, dt)
            print("%-26s %-28s %8.1f ms %8.0f Mvoxel/s %10d vertices %10d triangles   (first run %.0f ms)" % (
                label, name, best * 1e3, voxels / best / 1e6, nv, nf, first * 1e3), flush=True)


if __name__ == "__main__":
    main()
