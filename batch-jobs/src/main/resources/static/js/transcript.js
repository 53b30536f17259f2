// A recording's transcript panel: a cue's link plays the recording from that cue, the cue being
// said is highlighted as it plays, a page opened at #t=SECONDS starts playing there, and with
// several transcripts a choice shows one (and its captions on a video). Without this script the
// links open the recording itself at each cue (media fragments), so nothing is lost.
(function () {
  'use strict';

  var player = document.querySelector('figure.player audio, figure.player video');
  var panels = Array.prototype.slice.call(document.querySelectorAll('.transcripts .transcript'));
  if (!player || panels.length === 0) {
    return;
  }

  function play(seconds) {
    var go = function () {
      player.currentTime = seconds;
      var started = player.play();
      if (started && started.catch) {
        started.catch(function () { /* the browser wants a click first; the time is set */ });
      }
    };
    if (player.readyState >= 1) {
      go();
    } else {
      player.addEventListener('loadedmetadata', go, { once: true });
      player.load();
    }
  }

  function fragmentTime() {
    var match = /^#t=(\d+(?:\.\d+)?)/.exec(window.location.hash);
    return match ? parseFloat(match[1]) : null;
  }

  panels.forEach(function (panel) {
    panel.addEventListener('click', function (event) {
      var link = event.target.closest('a.cue-time');
      if (!link) {
        return;
      }
      event.preventDefault();
      var start = parseFloat(link.closest('.cue').dataset.start);
      window.history.replaceState(null, '', '#t=' + Math.floor(start));
      play(start);
    });
  });

  function show(number) {
    panels.forEach(function (panel) {
      panel.hidden = panel.dataset.number !== number;
    });
    Array.prototype.forEach.call(player.textTracks, function (track, i) {
      track.mode = String(i + 1) === number ? 'showing' : 'disabled';
    });
  }

  var choice = document.querySelector('.transcripts .transcript-choice');
  if (choice && panels.length > 1) {
    var select = choice.querySelector('select');
    choice.hidden = false;
    select.addEventListener('change', function () { show(select.value); });
    show(select.value);
  }

  function follow() {
    var now = player.currentTime;
    panels.forEach(function (panel) {
      if (panel.hidden) {
        return;
      }
      var list = panel.querySelector('.cues');
      Array.prototype.forEach.call(panel.querySelectorAll('.cue'), function (cue) {
        var current = parseFloat(cue.dataset.start) <= now && now < parseFloat(cue.dataset.end);
        if (current && !cue.classList.contains('current')) {
          // scroll the list, not the page, so a reader's place on the page stays put
          list.scrollTop = cue.offsetTop - list.offsetTop - list.clientHeight / 3;
        }
        cue.classList.toggle('current', current);
        if (current) {
          cue.setAttribute('aria-current', 'true');
        } else {
          cue.removeAttribute('aria-current');
        }
      });
    });
  }

  player.addEventListener('timeupdate', follow);
  player.addEventListener('seeked', follow);
  window.addEventListener('hashchange', function () {
    var time = fragmentTime();
    if (time !== null) {
      play(time);
    }
  });
  var start = fragmentTime();
  if (start !== null) {
    play(start);
  }
}());
