#!/usr/bin/python3
"""The whole job with VTK, as one process: a folder of TIFF slices (natural order) -> tifffile ->
vtkFlyingEdges3D -> vtkPLYWriter (binary). Usage: vtk_pipeline.py FOLDER OUT.ply LEVEL"""
import os
import re
import sys

import numpy as np
import tifffile
import vtk
from vtk.util import numpy_support


def natural(name):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


folder, out, level = sys.argv[1], sys.argv[2], float(sys.argv[3])
files = sorted((f for f in os.listdir(folder) if f.lower().endswith((".tif", ".tiff"))), key=natural)
vol = np.stack([tifffile.imread(os.path.join(folder, f)) for f in files])
z, y, x = vol.shape
image = vtk.vtkImageData()
image.SetDimensions(x, y, z)
image.GetPointData().SetScalars(numpy_support.numpy_to_vtk(vol.ravel(), deep=False))
fe = vtk.vtkFlyingEdges3D()
fe.SetInputData(image)
fe.SetValue(0, level)
writer = vtk.vtkPLYWriter()
writer.SetInputConnection(fe.GetOutputPort())
writer.SetFileName(out)
writer.SetFileTypeToBinary()
writer.Write()
print(fe.GetOutput().GetNumberOfPoints(), "vertices", fe.GetOutput().GetNumberOfPolys(), "triangles")
