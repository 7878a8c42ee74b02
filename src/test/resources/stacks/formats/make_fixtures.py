#!/usr/bin/python3
"""Writes the small TIFF fixtures of this folder (see README.md). Run from this folder:
    /usr/bin/python3 make_fixtures.py
Needs numpy, tifffile (2023.2.3 was used) and OpenCV (cv2 4.6.0 was used; it writes the LZW and PackBits
files, which tifffile cannot without imagecodecs). Every pixel value follows from the formulas below, which
TiffFixtures.java in the tests repeats."""
import cv2
import numpy as np
import tifffile

W, H = 37, 23
y, x = np.mgrid[0:H, 0:W].astype(np.int64)


def gray8(z):
    return ((x * 7 + y * 13 + z * 29) & 255).astype(np.uint8)


def gray16(z):
    return ((x * 1031 + y * 257 + z * 4099) & 65535).astype(np.uint16)


def float32(z):
    return ((x - 2 * y) * 0.25 + z * 0.5).astype(np.float32)


def bits(z):
    return ((x * 3 + y * 5 + z) % 7) < 3


def rgba8():
    return np.stack([(x * 11 + y * 3) & 255, (x * 5 + y * 17) & 255, (x * 19 + y * 7) & 255,
                     (x * 13 + y * 23) & 255], axis=-1).astype(np.uint8)


def rgb16():
    return np.stack([(x * 2111 + y * 977) & 65535, (x * 613 + y * 3001) & 65535,
                     (x * 1709 + y * 4099) & 65535], axis=-1).astype(np.uint16)


def colormap():
    i = np.arange(256, dtype=np.int64)
    return np.stack([(i * 40503) & 65535, (i * 9973 + 12345) & 65535, (i * 30011 + 777) & 65535]).astype(np.uint16)


def stack(f, n):
    return np.stack([f(z) for z in range(n)])


tifffile.imwrite('gray8_le.tif', stack(gray8, 3), photometric='minisblack', rowsperstrip=5)
tifffile.imwrite('gray8_be.tif', stack(gray8, 3), photometric='minisblack', byteorder='>')
tifffile.imwrite('gray8_tiled_deflate.tif', stack(gray8, 3), photometric='minisblack', tile=(16, 16), compression='zlib')
cv2.imwritemulti('gray8_lzw.tif', [gray8(z) for z in range(3)])
cv2.imwritemulti('gray8_packbits.tif', [gray8(z) for z in range(3)], [cv2.IMWRITE_TIFF_COMPRESSION, 32773])
tifffile.imwrite('gray16_le.tif', stack(gray16, 3), photometric='minisblack')
tifffile.imwrite('gray16_be_tiled.tif', stack(gray16, 3), photometric='minisblack', byteorder='>', tile=(16, 16))
cv2.imwritemulti('gray16_lzw.tif', [gray16(z) for z in range(3)])
tifffile.imwrite('float32_le.tif', stack(float32, 3), photometric='minisblack')
tifffile.imwrite('float32_be_deflate.tif', stack(float32, 3), photometric='minisblack', byteorder='>', compression='zlib')
tifffile.imwrite('float16.tif', stack(float32, 2).astype(np.float16), photometric='minisblack')
tifffile.imwrite('bilevel_black.tif', stack(bits, 2), photometric='minisblack')
tifffile.imwrite('bilevel_white.tif', stack(bits, 2), photometric='miniswhite')
tifffile.imwrite('white8.tif', gray8(0), photometric='miniswhite')
tifffile.imwrite('white16.tif', gray16(0), photometric='miniswhite')
tifffile.imwrite('float32_white.tif', float32(0), photometric='miniswhite')
tifffile.imwrite('rgb8.tif', rgba8()[..., :3], photometric='rgb')
tifffile.imwrite('rgb8_planar_be.tif', np.moveaxis(rgba8()[..., :3], -1, 0), photometric='rgb',
                 planarconfig='separate', byteorder='>')
tifffile.imwrite('rgba8_unassociated.tif', rgba8(), photometric='rgb', extrasamples=[2])
tifffile.imwrite('rgba8_associated.tif', rgba8(), photometric='rgb', extrasamples=[1])
tifffile.imwrite('rgb16.tif', rgb16(), photometric='rgb')
tifffile.imwrite('palette8.tif', ((x * 7 + y * 13) & 255).astype(np.uint8), photometric='palette',
                 colormap=colormap())
tifffile.imwrite('imagej_micron.tif', stack(gray16, 3), imagej=True, resolution=(1 / 0.25, 1 / 0.5),
                 metadata={'axes': 'ZYX', 'spacing': 2.5, 'unit': 'micron'})
tifffile.imwrite('imagej_escaped_unit.tif', gray8(0), imagej=True, resolution=(4, 4),
                 metadata={'spacing': 3.0, 'unit': '\\u00B5m'})
tifffile.imwrite('plain_72dpi.tif', gray8(0), resolution=(72, 72))
tifffile.imwrite('bigtiff.tif', stack(gray8, 2), photometric='minisblack', bigtiff=True)
tifffile.imwrite('signed16.tif', gray16(0).astype(np.int16))
tifffile.imwrite('gray8_other_size.tif', gray8(0)[:-1])
