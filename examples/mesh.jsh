// A stack you make yourself, to a measured mesh: a ring (a torus) drawn voxel by voxel as a 16-bit stack, written
// as TIFF slices, loaded back, meshed by marching cubes and checked against the torus's formulas, then saved as PLY,
// STL and OBJ and read back. From the project folder, after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/stack3d-0.1.0-all.jar --startup DEFAULT --startup examples/startup.jsh examples/mesh.jsh
// or `java -jar target/stack3d-0.1.0-all.jar run examples/mesh.jsh`. Everything is written into stack3d-mesh/.

int status = 1; // 0 once every step below has run: jshell itself exits 0 after a failed snippet, /exit status does not
Path out = Path.of("stack3d-mesh");
try {
    // 1. The ring: tube radius r = 8 voxels around a circle of radius R = 24 voxels, in 96×96×40 voxels of
    //    0.25×0.25×0.25 mm. Values fall from 1000 to 0 across the one voxel around the surface, so that the surface
    //    at level 500 lies where the formulas put it (a 0/1000 stack would give the voxels' staircase).
    int w = 96, h = 96, d = 40;
    double bigR = 24, r = 8, mm = 0.25;
    short[][] voxels = new short[d][w * h];
    for (int z = 0; z < d; z++) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double fromTube = Math.hypot(Math.hypot(x - 47.5, y - 47.5) - bigR, z - 19.5) - r;
                voxels[z][y * w + x] = (short) Math.round(1000 * Math.min(1, Math.max(0, 0.5 - fromTube)));
            }
        }
    }
    Volume ring = Volume.ofShorts(w, h, voxels, spacing(mm, mm, mm, "mm"));
    System.out.println(ring);

    // 2. Written as 40 TIFF files and loaded back: the values and the spacing survive.
    writeStack(ring, Files.createDirectories(out.resolve("slices")));
    Volume stack = loadStack(out.resolve("slices"));
    System.out.println(describe(stack));
    for (int z = 0; z < d; z++) {
        if (!Arrays.equals(ring.shorts(z), stack.shorts(z)) || !stack.grid().equals(ring.grid())) {
            throw new IllegalStateException("slice " + z + " or the spacing changed on the way through TIFF");
        }
    }

    // 3. Marching cubes at level 500: a closed surface of one piece with one hole (genus 1), in mm.
    Mesh mesh = marchingCubes(stack, 500);
    MeshReport report = meshReport(mesh);
    System.out.println(report);
    if (!report.watertight() || report.components() != 1 || report.genus() != 1) {
        throw new IllegalStateException("expected one watertight surface of genus 1: " + report);
    }

    // 4. Measured against the torus: area 4π²Rr, volume 2π²Rr², both in mm.
    double area = 4 * Math.PI * Math.PI * bigR * r * mm * mm;
    double volume = 2 * Math.PI * Math.PI * bigR * r * r * mm * mm * mm;
    System.out.printf("area %.2f mm² (torus %.2f), volume %.2f mm³ (torus %.2f)%n", report.surfaceArea(), area,
            report.enclosedVolume(), volume);
    if (Math.abs(report.surfaceArea() / area - 1) > 0.02 || Math.abs(report.enclosedVolume() / volume - 1) > 0.02) {
        throw new IllegalStateException("area or volume more than 2 % from the torus's");
    }

    // 5. Saved in the three formats and read back: every file holds every triangle.
    savePly(mesh, out.resolve("ring.ply"));
    saveStl(mesh, out.resolve("ring.stl"));
    saveObj(mesh, out.resolve("ring.obj"));
    for (Mesh back : List.of(readPly(out.resolve("ring.ply")), readStl(out.resolve("ring.stl")),
            readObj(out.resolve("ring.obj")))) {
        if (back.triangleCount() != mesh.triangleCount()) {
            throw new IllegalStateException(back.triangleCount() + " triangles read back, " + mesh.triangleCount()
                    + " written");
        }
    }
    savePng(renderMesh(mesh, View.at(30, 40)), out.resolve("ring.png"));
    System.out.println("wrote " + out.resolve("ring.ply") + ", ring.stl, ring.obj and ring.png");
    status = 0;
} catch (Exception e) {
    System.err.println("mesh.jsh failed: " + e);
}
/exit status
