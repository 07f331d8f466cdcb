/*
 * Says so when the atlas's own script never starts: the file failed to load (a broken copy on
 * a file share, a proxy that blocks it) or it stopped with an error before drawing anything.
 * Without this the page stays blank. A classic script, loaded before the app's module so it
 * hears the module's load error; a file of the app's own, as the page's policy requires.
 *
 * It also marks, before anything is drawn, what of the link the page's first frame (index.html's
 * .first-frame, src/lib/first-frame/) follows: the language, large type, and whether a briefing or
 * a project opens. So a Japanese link never shows English first; the app sets the same once in.
 */
(function () {
  'use strict';
  var failed = [];
  var errors = [];

  var params = new URLSearchParams(window.location.search);
  var root = document.documentElement;
  if (params.get('lang') === 'ja') {
    root.lang = 'ja';
    // The Japanese faces, before the first frame is drawn (named by the build: its first-frame plugin).
    var fonts = document.querySelector('meta[name="atlas-japanese-fonts"]');
    if (fonts) {
      var sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = fonts.getAttribute('content');
      sheet.setAttribute('blocking', 'render');
      document.head.appendChild(sheet);
      // The first frame stays hidden until its faces are in (app.css): text drawn in a fallback
      // would re-wrap the header when they arrive, and move everything under it.
      root.dataset.fonts = 'loading';
      var shown = function () {
        delete root.dataset.fonts;
      };
      // Once the sheet and the frame are both in: loads the faces the frame's text needs.
      var waits = 2;
      var measure = function () {
        if (--waits > 0) return;
        var frame = document.querySelector('.first-frame[data-lang="ja"]');
        document.fonts.load('16px "Noto Sans JP"', frame ? frame.textContent : '').then(shown, shown);
      };
      sheet.addEventListener('load', measure);
      sheet.addEventListener('error', measure);
      document.addEventListener('DOMContentLoaded', measure);
      setTimeout(shown, 3000);
    }
  }
  if (params.get('text') === 'large') root.dataset.text = 'large';
  if (params.get('deck')) root.dataset.link = 'scene';
  else if (params.get('project')) root.dataset.link = 'project';

  function relative(url) {
    var base = document.baseURI.replace(/[^/]*$/, '');
    return url.indexOf(base) === 0 ? url.slice(base.length) : url;
  }

  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName === 'SCRIPT') failed.push(relative(target.src));
      else if (event.message) errors.push(event.message);
    },
    true,
  );

  function paragraph(text, lang) {
    var p = document.createElement('p');
    p.textContent = text;
    if (lang) p.lang = lang;
    p.style.margin = '0 0 0.75rem';
    return p;
  }

  function check() {
    var app = document.getElementById('app');
    if (!app) return;
    // The app's script has started once its status line is there, or the app has replaced the frame.
    var frames = app.querySelectorAll('.first-frame');
    if (app.querySelector('.boot-status') || app.childElementCount > frames.length) return;
    for (var i = 0; i < frames.length; i++) app.removeChild(frames[i]);
    delete root.dataset.link;
    var box = document.createElement('div');
    box.className = 'boot-failure';
    box.setAttribute('role', 'alert');
    box.style.cssText =
      'max-width:40rem;margin:3rem auto;padding:1rem 1.25rem;border:2px solid #b00020;border-radius:6px;' +
      'font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff';
    var heading = document.createElement('h1');
    heading.textContent = 'Mekong–Japan Connectivity Atlas';
    heading.style.cssText = 'font-size:1.2rem;margin:0 0 0.75rem';
    box.appendChild(heading);
    if (failed.length) {
      var files = failed.join(', ');
      box.appendChild(
        paragraph(
          "The atlas's script failed to load: " +
            files +
            '. Reload the page; if this keeps happening, the file is missing or blocked where the atlas is served from.',
        ),
      );
      box.appendChild(
        paragraph(
          'アトラスのスクリプトを読み込めませんでした：' +
            files +
            '。ページを再読み込みしてください。繰り返す場合は、配置先でファイルが欠けているか、ブロックされています。',
          'ja',
        ),
      );
    } else {
      var reason = errors.length ? ': ' + errors[0] : '.';
      box.appendChild(paragraph("The atlas's script stopped before it could draw the page" + reason));
      box.appendChild(
        paragraph(
          'アトラスのスクリプトが画面を表示する前に停止しました' + (errors.length ? '：' + errors[0] : '。'),
          'ja',
        ),
      );
    }
    app.appendChild(box);
  }

  /*
   * The built page holds its module script back (type "atlas/after-first-paint", set by
   * scripts/vite-plugin-first-frame.ts) and it is started here once the first frame is drawn: the
   * browser has it preloaded by then, and would otherwise run it, a long task, before drawing
   * anything. A hidden tab draws no frames: it starts at once.
   */
  var waiting = 1; // until the held scripts have run or failed (none on the dev server)
  var loaded = false;
  var started = false;
  function settle() {
    if (loaded && waiting === 0) setTimeout(check, 0);
  }
  function ran() {
    waiting--;
    settle();
  }
  function start() {
    if (started) return;
    started = true;
    var held = document.querySelectorAll('script[type="atlas/after-first-paint"]');
    waiting += held.length;
    for (var i = 0; i < held.length; i++) {
      var script = document.createElement('script');
      script.type = 'module';
      if (held[i].hasAttribute('crossorigin')) script.crossOrigin = held[i].getAttribute('crossorigin');
      script.src = held[i].src;
      script.addEventListener('load', ran);
      script.addEventListener('error', ran);
      held[i].parentNode.replaceChild(script, held[i]);
    }
    ran();
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (document.visibilityState !== 'visible') return start();
    // Drawn once the browser has timed the frame's largest text; a frame with none (a Japanese
    // one whose faces are still loading), a little after the first frame.
    if (window.PerformanceObserver)
      try {
        new PerformanceObserver(function (list, observer) {
          observer.disconnect();
          setTimeout(start, 0);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      } catch (e) {
        // No such entries in this browser: the frame's own timing below.
      }
    requestAnimationFrame(function () {
      setTimeout(start, 250);
    });
    setTimeout(start, 1000);
  });

  window.addEventListener('load', function () {
    loaded = true;
    settle();
  });
})();
