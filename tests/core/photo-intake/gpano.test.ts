import { describe, expect, it } from 'vitest';
import { parseGPano } from '../../../src/core/photo-intake/gpano.ts';
import { placePanorama } from '../../../src/core/photo-intake/panorama-placement.ts';

const attributeForm = `<x:xmpmeta><rdf:RDF><rdf:Description xmlns:GPano="http://ns.google.com/photos/1.0/panorama/"
  GPano:ProjectionType="equirectangular" GPano:FullPanoWidthPixels="8000" GPano:FullPanoHeightPixels="4000"
  GPano:CroppedAreaImageWidthPixels="5000" GPano:CroppedAreaImageHeightPixels="2000"
  GPano:CroppedAreaLeftPixels="1500" GPano:CroppedAreaTopPixels="1000" GPano:PoseHeadingDegrees="90.5"/></rdf:RDF></x:xmpmeta>`;
const elementForm = `<rdf:Description><GPano:ProjectionType>equirectangular</GPano:ProjectionType>
  <GPano:FullPanoWidthPixels>8000</GPano:FullPanoWidthPixels><GPano:CroppedAreaImageWidthPixels>8000</GPano:CroppedAreaImageWidthPixels>
  <GPano:CroppedAreaImageHeightPixels>4000</GPano:CroppedAreaImageHeightPixels></rdf:Description>`;

describe('GPano', () => {
  it('reads the attribute and the element form, and ignores XMP without GPano or with junk values', () => {
    expect(parseGPano(attributeForm)).toEqual({
      projectionType: 'equirectangular',
      fullPanoWidth: 8000,
      fullPanoHeight: 4000,
      croppedWidth: 5000,
      croppedHeight: 2000,
      croppedLeft: 1500,
      croppedTop: 1000,
      poseHeading: 90.5,
    });
    expect(parseGPano(elementForm)).toMatchObject({ fullPanoWidth: 8000, croppedWidth: 8000, croppedHeight: 4000 });
    expect(parseGPano('<x:xmpmeta/>')).toBeNull();
    expect(parseGPano('GPano:FullPanoWidthPixels="lots"')).toBeNull();
  });

  it('places a partial panorama where its crop says, scaled to the file as uploaded', () => {
    const g = parseGPano(attributeForm);
    // The file was resized to half after the metadata was written.
    expect(placePanorama(2500, 1000, g)).toEqual({
      ok: true,
      placement: { fullWidth: 4000, fullHeight: 2000, left: 750, top: 500, width: 2500, height: 1000, whole: false },
    });
  });

  it('takes a whole 2:1 image as the sphere, refuses other shapes without GPano and impossible crops', () => {
    expect(placePanorama(6000, 3000, null)).toMatchObject({ ok: true, placement: { whole: true, fullWidth: 6000 } });
    expect(placePanorama(4000, 3000, null)).toEqual({ ok: false, reason: 'not-2-to-1' });
    expect(placePanorama(4000, 3000, { fullPanoWidth: 3000, croppedWidth: 4000, croppedHeight: 3000 })).toEqual({ ok: false, reason: 'bad-gpano' });
    expect(placePanorama(4000, 2000, { projectionType: 'cylindrical', fullPanoWidth: 4000, croppedWidth: 4000, croppedHeight: 2000 })).toEqual({
      ok: false,
      reason: 'bad-gpano',
    });
  });
});
