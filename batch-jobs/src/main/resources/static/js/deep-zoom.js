/*
 * The record page's deep-zoom viewer: reads the record's IIIF manifest, opens every canvas's
 * image service in OpenSeadragon (a PDF's pages one after the other) and hides the still image
 * the page shows without JavaScript. Labels come from the page, in its language.
 */
(function () {
  'use strict';

  function imageServices(manifest) {
    var services = [];
    (manifest.items || []).forEach(function (canvas) {
      (canvas.items || []).forEach(function (page) {
        (page.items || []).forEach(function (annotation) {
          var body = annotation.body || {};
          var service = (body.service || [])[0];
          if (service && (service.id || service['@id'])) {
            services.push((service.id || service['@id']) + '/info.json');
          }
        });
      });
    });
    return services;
  }

  function localise(box) {
    var strings = {
      'Tooltips.ZoomIn': box.dataset.zoomIn,
      'Tooltips.ZoomOut': box.dataset.zoomOut,
      'Tooltips.Home': box.dataset.home,
      'Tooltips.FullPage': box.dataset.fullPage,
      'Tooltips.NextPage': box.dataset.next,
      'Tooltips.PreviousPage': box.dataset.previous,
      'Tooltips.RotateLeft': box.dataset.rotateLeft,
      'Tooltips.RotateRight': box.dataset.rotateRight
    };
    Object.keys(strings).forEach(function (key) {
      if (strings[key]) {
        OpenSeadragon.setString(key, strings[key]);
      }
    });
  }

  function open(box) {
    fetch(box.dataset.manifest, { credentials: 'same-origin', headers: { Accept: 'application/ld+json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('manifest ' + response.status);
        }
        return response.json();
      })
      .then(function (manifest) {
        var sources = imageServices(manifest);
        if (sources.length === 0) {
          return;
        }
        localise(box);
        box.hidden = false;
        var viewer = OpenSeadragon({
          element: box,
          prefixUrl: box.dataset.images,
          tileSources: sources,
          sequenceMode: sources.length > 1,
          showRotationControl: true,
          preserveViewport: false,
          crossOriginPolicy: false
        });
        window.disanDeepZoom = viewer;
        document.querySelectorAll('main figure.preview').forEach(function (figure) {
          figure.hidden = true;
        });
      })
      .catch(function () {
        box.hidden = true;
      });
  }

  function start() {
    if (typeof OpenSeadragon !== 'function') {
      return;
    }
    document.querySelectorAll('.deep-zoom[data-manifest]').forEach(open);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
