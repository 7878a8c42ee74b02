// Pictures of the project's sample specimen: orthogonal views with the mask, a maximum projection, the histogram
// with its Otsu threshold, a volume rendering of the dark object, its mesh and a turntable. From the project folder,
// after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/stack3d-0.1.0-all.jar --startup DEFAULT --startup examples/startup.jsh examples/render.jsh
// or `java -jar target/stack3d-0.1.0-all.jar run examples/render.jsh`. Everything is written into stack3d-render/.

int status = 1; // 0 once every step below has run: jshell itself exits 0 after a failed snippet, /exit status does not
Path out = Path.of("stack3d-render");
try {
    Files.createDirectories(out);
    Volume stack = sampleStack();
    double level = otsu(stack);                       // between the dark body and the bright background
    Mask body = inRange(stack, 0, level);            // the voxels at or below it
    System.out.println(stack + ", Otsu level " + level + ", " + body);

    // Through the stack: XY, YZ and XZ planes through the centre with the mask, and the darkest voxel along z.
    savePng(orthoViews(stack, body), out.resolve("ortho.png"));
    savePng(project(stack, Axis.Z, Projection.MIN, Colormap.MAGMA), out.resolve("min-projection.png"));
    saveSvg(histogram(stack, level), out.resolve("histogram.svg"));

    // In 3D: the dark object by ray casting (opacity rising from level down to 0), and its mesh, still and turning.
    savePng(volumeRender(stack, View.at(30, 20), TransferFunction.ramp(level, 0)), out.resolve("volume.png"));
    Mesh mesh = marchingCubesBelow(stack, level);
    savePng(renderMesh(mesh), out.resolve("mesh.png"));
    saveGif(turntable(mesh, 24, View.at(30, 20).withSize(256, 256)), out.resolve("turntable.gif"), 12);
    System.out.println(mesh);
    System.out.println("wrote ortho.png, min-projection.png, histogram.svg, volume.png, mesh.png and turntable.gif"
            + " in " + out);
    status = 0;
} catch (Exception e) {
    System.err.println("render.jsh failed: " + e);
}
/exit status
