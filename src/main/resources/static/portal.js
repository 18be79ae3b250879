// Huizong portal: drag-and-drop upload and live job progress. No framework, no external resources.
(function () {
  // a text of messages.properties that the page carries (fragments.html, meta text:*), its {0}, {1} filled in
  function say(key) {
    var meta = document.querySelector('meta[name="text:' + key + '"]');
    var text = meta ? meta.content : key;
    for (var i = 1; i < arguments.length; i++) { text = text.split('{' + (i - 1) + '}').join(String(arguments[i])); }
    return text;
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { name: header.content, value: token.content } : null;
  }

  var drop = document.getElementById('drop');
  if (drop) {
    var form = drop.closest('form');
    var input = form.querySelector('input[type=file]');
    var status = document.getElementById('upload-status');
    var limit = parseInt(drop.dataset.limit || '0', 10);
    var send = function (file) {
      if (!file) { return; }
      if (limit && file.size > limit) {
        status.textContent = say('upload.tooLarge', Math.round(limit / 1048576));
        status.className = 'flash err';
        return;
      }
      status.textContent = say('upload.sending', file.name);
      status.className = 'flash info';
      var data = new FormData();
      data.append('file', file);
      var headers = { 'Accept': 'application/json', 'X-Huizong-Upload': 'script' };
      var token = csrf();
      if (token) { headers[token.name] = token.value; }
      var failed = function (text) { status.textContent = text; status.className = 'flash err'; };
      fetch(form.action, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
        .then(function (response) {
          // a session that ended sends the upload to the login page: go there, it says why
          if (response.redirected && /\/login(\?|$)/.test(response.url)) { window.location = response.url; return null; }
          var type = response.headers.get('Content-Type') || '';
          if (type.indexOf('application/json') < 0) {
            if (response.ok) { window.location = response.url; return null; }
            failed(say('upload.failed', response.status));
            return null;
          }
          return response.json().then(function (body) {
            if (response.ok && body.location) { window.location = body.location; return; }
            failed(body.reason || say('upload.failed', response.status));
          });
        })
        .catch(function () { failed(say('upload.disconnected')); });
    };
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) { send(e.dataTransfer.files[0]); });
    input.addEventListener('change', function () {
      document.getElementById('file-name').textContent = input.files[0] ? say('upload.chosen', input.files[0].name) : '';
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); send(input.files[0]); });
  }

  // the browser's own "please check this box" is in its language: say it in the page's
  document.querySelectorAll('[required], [pattern]').forEach(function (field) {
    var message = field.dataset.required || say(field.type === 'checkbox' ? 'required.checkbox' : 'required.field');
    field.addEventListener('invalid', function () { field.setCustomValidity(message); });
    ['input', 'change'].forEach(function (type) {
      field.addEventListener(type, function () { field.setCustomValidity(''); });
    });
  });

  var hit = document.querySelector('tr.hit');
  var box = hit ? hit.closest('.scroll') : null;
  if (box) { box.scrollTop = hit.offsetTop - box.clientHeight / 2; }

  var progress = document.getElementById('progress');
  if (progress) {
    var url = progress.dataset.url;
    var text = function (id, value) { var el = document.getElementById(id); if (el) { el.textContent = value; } };
    var poll = function () {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (r) {
        // an ended session sends the poll to the login page: go there, it says why
        if (r.redirected && /\/login(\?|$)/.test(r.url)) { window.location = r.url; return new Promise(function () {}); }
        return r.json();
      }).then(function (p) {
        text('p-status', p.statusLabel);
        document.getElementById('p-status').className = 'badge ' + p.tone;
        text('p-files', p.filesDone + ' / ' + p.filesTotal);
        text('p-findings', p.findings);
        text('p-time', p.elapsed);
        var bar = document.getElementById('p-bar');
        bar.style.width = p.percent + '%';
        bar.className = p.status === 'COMPLETED' ? 'done' : (p.finished ? 'failed' : '');
        text('p-percent', p.finished ? (p.status === 'COMPLETED' ? say('progress.completed') : say('progress.stopped', p.percent))
          : say('progress.running', p.percent));
        var body = document.getElementById('p-steps');
        body.innerHTML = '';
        p.steps.forEach(function (s) {
          var tr = document.createElement('tr');
          [s.label, s.statusLabel, s.read, s.written, s.duration].forEach(function (v, i) {
            var td = document.createElement('td');
            if (i === 1) { var b = document.createElement('span'); b.className = 'badge ' + s.tone; b.textContent = v; td.appendChild(b); }
            else { td.textContent = v; }
            if (i > 1) { td.className = 'num'; }
            tr.appendChild(td);
          });
          body.appendChild(tr);
        });
        var failure = document.getElementById('p-failure');
        failure.textContent = p.failure || '';
        failure.style.display = p.failure ? '' : 'none';
        document.getElementById('p-restart').hidden = !p.restartable;
        if (!p.finished) { setTimeout(poll, 1500); }
      }).catch(function () { setTimeout(poll, 3000); });
    };
    poll();
  }
})();
