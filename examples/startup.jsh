// stack3d's jshell startup: the facade's methods and the data model by their simple names. Use it after the JDK's
// own DEFAULT startup (java.io, java.nio.file, java.util, ...), from the project folder:
//   jshell --class-path target/stack3d-0.1.0-all.jar --startup DEFAULT --startup examples/startup.jsh
// `java -jar target/stack3d-0.1.0-all.jar jshell` and `... run SCRIPT.jsh` start with the same imports.
import static io.github.stack3d.Stack3D.*;
import io.github.stack3d.*;
import io.github.stack3d.mesh.MeshReport;
import java.awt.Color;
import java.awt.image.BufferedImage;
