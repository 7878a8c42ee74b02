/**
 * The interactive viewer's page: geometry and volumes encoded compactly for a browser ({@link
 * io.github.stack3d.web.GeometryCode}: 16-bit quantised positions and varint index differences; {@link
 * io.github.stack3d.web.VolumeTexture}: a stack block-averaged and quantised to an 8-bit 3D texture), three.js
 * read from its WebJar and inlined ({@link io.github.stack3d.web.ThreeModules}), and the HTML element and page
 * that hold them with a still picture ({@link io.github.stack3d.web.ViewerPage}, whose script is {@code
 * viewer.js} beside it). Everything a page needs is inside it: it works offline, in a notebook or opened from
 * disk. Plain Java; {@code io.github.stack3d.notebook.Viewer} is the value people hold.
 */
package io.github.stack3d.web;
