// stack3d quick start: the seed's job on the project's sample specimen, step by step. From the project folder,
// after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/stack3d-0.1.0-all.jar --startup DEFAULT --startup examples/startup.jsh examples/quickstart.jsh
// or `java -jar target/stack3d-0.1.0-all.jar run examples/quickstart.jsh`. Everything is written into stack3d-quickstart/.

int status = 1; // 0 once every step below has run: jshell itself exits 0 after a failed snippet, /exit status does not
Path out = Path.of("stack3d-quickstart");
try {
    // 1. A stack of 2D TIFF slices. This one is the project's synthetic specimen, written as 128 files.
    Path slices = Files.createDirectories(out.resolve("slices"));
    writeStack(sampleStack(), slices);

    // 2. Load the folder: natural order (slice_2 before slice_10), spacing from the files.
    Volume stack = loadStack(slices);
    System.out.println(describe(stack));

    // 3. Threshold every slice like the seed answer's cv2.inRange(img, 0, 100), and look at it.
    Mask mask = inRange(stack, 0, 100);
    System.out.println(mask);
    savePng(preview(stack, mask, 64), out.resolve("overlay.png"));
    savePng(montage(mask), out.resolve("mask-montage.png"));

    // 4. The seed's shell point cloud, as a binary PLY (savePlyAscii for a text file).
    PointCloud shell = shellPoints(mask);
    System.out.println(shell);
    savePly(shell, out.resolve("shell.ply"));

    // 5. A watertight surface mesh in physical units, measured and saved: the smooth surface around the voxels
    //    <= 100.5 (a dark object; marchingCubes(stack, level) is for bright ones, marchingCubes(mask) gives the
    //    mask's terraced surface).
    Mesh mesh = marchingCubesBelow(stack, 100.5);
    System.out.println(meshReport(mesh));
    savePly(mesh, out.resolve("mesh.ply"));
    saveStl(mesh, out.resolve("mesh.stl"));
    System.out.printf("area %.1f %s², volume %.1f %s³%n", surfaceArea(mesh), mesh.unit(), enclosedVolume(mesh),
            mesh.unit());
    status = 0;
} catch (Exception e) {
    System.err.println("quickstart.jsh failed: " + e);
}
/exit status
