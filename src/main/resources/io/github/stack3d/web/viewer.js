// The stack3d viewer: turns the still picture of a viewer element into a live three.js view. The page
// (ViewerPage.java) puts in the element a JSON settings block (script.stack3d-config), the geometry or volume
// as gzip-compressed base64 (script.stack3d-data, decoded as GeometryCode.java and VolumeTexture.java
// describe) and the three.js modules (script[data-module]), then calls start(id). Everything is offline.

function start(id) {
  var root = document.getElementById(id);
  if (!root) {
    return;
  }
  run(root).catch(function (e) {
    root.dataset.state = 'error';
    var note = root.querySelector('.stack3d-note');
    note.textContent = 'still picture: ' + (e && e.message ? e.message : e);
    note.style.display = 'block';
  });
}

/** The bytes of gzip-compressed base64 text. */
async function inflate(base64) {
  var text = atob(base64.trim());
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) {
    bytes[i] = text.charCodeAt(i);
  }
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** three.js, its orbit controls and volume shader, imported once per page from the first viewer's copy. */
function three(root, version) {
  var key = '__stack3dThree' + version;
  if (!window[key]) {
    window[key] = (async function () {
      var urls = {};
      var names = ['core', 'three', 'controls', 'volume'];
      for (var i = 0; i < names.length; i++) {
        var packed = root.querySelector('script[data-module="' + names[i] + '"]').textContent;
        var source = new TextDecoder().decode(await inflate(packed))
            .split('"stack3d:core"').join(JSON.stringify(urls.core || ''))
            .split('"stack3d:three"').join(JSON.stringify(urls.three || ''));
        urls[names[i]] = URL.createObjectURL(new Blob([source], {type: 'text/javascript'}));
      }
      var THREE = await import(urls.three);
      var controls = await import(urls.controls);
      var volume = await import(urls.volume);
      return {THREE: THREE, OrbitControls: controls.OrbitControls, VolumeShader: volume.VolumeRenderShader1};
    })();
    window[key].catch(function () {
      delete window[key];
    });
  }
  return window[key];
}

/** Positions from 16-bit differences, low bytes then high bytes, over the bounds. */
function positions(bytes, count, bounds) {
  var m = 3 * count;
  var out = new Float32Array(m);
  var previous = [0, 0, 0];
  var step = [0, 1, 2].map(function (a) { return (bounds[a + 3] - bounds[a]) / 65535; });
  for (var i = 0; i < m; i++) {
    var a = i % 3;
    var q = (previous[a] + (bytes[i] | bytes[m + i] << 8)) & 0xFFFF;
    previous[a] = q;
    out[i] = bounds[a] + q * step[a];
  }
  return out;
}

/** Triangle indices from zigzag varint differences. */
function indices(bytes, count, vertices) {
  var out = vertices > 65535 ? new Uint32Array(count) : new Uint16Array(count);
  var p = 0;
  var previous = 0;
  for (var i = 0; i < count; i++) {
    var z = 0;
    var scale = 1;
    var b;
    do {
      b = bytes[p++];
      z += (b & 0x7F) * scale;
      scale *= 128;
    } while (b & 0x80);
    previous += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    out[i] = previous;
  }
  return out;
}

/** sRGB bytes (3 a color) as linear floats, what three.js expects of vertex colors. */
function linear(bytes) {
  var table = new Float32Array(256);
  for (var i = 0; i < 256; i++) {
    var c = i / 255;
    table[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  var out = new Float32Array(bytes.length);
  for (var j = 0; j < bytes.length; j++) {
    out[j] = table[bytes[j]];
  }
  return out;
}

function meshObject(lib, cfg, parts) {
  var THREE = lib.THREE;
  var geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions(parts.positions, cfg.vertices,
      cfg.bounds), 3));
  geometry.setIndex(new THREE.BufferAttribute(indices(parts.indices, 3 * cfg.triangles, cfg.vertices), 1));
  if (parts.colors) {
    geometry.setAttribute('color', new THREE.BufferAttribute(linear(parts.colors), 3));
  }
  geometry.computeVertexNormals();
  var surface = new THREE.Mesh(geometry, new THREE.MeshPhongMaterial({
    color: parts.colors ? 0xFFFFFF : cfg.color, vertexColors: !!parts.colors, side: THREE.DoubleSide,
    specular: 0x222222, shininess: 30, polygonOffset: true, polygonOffsetFactor: 1, polygonOffsetUnits: 1}));
  var wire = new THREE.Mesh(geometry, new THREE.MeshBasicMaterial({color: 0x000000, wireframe: true,
    transparent: true, opacity: 0.35}));
  wire.visible = cfg.wireframe;
  var group = new THREE.Group();
  group.add(surface, wire);
  group.userData.geometry = geometry;
  group.userData.wire = wire;
  return group;
}

function pointsObject(lib, cfg, parts) {
  var THREE = lib.THREE;
  var geometry = new THREE.BufferGeometry();
  var xyz = positions(parts.positions, cfg.vertices, cfg.bounds);
  geometry.setAttribute('position', new THREE.BufferAttribute(xyz, 3));
  var rgb = parts.colors;
  if (!rgb) {
    // no colors of their own: the colormap along z (slice order), from a quarter up so none is black
    rgb = new Uint8Array(xyz.length);
    var z0 = cfg.bounds[2];
    var dz = cfg.bounds[5] - z0 || 1;
    for (var i = 0; i < cfg.vertices; i++) {
      var k = 3 * Math.round(64 + 191 * (xyz[3 * i + 2] - z0) / dz);
      rgb[3 * i] = parts.colormap[k];
      rgb[3 * i + 1] = parts.colormap[k + 1];
      rgb[3 * i + 2] = parts.colormap[k + 2];
    }
  }
  geometry.setAttribute('color', new THREE.BufferAttribute(linear(rgb), 3));
  var points = new THREE.Points(geometry, new THREE.PointsMaterial({size: cfg.pointSize, sizeAttenuation: false,
    vertexColors: true}));
  points.userData.geometry = geometry;
  return points;
}

function volumeObject(lib, cfg, parts) {
  var THREE = lib.THREE;
  var n = cfg.size;
  var texture = new THREE.Data3DTexture(parts.voxels, n[0], n[1], n[2]);
  texture.format = THREE.RedFormat;
  texture.type = THREE.UnsignedByteType;
  texture.minFilter = THREE.LinearFilter;
  texture.magFilter = THREE.LinearFilter;
  texture.unpackAlignment = 1;
  texture.needsUpdate = true;
  var colormap = new Uint8Array(256 * 4);
  for (var i = 0; i < 256; i++) {
    colormap.set([parts.colormap[3 * i], parts.colormap[3 * i + 1], parts.colormap[3 * i + 2], 255], 4 * i);
  }
  var mipColors = new THREE.DataTexture(colormap, 256, 1);
  var surface = new THREE.DataTexture(new Uint8Array([cfg.color >> 16 & 255, cfg.color >> 8 & 255,
    cfg.color & 255, 255]), 1, 1);
  [mipColors, surface].forEach(function (t) {
    t.minFilter = THREE.LinearFilter;
    t.magFilter = THREE.LinearFilter;
    t.needsUpdate = true;
  });
  var shader = lib.VolumeShader;
  var uniforms = THREE.UniformsUtils.clone(shader.uniforms);
  uniforms.u_data.value = texture;
  uniforms.u_size.value.set(n[0], n[1], n[2]);
  uniforms.u_clim.value.set(0, 1);
  var material = new THREE.ShaderMaterial({uniforms: uniforms, vertexShader: shader.vertexShader,
    fragmentShader: shader.fragmentShader, side: THREE.BackSide});
  // the shader's box spans voxel centres 0..n-1 (and half a voxel beyond) in index units; the object's scale
  // and position make those the physical places origin + index * spacing
  var geometry = new THREE.BoxGeometry(n[0], n[1], n[2]);
  geometry.translate(n[0] / 2 - 0.5, n[1] / 2 - 0.5, n[2] / 2 - 0.5);
  var box = new THREE.Mesh(geometry, material);
  box.scale.fromArray(cfg.spacing);
  box.position.fromArray(cfg.origin);
  var inverted = null;
  // iso: the shader finds values above the level; a dark object gets the inverted values and level
  box.userData.show = function (mode, level) {
    var dark = mode === 'iso' && cfg.dark;
    if (dark && !inverted) {
      inverted = parts.voxels.map(function (v) { return 255 - v; });
    }
    var data = dark ? inverted : parts.voxels;
    if (texture.image.data !== data) {
      texture.image.data = data;
      texture.needsUpdate = true;
    }
    uniforms.u_renderstyle.value = mode === 'iso' ? 1 : 0;
    uniforms.u_cmdata.value = mode === 'iso' ? surface : mipColors;
    uniforms.u_renderthreshold.value = dark ? 1 - level / 255 : level / 255;
  };
  box.userData.show(cfg.mode, cfg.level);
  return box;
}

function camera(THREE, cfg) {
  var forward = new THREE.Vector3().fromArray(cfg.forward);
  var centre = new THREE.Vector3().fromArray(cfg.centre);
  var r = cfg.radius;
  var across = Math.min(cfg.width, cfg.height);
  var cam;
  var distance;
  if (cfg.perspective) {
    // as the still's camera: a 30 degree field across the smaller side, narrowed by the zoom
    distance = r / Math.sin(Math.PI / 12);
    var fov = 2 * Math.atan(Math.tan(Math.PI / 12) * cfg.height / across / cfg.zoom) * 180 / Math.PI;
    cam = new THREE.PerspectiveCamera(fov, cfg.width / cfg.height, distance / 100, distance * 100);
  } else {
    distance = 4 * r;
    var w = r * cfg.width / across;
    var h = r * cfg.height / across;
    cam = new THREE.OrthographicCamera(-w, w, h, -h, r / 2, 8 * r);
    cam.zoom = cfg.zoom;
  }
  // y grows down a slice: the picture's up is -y, the axis azimuth turns about
  cam.up.fromArray(cfg.down).negate();
  cam.position.copy(centre).addScaledVector(forward, -distance);
  cam.lookAt(centre);
  cam.updateProjectionMatrix();
  return cam;
}

function button(bar, label, action) {
  var b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.style.cssText = 'font:11px sans-serif;padding:1px 6px;opacity:0.85;cursor:pointer';
  b.addEventListener('click', function () {
    action(b);
  });
  bar.appendChild(b);
  return b;
}

async function run(root) {
  var cfg = JSON.parse(root.querySelector('script.stack3d-config').textContent);
  var lib = await three(root, cfg.three);
  var THREE = lib.THREE;
  var data = await inflate(root.querySelector('script.stack3d-data').textContent);
  var parts = {};
  var offset = 0;
  cfg.sections.forEach(function (s) {
    parts[s[0]] = data.subarray(offset, offset + s[1]);
    offset += s[1];
  });
  var renderer = new THREE.WebGLRenderer({antialias: true});
  renderer.setPixelRatio(window.devicePixelRatio || 1);
  renderer.setSize(cfg.width, cfg.height);
  renderer.setClearColor(new THREE.Color(cfg.background));
  var scene = new THREE.Scene();
  var cam = camera(THREE, cfg);
  scene.add(cam);
  var object = cfg.kind === 'volume' ? volumeObject(lib, cfg, parts)
      : cfg.kind === 'mesh' ? meshObject(lib, cfg, parts) : pointsObject(lib, cfg, parts);
  scene.add(object);
  // lighting: a dim ambient light, and a key light either carried by the camera (headlight) or fixed in
  // the scene where the camera first was (turn the object to see its relief)
  scene.add(new THREE.AmbientLight(0xFFFFFF, 0.6));
  var head = new THREE.DirectionalLight(0xFFFFFF, 2.4);
  head.position.set(-0.4, 0.5, 1);
  head.target.position.set(0, 0, -1);
  cam.add(head, head.target);
  var fixed = new THREE.DirectionalLight(0xFFFFFF, 2.4);
  fixed.position.copy(cam.localToWorld(new THREE.Vector3(-0.4, 0.5, 1).multiplyScalar(cfg.radius)));
  fixed.target.position.fromArray(cfg.centre);
  fixed.visible = false;
  scene.add(fixed, fixed.target);
  var render = function () {
    renderer.render(scene, cam);
  };
  var controls = new lib.OrbitControls(cam, renderer.domElement);
  controls.target.fromArray(cfg.centre);
  controls.update();
  controls.saveState();
  controls.addEventListener('change', render);

  var bar = document.createElement('div');
  bar.className = 'stack3d-bar';
  bar.style.cssText = 'position:absolute;left:4px;top:4px;display:flex;gap:4px;line-height:normal';
  button(bar, 'reset', function () {
    controls.reset();
  });
  if (cfg.kind === 'mesh') {
    button(bar, 'wireframe', function () {
      object.userData.wire.visible = !object.userData.wire.visible;
      render();
    });
    button(bar, 'light: camera', function (b) {
      head.visible = !head.visible;
      fixed.visible = !head.visible;
      b.textContent = head.visible ? 'light: camera' : 'light: fixed';
      render();
    });
  }
  if (cfg.kind === 'volume') {
    var mode = cfg.mode;
    var slider = document.createElement('input');
    slider.type = 'range';
    slider.min = 0;
    slider.max = 255;
    slider.value = cfg.level;
    slider.title = 'isosurface level';
    var label = document.createElement('span');
    label.style.cssText = 'font:11px sans-serif;color:#ccc';
    var update = function () {
      var v = Number(slider.value);
      label.textContent = mode === 'iso' ? 'level ' + (cfg.range[0] + v / 255 * (cfg.range[1] - cfg.range[0]))
          .toPrecision(4) : '';
      slider.style.display = mode === 'iso' ? '' : 'none';
      object.userData.show(mode, v);
      render();
    };
    button(bar, mode === 'iso' ? 'isosurface' : 'MIP', function (b) {
      mode = mode === 'iso' ? 'mip' : 'iso';
      b.textContent = mode === 'iso' ? 'isosurface' : 'MIP';
      update();
    });
    slider.addEventListener('input', update);
    bar.appendChild(slider);
    bar.appendChild(label);
    update();
  }
  renderer.domElement.style.cssText = 'display:block;width:' + cfg.width + 'px;height:' + cfg.height + 'px';
  root.querySelector('img.stack3d-still').style.display = 'none';
  root.insertBefore(renderer.domElement, root.firstChild);
  root.appendChild(bar);
  render();
  if (object.userData.geometry) {
    object.userData.geometry.computeBoundingBox();
    var box = object.userData.geometry.boundingBox;
    root.dataset.bounds = JSON.stringify(box.min.toArray().concat(box.max.toArray()));
  }
  root.dataset.state = 'ready';
}
