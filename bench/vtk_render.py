#!/usr/bin/python3
"""VTK's CPU ray caster (vtkFixedPointVolumeRayCastMapper) on the same stacks, picture size and sampling as
VolumeRenderBenchmark: 512x512, sample distance 1 voxel, image sample distance 1, no automatic adjustment,
trilinear interpolation, opacity ramp 0 at FROM to OPACITY at TO (per unit distance 1 = one sample), gray colors;
MIP and composite; the first frame and the median of later frames at new azimuths (elevation 20).
Needs an X server: run under xvfb-run -a. Usage: vtk_render.py FRAMES FROM TO OPACITY STACK.tif..."""
import os
import statistics
import sys
import time

import tifffile
import vtk
from vtk.util import numpy_support

frames, lo, hi, opacity = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"VTK {vtk.vtkVersion.GetVTKVersion()}, {vtk.vtkMultiThreader.GetGlobalDefaultNumberOfThreads()} threads")
print(f"{'stack':22s} {'mode':10s} {'first ms':>12s} {'median ms':>14s}")
for path in sys.argv[5:]:
    vol = tifffile.imread(path)
    z, y, x = vol.shape
    for mode in ("MIP", "COMPOSITE"):
        image = vtk.vtkImageData()
        image.SetDimensions(x, y, z)
        image.GetPointData().SetScalars(numpy_support.numpy_to_vtk(vol.ravel(), deep=True))
        mapper = vtk.vtkFixedPointVolumeRayCastMapper()
        mapper.SetInputData(image)
        mapper.SetSampleDistance(1.0)
        mapper.SetImageSampleDistance(1.0)
        mapper.SetAutoAdjustSampleDistances(0)
        if mode == "MIP":
            mapper.SetBlendModeToMaximumIntensity()
        else:
            mapper.SetBlendModeToComposite()
        color = vtk.vtkColorTransferFunction()
        opac = vtk.vtkPiecewiseFunction()
        if mode == "MIP":
            color.AddRGBPoint(0, 0, 0, 0)
            color.AddRGBPoint(255, 1, 1, 1)
            opac.AddPoint(0, 1)
            opac.AddPoint(255, 1)
        else:
            color.AddRGBPoint(lo, 0, 0, 0)
            color.AddRGBPoint(hi, 1, 1, 1)
            opac.AddPoint(0, 0)
            opac.AddPoint(lo, 0)
            opac.AddPoint(hi, opacity)
            opac.AddPoint(255, opacity)
        prop = vtk.vtkVolumeProperty()
        prop.SetColor(color)
        prop.SetScalarOpacity(opac)
        prop.SetScalarOpacityUnitDistance(1.0)
        prop.SetInterpolationTypeToLinear()
        prop.ShadeOff()
        volume = vtk.vtkVolume()
        volume.SetMapper(mapper)
        volume.SetProperty(prop)
        ren = vtk.vtkRenderer()
        ren.AddVolume(volume)
        win = vtk.vtkRenderWindow()
        win.SetOffScreenRendering(1)
        win.SetSize(512, 512)
        win.AddRenderer(ren)
        ren.ResetCamera()
        cam = ren.GetActiveCamera()
        cam.Elevation(20)
        cam.OrthogonalizeViewUp()
        t = time.perf_counter()
        win.Render()
        first = (time.perf_counter() - t) * 1000
        ms = []
        for i in range(frames):
            cam.Azimuth(360.0 / (frames + 1))
            t = time.perf_counter()
            win.Render()
            ms.append((time.perf_counter() - t) * 1000)
        print(f"{os.path.basename(path):22s} {mode:10s} {first:12.1f} {statistics.median(ms):14.1f}")
        if os.environ.get("VTK_PNG_DIR"):           # the last frame, to compare with stack3d's picture
            grab = vtk.vtkWindowToImageFilter()
            grab.SetInput(win)
            grab.Update()
            png = vtk.vtkPNGWriter()
            png.SetFileName(os.path.join(os.environ["VTK_PNG_DIR"],
                                         f"vtk-{os.path.basename(path)[:-4]}-{mode.lower()}.png"))
            png.SetInputConnection(grab.GetOutputPort())
            png.Write()
        win.Finalize()
