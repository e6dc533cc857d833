import { BackSide, ShaderMaterial, type Texture } from 'three';

/**
 * Draws an equirectangular image by computing each fragment's view direction, with the same
 * yaw/pitch convention as `core/yaw-pitch.ts` (yaw 0 = image centre = −Z, positive right).
 * Exact mapping (no UV-sphere distortion at the poles) and one material for mono, top and
 * bottom stereo halves. `uBrightness` drives the fade between nodes without extra geometry.
 */
export function createPanoramaMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      uMap: { value: null as Texture | null },
      uHalf: { value: 0 }, // 0 = whole image, 1 = top half (left eye), 2 = bottom half (right eye)
      uBrightness: { value: 1 },
      uDim: { value: 1 },
    },
    vertexShader: /* glsl */ `
      varying vec3 vDir;
      void main() {
        vDir = position;
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }
    `,
    fragmentShader: /* glsl */ `
      uniform sampler2D uMap;
      uniform int uHalf;
      uniform float uBrightness;
      uniform float uDim;
      varying vec3 vDir;
      const float PI = 3.141592653589793;
      void main() {
        vec3 d = normalize(vDir);
        float u = atan(d.x, -d.z) / (2.0 * PI) + 0.5;
        float v = 0.5 + asin(clamp(d.y, -1.0, 1.0)) / PI; // 0 at the bottom (texture space)
        // Seam fix (Tarini): where u wraps, use the coordinate whose derivative is continuous.
        float u2 = fract(u + 0.5) - 0.5;
        u = fwidth(u) <= fwidth(u2) + 1e-5 ? u : u2;
        if (uHalf == 1) v = 0.5 + v * 0.5;
        else if (uHalf == 2) v = v * 0.5;
        vec4 c = texture2D(uMap, vec2(u, v));
        gl_FragColor = vec4(c.rgb * uBrightness * uDim, 1.0);
        #include <colorspace_fragment>
      }
    `,
    side: BackSide,
    depthWrite: false,
    depthTest: false,
  });
}
