/*
 * Says so when the atlas's own script never starts: the file failed to load (a broken copy on
 * a file share, a proxy that blocks it) or it stopped with an error before drawing anything.
 * Without this the page stays blank. A classic script, loaded before the app's module so it
 * hears the module's load error; a file of the app's own, as the page's policy requires.
 */
(function () {
  'use strict';
  var failed = [];
  var errors = [];

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
    if (!app || app.childElementCount > 0) return;
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

  window.addEventListener('load', function () {
    setTimeout(check, 0);
  });
})();
