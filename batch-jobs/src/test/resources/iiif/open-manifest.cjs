// Opens a manifest with @iiif/parser, an IIIF client independent of disan: its strict upgrade
// lists what it had to correct, and its normaliser resolves canvases, annotations and services.
// Prints what it found as JSON. Usage: node open-manifest.cjs PARSER-FOLDER MANIFEST-FILE
'use strict';
const fs = require('fs');
const path = require('path');
const parserFolder = process.argv[2];
const { normalize } = require(path.join(parserFolder, 'dist', 'index.cjs'));
const { presentation3StrictUpgrade } = require(path.join(parserFolder, 'dist', 'strict.cjs'));

const manifest = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const report = { warnings: [] };
presentation3StrictUpgrade(JSON.parse(JSON.stringify(manifest)), report);

const { entities, resource } = normalize(manifest);
const opened = entities.Manifest[resource.id];
const canvases = opened.items.map((ref) => entities.Canvas[ref.id]).map((canvas) => {
  const bodies = [];
  for (const pageRef of canvas.items) {
    for (const annotationRef of entities.AnnotationPage[pageRef.id].items) {
      for (const bodyRef of entities.Annotation[annotationRef.id].body) {
        const body = entities.ContentResource[bodyRef.id] || {};
        const services = (body.service || []).map((s) => (entities.Service && s.id && entities.Service[s.id]) || s);
        bodies.push({ id: body.id, type: body.type, services: services.map((s) => s.id || s['@id']) });
      }
    }
  }
  return { id: canvas.id, label: canvas.label, width: canvas.width, height: canvas.height, duration: canvas.duration, bodies };
});
process.stdout.write(JSON.stringify({
  warnings: report.warnings,
  type: resource.type,
  label: opened.label,
  homepage: opened.homepage.map((ref) => ref.id),
  canvases,
}));
