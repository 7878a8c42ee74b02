/**
 * stack3d on Apache Spark: {@link io.github.stack3d.spark.SparkMeshes} runs marching cubes and shell points one
 * task per z-slab and joins the result on the driver, byte for byte the core library's;
 * {@link io.github.stack3d.spark.MeshPartFiles} keeps a mesh as one file per slab and merges it into one PLY in
 * constant memory; {@link io.github.stack3d.spark.SparkMain} is the {@code spark-submit} main class.
 */
package io.github.stack3d.spark;
