"""Quadric decimation of PLY meshes by Open3D and VTK, the timed call only (mesh already in memory), best of
REPEAT runs after one warm-up run; writes open3d-NAME.ply and vtk-NAME.ply into OUTDIR and prints one line per
tool and mesh: triangles, time, area and volume change (Open3D's get_surface_area / get_volume).
Usage: /usr/bin/python3 bench/decimate_reference.py FRACTION OUTDIR MESH.ply...
Needs Debian's python3-open3d and python3-vtk9."""
import os
import sys
import time

import numpy as np
import open3d as o3d
import vtk
from vtk.util.numpy_support import vtk_to_numpy

REPEAT = int(os.environ.get("REPEAT", "5"))


def best_of(run):
    result = run()
    first = None
    best = float("inf")
    for r in range(REPEAT + 1):
        t0 = time.perf_counter()
        result = run()
        t = time.perf_counter() - t0
        if r == 0:
            first = t
        else:
            best = min(best, t)
    return result, best, first


def area_volume(vertices, triangles):
    a = vertices[triangles[:, 0]]
    b = vertices[triangles[:, 1]]
    c = vertices[triangles[:, 2]]
    area = 0.5 * np.linalg.norm(np.cross(b - a, c - a), axis=1).sum()
    volume = np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6
    return area, volume


def report(tool, name, n, vertices, triangles, seconds, first, before):
    area, volume = area_volume(vertices, triangles)
    print(f"{tool:<10} {name:<24} {n:8d} -> {len(triangles):7d} triangles {seconds * 1e3:8.1f} ms "
          f"(first run {first * 1e3:.0f} ms)  area {100 * (area / before[0] - 1):+.3f} %  "
          f"volume {100 * (volume / before[1] - 1):+.3f} %", flush=True)


def main():
    fraction = float(sys.argv[1])
    out = sys.argv[2]
    for path in sys.argv[3:]:
        name = os.path.basename(path)
        mesh = o3d.io.read_triangle_mesh(path)
        n = len(mesh.triangles)
        target = int(round(fraction * n))
        before = area_volume(np.asarray(mesh.vertices), np.asarray(mesh.triangles))

        result, seconds, first = best_of(lambda: mesh.simplify_quadric_decimation(target))
        o3d.io.write_triangle_mesh(os.path.join(out, "open3d-" + name), result)
        report("Open3D", name, n, np.asarray(result.vertices), np.asarray(result.triangles), seconds, first,
               before)

        reader = vtk.vtkPLYReader()
        reader.SetFileName(path)
        reader.Update()
        poly = reader.GetOutput()

        def decimate():
            d = vtk.vtkQuadricDecimation()
            d.SetInputData(poly)
            d.SetTargetReduction(1 - target / n)
            d.Update()
            return d.GetOutput()

        result, seconds, first = best_of(decimate)
        writer = vtk.vtkPLYWriter()
        writer.SetFileName(os.path.join(out, "vtk-" + name))
        writer.SetInputData(result)
        writer.SetFileTypeToBinary()
        writer.Write()
        points = vtk_to_numpy(result.GetPoints().GetData()).astype(np.float64)
        cells = vtk_to_numpy(result.GetPolys().GetConnectivityArray()).reshape(-1, 3)
        report("VTK", name, n, points, cells, seconds, first, before)


if __name__ == "__main__":
    main()
