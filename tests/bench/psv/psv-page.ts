/**
 * Photo Sphere Viewer 5 showing one equirectangular image (`?src=`), for `npm run bench:player`
 * only: the reference the player's time to first picture is compared with. Plain defaults, no
 * navbar; `psv:ready` is marked when PSV says the panorama is loaded and about to be drawn.
 */
import { Viewer } from '@photo-sphere-viewer/core';
import '@photo-sphere-viewer/core/index.css';

const src = new URLSearchParams(location.search).get('src');
if (!src) throw new Error('psv page: give the image as ?src=');
const viewer = new Viewer({ container: 'viewer', panorama: src, navbar: false, loadingTxt: '' });
viewer.addEventListener('ready', () => performance.mark('psv:ready'), { once: true });
