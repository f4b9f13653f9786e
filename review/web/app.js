/* faxintake review screen: login, queue, document review, admin rules.
 * Plain JavaScript, no dependencies.  All data goes into the DOM through
 * textContent / createElement (never innerHTML), the page is served with a
 * strict Content-Security-Policy. */
(function () {
  'use strict';

  // ------------------------------------------------------------ constants

  var PAGE_SIZE = 50;
  var ZOOM_STEP = 1.25, ZOOM_MIN = 0.25, ZOOM_MAX = 6;
  var PAGE_PAD = 12;          // px around the pages in #page-list
  var EAGER_PAGES = 6;        // page images loaded at once, the rest lazily

  var DEFAULT_ORDER = [
    'patient_last_name', 'patient_first_name', 'patient_dob', 'patient_sex',
    'patient_phone', 'patient_mrn', 'insurance_payer', 'insurance_member_id',
    'referring_provider', 'referring_npi', 'referring_phone', 'referring_fax',
    'referred_to_specialty', 'referred_to_provider', 'diagnosis_codes', 'reason',
    'urgency', 'referral_date'
  ];

  var LABELS = {
    patient_last_name: 'Patient last name',
    patient_first_name: 'Patient first name',
    patient_dob: 'Patient DOB',
    patient_sex: 'Patient sex',
    patient_phone: 'Patient phone',
    patient_mrn: 'Patient MRN',
    insurance_payer: 'Insurance payer',
    insurance_member_id: 'Insurance member ID',
    referring_provider: 'Referring provider',
    referring_npi: 'Referring NPI',
    referring_phone: 'Referring phone',
    referring_fax: 'Referring fax',
    referred_to_specialty: 'Referred to specialty',
    referred_to_provider: 'Referred to provider',
    diagnosis_codes: 'Diagnosis codes',
    reason: 'Reason for referral',
    urgency: 'Urgency',
    referral_date: 'Referral date'
  };

  var DEFAULT_STATUSES = ['received', 'in_review', 'needs_info'];

  var LINK_KIND = {
    'new': 'opened the referral',
    mrn_dob: 'same MRN + DOB',
    name_dob: 'same name + DOB',
    duplicate: 'duplicate'
  };

  // ---------------------------------------------------------------- state

  var csrf = null;            // kept in memory only
  var S = {
    me: null,                 // {user, role}
    wanted: null,             // hash asked for before login
    view: null,
    seq: 0,                   // route sequence: stale answers are dropped
    flash: null,              // status to show after the next route
    queue: { status: '', specialty: '', offset: 0, specialties: [], statuses: null },
    doc: null,
    docId: null,
    viewerFor: null,          // document id the page viewer was built for
    original: {},             // field name -> value shown when loaded
    readOnly: false,
    busy: false,
    escArmed: false,
    activeField: null,
    zoom: 1,                  // 1 = fit width
    reasonKind: null,
    reasonReturn: null,
    rulesLoaded: null,        // text as loaded or saved
    rulesTested: null,        // text of the last successful test
    rulesWritable: false,
    rulesPath: null,
    loginTimer: null,
    posPending: false
  };

  // -------------------------------------------------------------- helpers

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  // h('div', {class: 'x', 'data-field': 'a'}, 'text', childNode, [more])
  function h(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = String(v);
        else e.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }

  function append(parent, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { append(parent, x); }); return; }
    if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }

  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }

  function p2(n) { return n < 10 ? '0' + n : String(n); }

  function fmtTime(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    return d.getFullYear() + '-' + p2(d.getMonth() + 1) + '-' + p2(d.getDate()) + ' ' +
      p2(d.getHours()) + ':' + p2(d.getMinutes());
  }

  function fmtAge(iso) {
    var t = Date.parse(iso);
    if (!isFinite(t)) return '—';
    var s = (Date.now() - t) / 1000;
    if (s < 60) return '< 1 min';
    if (s < 3600) return Math.floor(s / 60) + ' min';
    if (s < 48 * 3600) return Math.floor(s / 3600) + ' h';
    return Math.floor(s / 86400) + ' d';
  }

  function pct(x, digits) {
    if (typeof x !== 'number' || !isFinite(x)) return '—';
    return (x * 100).toFixed(digits || 0) + '%';
  }

  function words(s) { return s === null || s === undefined ? '' : String(s).replace(/_/g, ' '); }

  function label(name) {
    if (LABELS[name]) return LABELS[name];
    var t = words(name);
    return t.charAt(0).toUpperCase() + t.slice(1);
  }

  function patientName(last, first) {
    if (!last && !first) return '(no name)';
    if (!first) return String(last);
    if (!last) return '?, ' + first;
    return last + ', ' + first;
  }

  function valueText(f) {
    if (!f || f.value === null || f.value === undefined) return '';
    if (Array.isArray(f.value)) return f.value.join(', ');
    return String(f.value);
  }

  function confClass(f, needsReview) {
    if (!f || typeof f.confidence !== 'number') return needsReview ? 'conf-low' : 'conf-none';
    if (needsReview || f.confidence < 0.8) return 'conf-low';
    if (f.confidence < 0.9) return 'conf-mid';
    return 'conf-high';
  }

  function urgencyBadge(u, id) {
    var v = u || 'routine';
    var cls = v === 'stat' ? 'badge urg-stat' : v === 'urgent' ? 'badge urg-urgent' : 'badge urg-routine';
    return h('span', { class: cls, id: id || null, text: v });
  }

  function pctBar(x) {
    var wrap = h('span', { class: 'pct' });
    if (typeof x !== 'number' || !isFinite(x)) { wrap.appendChild(h('span', { class: 'muted', text: '—' })); return wrap; }
    var v = Math.max(0, Math.min(1, x));
    var bar = h('span', { class: 'bar', role: 'img', 'aria-label': pct(v) + ' complete' });
    var fill = h('span', { class: 'fill ' + (v >= 0.9 ? 'good' : v >= 0.7 ? 'fair' : 'poor') });
    fill.style.width = (v * 100).toFixed(1) + '%';
    bar.appendChild(fill);
    wrap.appendChild(bar);
    wrap.appendChild(h('span', { class: 'pct-text', text: pct(v) }));
    return wrap;
  }

  function isTyping(t) {
    if (!t || !t.tagName) return false;
    var n = t.tagName;
    return n === 'INPUT' || n === 'TEXTAREA' || n === 'SELECT' || t.isContentEditable;
  }

  // ---------------------------------------------------------------- status

  function setStatus(text, kind) {
    var s = $('#status');
    s.textContent = text || '';
    s.className = text ? (kind || 'info') : '';
  }

  function flash(text, kind) { S.flash = { text: text, kind: kind || 'info' }; }

  function fail(err) {
    if (!err || err.handled) return;
    setStatus(err.message || String(err), 'error');
  }

  // ------------------------------------------------------------------- API

  function api(method, path, body, opts) {
    opts = opts || {};
    var headers = { 'Accept': 'application/json' };
    var init = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store' };
    if (method !== 'GET' && method !== 'HEAD') {
      if (csrf) headers['X-CSRF-Token'] = csrf;
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body === undefined ? {} : body);
    }
    return fetch(path, init).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        if (text) { try { data = JSON.parse(text); } catch (e) { data = null; } }
        if (!res.ok) {
          var msg = data && typeof data.error === 'string' && data.error
            ? data.error : ('server answered ' + res.status + ' ' + (res.statusText || ''));
          var err = new Error(msg);
          err.status = res.status;
          err.data = data;
          var ra = res.headers.get('Retry-After');
          if (ra && /^\d+$/.test(ra.trim())) err.retryAfter = parseInt(ra, 10);
          if (res.status === 401 && !opts.no401) { sessionExpired(); err.handled = true; }
          throw err;
        }
        if (text && data === null) {
          var bad = new Error('the server sent an answer that is not JSON');
          bad.status = res.status;
          throw bad;
        }
        return data;
      });
    }, function (e) {
      var err = new Error('cannot reach the server (' + (e && e.message ? e.message : 'network error') + ')');
      err.status = 0;
      throw err;
    });
  }

  function sessionExpired() {
    var was = S.me;
    S.seq++;
    S.me = null;
    csrf = null;
    updateHeader();
    var h0 = location.hash;
    if (h0 && h0.indexOf('#/login') !== 0) S.wanted = h0;
    showLogin(was ? 'session expired: please sign in again' : 'please sign in');
    if (location.hash !== '#/login') history.replaceState(null, '', '#/login');
  }

  function setMe(r) {
    S.me = { user: r.user, role: r.role };
    if (r.csrf) csrf = r.csrf;
    updateHeader();
  }

  function updateHeader() {
    var on = !!S.me;
    $('#topbar').hidden = !on;
    document.body.classList.toggle('logged-out', !on);
    $('#user-name').textContent = on ? S.me.user : '';
    $('#user-role').textContent = on ? S.me.role : '';
    $('#admin-link').hidden = !(on && S.me.role === 'admin');
  }

  // --------------------------------------------------------------- routing

  function go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  }

  function showView(name) {
    S.view = name;
    ['login', 'queue', 'doc', 'rules'].forEach(function (v) {
      $('#view-' + v).hidden = v !== name;
    });
    document.body.setAttribute('data-view', name);
    var nav = { queue: '#queue-link', rules: '#admin-link' };
    $all('#topbar nav a').forEach(function (a) { a.removeAttribute('aria-current'); });
    if (nav[name]) $(nav[name]).setAttribute('aria-current', 'page');
  }

  function route() {
    S.seq++;
    hideReason(false);
    hideConfirm();
    var hash = location.hash || '';
    if (!S.me) {
      if (hash && hash.indexOf('#/login') !== 0) S.wanted = hash;
      showLogin();
      if (hash !== '#/login') history.replaceState(null, '', '#/login');
      return;
    }
    if (S.flash) { setStatus(S.flash.text, S.flash.kind); S.flash = null; }
    else setStatus('');
    var m;
    if (hash === '' || hash === '#' || hash === '#/' || hash === '#/login') {
      history.replaceState(null, '', '#/queue');
      showQueue();
    } else if (hash === '#/queue') {
      showQueue();
    } else if ((m = /^#\/doc\/(\d+)$/.exec(hash))) {
      showDoc(parseInt(m[1], 10));
    } else if (hash === '#/admin/rules') {
      showRules();
    } else {
      history.replaceState(null, '', '#/queue');
      showQueue();
    }
    document.title = 'faxintake';
  }

  // ----------------------------------------------------------------- login

  function showLogin(message) {
    showView('login');
    setStatus('');
    if (message !== undefined) loginError(message);
    var u = $('#login-user');
    setTimeout(function () { (u.value ? $('#login-password') : u).focus(); }, 0);
  }

  function loginError(text) { $('#login-error').textContent = text || ''; }

  function doLogin(ev) {
    ev.preventDefault();
    var user = $('#login-user').value.trim();
    var password = $('#login-password').value;
    if (!user || !password) { loginError('enter your user name and password'); return; }
    var btn = $('#login-submit');
    if (btn.disabled) return;
    btn.disabled = true;
    loginError('');
    var locked = false;
    api('POST', '/api/login', { user: user, password: password }, { no401: true }).then(function (r) {
      $('#login-password').value = '';
      setMe(r);
      var to = S.wanted && S.wanted.indexOf('#/login') !== 0 ? S.wanted : '#/queue';
      S.wanted = null;
      go(to);
    }, function (err) {
      var msg = err.message;
      if (err.status === 429 && err.retryAfter && !/\d/.test(msg)) msg += ' (wait ' + err.retryAfter + ' s)';
      loginError(msg);
      $('#login-password').select();
      if (err.status === 429 && err.retryAfter) { locked = true; lockLogin(err.retryAfter); }
    }).then(function () { if (!locked) btn.disabled = false; });
  }

  function lockLogin(seconds) {
    var btn = $('#login-submit');
    var left = seconds;
    if (S.loginTimer) clearInterval(S.loginTimer);
    btn.disabled = true;
    btn.textContent = 'Sign in (' + left + ' s)';
    S.loginTimer = setInterval(function () {
      left--;
      if (left <= 0) {
        clearInterval(S.loginTimer);
        S.loginTimer = null;
        btn.disabled = false;
        btn.textContent = 'Sign in';
      } else {
        btn.textContent = 'Sign in (' + left + ' s)';
      }
    }, 1000);
  }

  function doLogout() {
    api('POST', '/api/logout').then(function () { }, function () { }).then(function () {
      S.me = null;
      csrf = null;
      S.wanted = null;
      S.doc = null; S.docId = null; S.viewerFor = null;
      updateHeader();
      history.replaceState(null, '', '#/login');
      showLogin('signed out');
    });
  }

  // ----------------------------------------------------------------- queue

  function showQueue() {
    showView('queue');
    syncFilters();
    loadQueue(S.seq);
  }

  function syncFilters() {
    var q = S.queue;
    var st = $('#filter-status');
    var statuses = q.statuses && q.statuses.length ? q.statuses : DEFAULT_STATUSES;
    var want = [''].concat(statuses);
    if (q.status && want.indexOf(q.status) < 0) want.push(q.status);
    var have = $all('option', st).map(function (o) { return o.value; });
    if (have.join('|') !== want.join('|')) {
      clear(st);
      want.forEach(function (v) { st.appendChild(h('option', { value: v, text: v ? words(v) : 'all' })); });
    }
    st.value = q.status;

    var sp = $('#filter-specialty');
    var specs = q.specialties.slice();
    if (q.specialty && specs.indexOf(q.specialty) < 0) specs.push(q.specialty);
    var want2 = [''].concat(specs);
    var have2 = $all('option', sp).map(function (o) { return o.value; });
    if (have2.join('|') !== want2.join('|')) {
      clear(sp);
      want2.forEach(function (v) { sp.appendChild(h('option', { value: v, text: v ? words(v) : 'all' })); });
    }
    sp.value = q.specialty;
  }

  function loadQueue(seq, focusDoc) {
    var q = S.queue;
    var params = [];
    if (q.status) params.push('status=' + encodeURIComponent(q.status));
    if (q.specialty) params.push('specialty=' + encodeURIComponent(q.specialty));
    params.push('offset=' + q.offset, 'limit=' + PAGE_SIZE);
    var tb = $('#queue tbody');
    $('#queue').setAttribute('aria-busy', 'true');
    return api('GET', '/api/queue?' + params.join('&')).then(function (r) {
      if (seq !== S.seq) return;
      renderQueue(r, focusDoc);
    }, function (err) {
      if (seq !== S.seq) return;
      clear(tb);
      fail(err);
    }).then(function () { $('#queue').removeAttribute('aria-busy'); });
  }

  function renderQueue(r, focusDoc) {
    var items = Array.isArray(r) ? r : (r && r.items) || [];
    var q = S.queue;
    if (r && Array.isArray(r.specialties)) q.specialties = r.specialties.filter(function (x) { return typeof x === 'string'; });
    if (r && Array.isArray(r.statuses) && r.statuses.length) q.statuses = r.statuses.filter(function (x) { return typeof x === 'string'; });
    syncFilters();

    var tb = clear($('#queue tbody'));
    items.forEach(function (it) { tb.appendChild(queueRow(it)); });
    if (!items.length) {
      tb.appendChild(h('tr', { class: 'empty' },
        h('td', { colspan: '10', text: q.offset ? 'No more items on this page.' :
          (q.status || q.specialty ? 'No documents match these filters.' : 'Nothing waits for review: the queue is empty.') })));
    }
    var from = items.length ? q.offset + 1 : q.offset;
    $('#page-info').textContent = items.length ? ('items ' + from + '–' + (q.offset + items.length)) : '';
    $('#page-prev').disabled = q.offset <= 0;
    $('#page-next').disabled = items.length < PAGE_SIZE;
    if (focusDoc) {
      var row = $('#queue tbody tr[data-doc="' + focusDoc + '"]');
      if (row) row.focus();
    }
  }

  function linkNote(it) {
    if (it.link === 'duplicate' || it.duplicate_of) {
      var of = it.duplicate_of || it.link_document;
      return { text: 'duplicate of doc ' + (of === null || of === undefined ? '?' : of), cls: 'note-dup' };
    }
    if (it.link && it.link !== 'new') {
      var what = LINK_KIND[it.link] || 'attached by hand';
      return { text: what + (it.link_document ? ' as doc ' + it.link_document : ''), cls: 'note-link' };
    }
    return null;
  }

  function queueRow(it) {
    var id = it.document;
    var tr = h('tr', { 'data-doc': id, tabindex: '0', title: 'Open document ' + id });
    var mine = S.me && it.claimed_by && it.claimed_by === S.me.user;
    if (it.claimed_by) tr.classList.add(mine ? 'claimed-mine' : 'claimed-other');
    var note = linkNote(it);

    tr.appendChild(h('td', { class: 'c-urg' }, urgencyBadge(it.urgency)));
    tr.appendChild(h('td', { class: 'c-age num', title: fmtTime(it.received_at), text: fmtAge(it.received_at) }));
    tr.appendChild(h('td', { class: 'c-patient', text: patientName(it.patient_last_name, it.patient_first_name) }));
    tr.appendChild(h('td', { class: 'c-spec', text: it.referred_to_specialty ? words(it.referred_to_specialty) : '—' }));
    tr.appendChild(h('td', { class: 'c-compl' }, pctBar(it.completeness)));
    var n = typeof it.needs_review === 'number' ? it.needs_review : (Array.isArray(it.needs_review) ? it.needs_review.length : 0);
    tr.appendChild(h('td', { class: 'c-check num' + (n > 0 ? ' has-check' : ''), text: String(n) }));
    tr.appendChild(h('td', { class: 'c-claim', text: it.claimed_by ? (mine ? it.claimed_by + ' (you)' : it.claimed_by) : '' }));
    tr.appendChild(h('td', { class: 'c-status' }, h('span', { class: 'st st-' + (it.referral_status || 'none'), text: words(it.referral_status || '') })));
    tr.appendChild(h('td', { class: 'c-file', title: it.file_name || '', text: it.file_name || '' }));
    tr.appendChild(h('td', { class: 'c-link' + (note ? ' ' + note.cls : ''), text: note ? note.text : '' }));
    return tr;
  }

  function openRow(tr) {
    if (!tr || !tr.getAttribute('data-doc')) return;
    go('#/doc/' + tr.getAttribute('data-doc'));
  }

  function openNextFromQueue() {
    var btn = $('#next');
    if (btn.disabled) return;
    btn.disabled = true;
    var seq = S.seq;
    api('POST', '/api/queue/next').then(function (r) {
      if (seq !== S.seq) return;
      if (r && r.document !== null && r.document !== undefined) go('#/doc/' + r.document);
      else setStatus('Nothing to open: the queue is empty.', 'info');
    }, fail).then(function () { btn.disabled = false; });
  }

  // -------------------------------------------------------------- document

  function docPath(suffix) { return '/api/documents/' + S.docId + (suffix || ''); }

  function showDoc(id) {
    showView('doc');
    var seq = S.seq;
    if (S.docId !== id || !S.doc) resetDocView(id);
    S.docId = id;
    S.readOnly = false;
    S.escArmed = false;
    S.busy = false;
    setBusy(false);
    api('GET', '/api/documents/' + id).then(function (d) {
      if (seq !== S.seq) return;
      renderDoc(d, { fresh: true });
    }, function (err) {
      if (seq !== S.seq) return;
      if (err.status === 409) { S.readOnly = true; applyReadOnly(); }
      fail(err);
      if (!S.doc) $('#doc-patient').textContent = 'Document ' + id + ' could not be opened';
    });
  }

  function resetDocView(id) {
    S.doc = null;
    S.viewerFor = null;
    S.original = {};
    S.activeField = null;
    clear($('#page-list'));
    clear($('#thumbs'));
    clear($('#fields'));
    clear($('#missing'));
    clear($('#linked'));
    clear($('#history'));
    clear($('#doc-audit-rows'));
    ['#doc-urgency', '#doc-completeness', '#doc-review', '#doc-claim', '#doc-link', '#doc-file', '#page-pos']
      .forEach(function (s) { clear($(s)); });
    $('#doc-patient').textContent = 'Loading document ' + id + '…';
  }

  function fieldOrder(d) {
    var order = Array.isArray(d.fields_order) && d.fields_order.length ? d.fields_order.slice() : DEFAULT_ORDER.slice();
    Object.keys(d.fields || {}).forEach(function (k) { if (order.indexOf(k) < 0) order.push(k); });
    (d.missing || []).forEach(function (k) { if (order.indexOf(k) < 0) order.push(k); });
    return order;
  }

  function needsReview(d, name) {
    var f = d.fields && d.fields[name];
    return !!((f && f.needs_review) || (Array.isArray(d.needs_review) && d.needs_review.indexOf(name) >= 0));
  }

  function renderDoc(d, opts) {
    opts = opts || {};
    var id = d.document && d.document.id !== undefined ? d.document.id : S.docId;
    S.doc = d;
    var rev = d.review || {};
    var me = S.me ? S.me.user : null;
    if (rev.claimed_by && rev.claimed_by !== me && !leaseOver(rev.lease_until)) S.readOnly = true;

    renderSummary(d);
    renderMissing(d);
    if (S.viewerFor !== id) buildViewer(d);
    else renderBoxes(d);
    var focusName = opts.focusField || null;
    renderFields(d);
    renderLinked(d);
    renderHistory(d);
    renderDocAudit(d);
    applyReadOnly();

    if (opts.fresh) {
      if (S.readOnly) {
        setStatus('Document ' + id + (rev.claimed_by ? ' is held by ' + rev.claimed_by +
          (rev.lease_until ? ' until ' + fmtTime(rev.lease_until) : '') : ' is not yours to edit') +
          ': read-only.', 'warn');
      }
      var first = $('#fields .field.low input') || $('#fields .field.missing input') || $('#fields input');
      if (first) first.focus();
    } else if (focusName) {
      var inp = fieldInput(focusName);
      if (inp) inp.focus();
    }
  }

  function leaseOver(until) {
    if (!until) return false;
    var t = Date.parse(until);
    return isFinite(t) && t < Date.now();
  }

  function renderSummary(d) {
    var doc = d.document || {};
    var f = d.fields || {};
    var last = f.patient_last_name && f.patient_last_name.value;
    var first = f.patient_first_name && f.patient_first_name.value;
    $('#doc-patient').textContent = patientName(last, first);
    var urg = (d.review && d.review.urgency) || (f.urgency && f.urgency.value) || 'routine';
    var u = clear($('#doc-urgency'));
    u.appendChild(urgencyBadge(urg));
    var c = clear($('#doc-completeness'));
    c.appendChild(h('span', { class: 'muted', text: 'complete ' }));
    c.appendChild(pctBar(doc.completeness));

    var rev = d.review || {};
    var ref = d.referral || {};
    var r = clear($('#doc-review'));
    var stateText = 'review ' + (rev.state || '?');
    if (rev.decision) stateText += ': ' + words(rev.decision) + (rev.decided_by ? ' by ' + rev.decided_by : '') +
      (rev.decided_at ? ' ' + fmtTime(rev.decided_at) : '');
    r.appendChild(h('span', { class: 'pill', text: stateText }));
    if (ref.id !== undefined) {
      r.appendChild(h('span', { class: 'pill', text: 'referral ' + ref.id + ': ' + words(ref.status || '?') }));
    }

    var cl = clear($('#doc-claim'));
    var me = S.me ? S.me.user : null;
    if (!rev.claimed_by) cl.appendChild(h('span', { class: 'pill', text: 'not claimed' }));
    else if (rev.claimed_by === me) cl.appendChild(h('span', { class: 'pill claim-mine', text: 'claimed by you' +
      (rev.lease_until ? ' until ' + fmtTime(rev.lease_until).slice(11) : '') }));
    else cl.appendChild(h('span', { class: 'pill claim-other', text: 'held by ' + rev.claimed_by +
      (rev.lease_until ? ' until ' + fmtTime(rev.lease_until).slice(11) : '') }));

    var lk = clear($('#doc-link'));
    if (d.link && d.link.text && d.link.kind && d.link.kind !== 'new') {
      lk.appendChild(h('span', { class: 'pill ' + (d.link.kind === 'duplicate' ? 'note-dup' : 'note-link'), text: d.link.text }));
    }

    var fileLine = clear($('#doc-file'));
    fileLine.textContent = 'doc ' + (doc.id !== undefined ? doc.id : S.docId) + ' · ' + (doc.file_name || '') +
      (doc.received_at ? ' · received ' + fmtTime(doc.received_at) : '');
    document.title = patientName(last, first) + ' · faxintake';
  }

  function renderMissing(d) {
    var m = clear($('#missing'));
    var list = Array.isArray(d.missing) ? d.missing : [];
    if (!list.length) {
      m.className = 'none';
      m.appendChild(h('span', { text: 'No required field is missing.' }));
      return;
    }
    m.className = 'some';
    m.appendChild(h('strong', { text: 'Missing (' + list.length + '): ' }));
    list.forEach(function (name, i) {
      if (i) m.appendChild(document.createTextNode(' '));
      var b = h('button', { type: 'button', class: 'linkish', 'data-field': name, text: label(name) });
      m.appendChild(b);
    });
  }

  // -- fields

  function fieldInput(name) {
    return $all('#fields input').filter(function (i) { return i.name === name; })[0] || null;
  }

  function fieldRow(name) {
    return $all('#fields .field').filter(function (r) { return r.getAttribute('data-field') === name; })[0] || null;
  }

  function renderFields(d) {
    var form = clear($('#fields'));
    S.original = {};
    var missing = Array.isArray(d.missing) ? d.missing : [];
    fieldOrder(d).forEach(function (name) {
      var f = d.fields ? d.fields[name] : null;
      var nr = needsReview(d, name);
      var isMissing = missing.indexOf(name) >= 0;
      var val = valueText(f);
      S.original[name] = val;

      var cls = ['field'];
      if (nr || (f && typeof f.confidence === 'number' && f.confidence < 0.8)) cls.push('low');
      if (isMissing) cls.push('missing');
      else if (!f) cls.push('absent');
      if (f && f.set_by) cls.push('set');

      var inputId = 'f-' + name;
      var noteId = 'fn-' + name;
      var row = h('div', { class: cls.join(' '), 'data-field': name });
      var lab = h('label', { for: inputId, text: label(name) });
      if (cls.indexOf('low') >= 0) lab.appendChild(h('span', { class: 'sr-only', text: ' (check this field)' }));
      row.appendChild(lab);
      var input = h('input', {
        id: inputId, name: name, type: 'text', autocomplete: 'off', spellcheck: 'false',
        'aria-describedby': noteId, placeholder: (isMissing || !f) ? 'not found' : null
      });
      input.value = val;
      if (name === 'reason' || val.length > 40) input.title = val;
      row.appendChild(input);

      var conf = h('span', { class: 'conf ' + confClass(f, nr) });
      if (f && typeof f.confidence === 'number') {
        conf.textContent = pct(f.confidence);
        conf.title = 'confidence ' + pct(f.confidence, 1) + (f.rule ? ' (rule ' + f.rule + ')' : '');
      } else {
        conf.textContent = '—';
      }
      row.appendChild(conf);

      var notes = [];
      if (isMissing) notes.push('not found (required)');
      if (f && f.set_by) notes.push('set by ' + f.set_by);
      if (f && f.page && !f.bbox) notes.push('page ' + f.page);
      row.appendChild(h('span', { class: 'note', id: noteId, text: notes.join(' · ') }));
      form.appendChild(row);
    });
  }

  function changedFields() {
    var out = {};
    $all('#fields input').forEach(function (i) {
      if (Object.prototype.hasOwnProperty.call(S.original, i.name) && i.value !== S.original[i.name]) out[i.name] = i.value;
    });
    return out;
  }

  function isDirty() { return Object.keys(changedFields()).length > 0; }

  function onFieldInput(ev) {
    var i = ev.target;
    if (!i || i.tagName !== 'INPUT') return;
    var row = i.closest('.field');
    if (!row) return;
    row.classList.toggle('changed', i.value !== S.original[i.name]);
    row.classList.remove('error');
    i.removeAttribute('aria-invalid');
    var em = $('.err-msg', row);
    if (em) em.parentNode.removeChild(em);
    S.escArmed = false;
  }

  function markFieldError(message, changedNames) {
    var msg = String(message || '').toLowerCase();
    var all = fieldOrder(S.doc || {});
    function hit(list) {
      var sorted = list.slice().sort(function (a, b) { return b.length - a.length; });
      for (var i = 0; i < sorted.length; i++) {
        var n = sorted[i];
        var re = new RegExp('(^|[^a-z0-9_])' + n.replace(/[^a-z0-9_]/gi, '') + '([^a-z0-9_]|$)');
        if (re.test(msg)) return n;
      }
      for (var j = 0; j < sorted.length; j++) {
        if (msg.indexOf(label(sorted[j]).toLowerCase()) >= 0) return sorted[j];
      }
      return null;
    }
    var name = hit(changedNames) || hit(all) || changedNames[0] || null;
    if (!name) return;
    var row = fieldRow(name);
    var input = fieldInput(name);
    if (row) {
      row.classList.add('error');
      var old = $('.err-msg', row);
      if (old) old.parentNode.removeChild(old);
      row.appendChild(h('span', { class: 'err-msg', role: 'alert', text: String(message || '') }));
    }
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      input.select();
    }
  }

  // Save the changed fields.  Resolves true when saved (or nothing to save),
  // false when the server refused (the error is shown).
  function saveChanged() {
    var changed = changedFields();
    var names = Object.keys(changed);
    if (!names.length) return Promise.resolve(true);
    $all('#fields .field.error').forEach(function (r) {
      r.classList.remove('error');
      $all('.err-msg', r).forEach(function (e) { e.parentNode.removeChild(e); });
    });
    var focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('#fields')
      ? document.activeElement.name : null;
    return api('POST', docPath('/fields'), { fields: changed }).then(function (d) {
      if (d && d.fields) renderDoc(d, { focusField: focused });
      return true;
    }, function (err) {
      if (err.handled) return false;
      setStatus(err.message, 'error');
      if (err.status === 422) markFieldError(err.message, names);
      else if (err.status === 409) { S.readOnly = true; applyReadOnly(); }
      return false;
    });
  }

  function setBusy(on) {
    ['#accept', '#save', '#needs-info', '#reject', '#release'].forEach(function (s) {
      $(s).disabled = on || (S.readOnly && s !== '#release');
    });
    $('#doc-side').setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function applyReadOnly() {
    $all('#fields input').forEach(function (i) { i.readOnly = S.readOnly; });
    $('#doc-side').classList.toggle('read-only', S.readOnly);
    setBusy(S.busy);
    $('#release').textContent = S.readOnly ? 'Back to queue' : 'Release';
  }

  function refuseReadOnly() {
    setStatus('This document is read-only for you' +
      (S.doc && S.doc.review && S.doc.review.claimed_by ? ': it is held by ' + S.doc.review.claimed_by : '') + '.', 'error');
  }

  function doSave() {
    if (S.busy) return;
    if (S.readOnly) { refuseReadOnly(); return; }
    var n = Object.keys(changedFields()).length;
    if (!n) { setStatus('Nothing changed.', 'info'); return; }
    S.busy = true; setBusy(true);
    saveChanged().then(function (ok) {
      if (ok) setStatus('Saved ' + n + (n === 1 ? ' field.' : ' fields.'), 'ok');
    }).then(function () { S.busy = false; setBusy(false); });
  }

  // kind: accept | needs-info | reject
  function decide(kind, reason) {
    if (S.busy) return;
    if (S.readOnly) { refuseReadOnly(); return; }
    S.busy = true; setBusy(true);
    var id = S.docId;
    var seq = S.seq;
    var moved = false;
    // a rejected referral's edits are not kept: do not let them block it
    var save = kind === 'reject' ? Promise.resolve(true) : saveChanged();
    save.then(function (ok) {
      if (!ok) return null;
      var body = kind === 'accept' ? {} : { reason: reason };
      return api('POST', docPath('/' + kind), body).then(function (r) {
        var done = { accept: 'Accepted', 'needs-info': 'Asked for more information on', reject: 'Rejected' }[kind];
        var note = r && r.note ? r.note : done + ' document ' + id;
        moved = true;
        return openNext(note, seq);
      });
    }).then(null, function (err) {
      if (err.handled) return;
      setStatus(err.message, 'error');
      if (err.status === 409) { S.readOnly = true; applyReadOnly(); }
    }).then(function () {
      // after a decision the next route resets the busy state itself
      if (!moved) { S.busy = false; if (S.view === 'doc') setBusy(false); }
    });
  }

  function openNext(note, seq) {
    return api('POST', '/api/queue/next').then(function (r) {
      if (seq !== S.seq) return;
      if (r && r.document !== null && r.document !== undefined) {
        flash(note, 'ok');
        go('#/doc/' + r.document);
      } else {
        flash(note + ' — nothing left to open: the queue is empty.', 'ok');
        go('#/queue');
      }
    }, function (err) {
      if (err.handled) return;
      flash(note + ' — could not open the next item: ' + err.message, 'error');
      go('#/queue');
    });
  }

  function release() {
    if (S.busy) return;
    if (!S.readOnly && isDirty() && !S.escArmed) {
      S.escArmed = true;
      setStatus('Unsaved changes: press Esc (or Release) again to discard them and release, or Enter to save and accept.', 'warn');
      return;
    }
    S.escArmed = false;
    var id = S.docId;
    if (S.readOnly) { go('#/queue'); return; }
    S.busy = true; setBusy(true);
    api('POST', docPath('/release')).then(function () {
      flash('Released document ' + id + '.', 'info');
    }, function (err) {
      if (err.handled) return;
      if (err.status !== 409) flash('Could not release document ' + id + ': ' + err.message, 'error');
    }).then(function () {
      S.busy = false;
      if (S.me && S.view === 'doc' && S.docId === id) go('#/queue');
    });
  }

  // -- reason dialog

  function askReason(kind) {
    if (S.busy) return;
    if (S.readOnly) { refuseReadOnly(); return; }
    S.reasonKind = kind;
    S.reasonReturn = document.activeElement;
    $('#reason-title').textContent = kind === 'reject' ? 'Reject — reason:' : 'Needs info — what is missing?';
    $('#reason-error').textContent = '';
    var inp = $('#reason-input');
    inp.value = '';
    $('#reason-dialog').hidden = false;
    $('#reason-dialog').setAttribute('data-kind', kind);
    inp.focus();
  }

  function hideReason(restore) {
    var dlg = $('#reason-dialog');
    if (dlg.hidden) return;
    dlg.hidden = true;
    var back = S.reasonReturn;
    S.reasonKind = null;
    S.reasonReturn = null;
    if (restore && back && back.focus && document.contains(back)) back.focus();
  }

  function confirmReason() {
    var reason = $('#reason-input').value.trim();
    if (!reason) {
      $('#reason-error').textContent = 'a reason is required';
      $('#reason-input').focus();
      return;
    }
    var kind = S.reasonKind;
    hideReason(true);
    decide(kind, reason);
  }

  // -- linked documents, history, audit

  function renderLinked(d) {
    var box = clear($('#linked'));
    var ref = d.referral || {};
    var cur = d.document ? d.document.id : S.docId;
    if (d.link && d.link.text) {
      var kind = d.link.kind || 'new';
      box.appendChild(h('p', { class: 'link-text ' + (kind === 'duplicate' ? 'note-dup' : kind === 'new' ? '' : 'note-link'),
        text: 'This document: ' + d.link.text }));
    }
    var docs = Array.isArray(ref.documents) ? ref.documents : [];
    if (!docs.length) { box.appendChild(h('p', { class: 'muted', text: 'No other documents.' })); return; }
    var ul = h('ul', { class: 'doc-list' });
    docs.forEach(function (x) {
      var isCur = x.id === cur;
      var li = h('li', { class: (isCur ? 'current ' : '') + (x.link === 'duplicate' ? 'dup' : '') });
      var a = h('a', { href: '#/doc/' + x.id, 'data-doc': x.id, 'aria-current': isCur ? 'page' : null,
        text: 'doc ' + x.id + ' · ' + (x.file_name || '') });
      li.appendChild(a);
      li.appendChild(h('span', { class: 'muted', text: ' ' + fmtTime(x.received_at) }));
      var k = x.link || 'new';
      li.appendChild(h('span', { class: 'tag ' + (k === 'duplicate' ? 'note-dup' : k === 'new' ? 'tag-plain' : 'note-link'),
        text: LINK_KIND[k] || 'attached by hand' }));
      if (isCur) li.appendChild(h('span', { class: 'muted', text: ' (this document)' }));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  function renderHistory(d) {
    var box = clear($('#history'));
    var hist = d.referral && Array.isArray(d.referral.history) ? d.referral.history : [];
    if (!hist.length) { box.appendChild(h('p', { class: 'muted', text: 'No status changes.' })); return; }
    var t = h('table', { class: 'grid small' },
      h('thead', null, h('tr', null, h('th', { text: 'At' }), h('th', { text: 'By' }), h('th', { text: 'Change' }),
        h('th', { text: 'Reason / date' }))));
    var tb = h('tbody');
    hist.forEach(function (x) {
      var extra = [];
      if (x.reason) extra.push(x.reason);
      if (x.date) extra.push('date ' + x.date);
      tb.appendChild(h('tr', null,
        h('td', { class: 'nowrap', text: fmtTime(x.at) }),
        h('td', { text: x.by || '' }),
        h('td', { class: 'nowrap', text: (x.from ? words(x.from) : '—') + ' → ' + words(x.to || '') }),
        h('td', { text: extra.join(' · ') })));
    });
    t.appendChild(tb);
    box.appendChild(t);
  }

  function auditTable(rows, withDoc) {
    var head = [h('th', { text: '#' }), h('th', { text: 'At' }), h('th', { text: 'Actor' }), h('th', { text: 'Action' })];
    if (withDoc) head.push(h('th', { text: 'Doc' }), h('th', { text: 'Referral' }));
    head.push(h('th', { text: 'Field' }), h('th', { text: 'Old → new' }));
    var t = h('table', { class: 'grid small audit' }, h('thead', null, h('tr', null, head)));
    var tb = h('tbody');
    rows.forEach(function (r) {
      var change = '';
      if (r.old !== undefined && r.old !== null) change += String(r.old) + ' → ';
      if (r['new'] !== undefined && r['new'] !== null) change += String(r['new']);
      var tds = [h('td', { class: 'num', text: r.id !== undefined ? String(r.id) : '' }),
        h('td', { class: 'nowrap', text: fmtTime(r.at) }),
        h('td', { text: r.actor || '' }),
        h('td', { text: r.action || '' })];
      if (withDoc) {
        tds.push(h('td', { class: 'num' }, r.document ? h('a', { href: '#/doc/' + r.document, text: String(r.document) }) : ''));
        tds.push(h('td', { class: 'num', text: r.referral ? String(r.referral) : '' }));
      }
      tds.push(h('td', { text: r.field ? label(r.field) : '' }), h('td', { class: 'wrap', text: change }));
      tb.appendChild(h('tr', null, tds));
    });
    t.appendChild(tb);
    return t;
  }

  function renderDocAudit(d) {
    var rows = Array.isArray(d.audit) ? d.audit : [];
    $('#doc-audit > summary').textContent = 'Audit trail of this document (' + rows.length + ')';
    var box = clear($('#doc-audit-rows'));
    if (!rows.length) { box.appendChild(h('p', { class: 'muted', text: 'No audit rows.' })); return; }
    box.appendChild(auditTable(rows, false));
  }

  // ----------------------------------------------------------- page viewer

  function pageInfo(d, n) {
    var pi = d && d.document && Array.isArray(d.document.page_info) ? d.document.page_info : [];
    for (var i = 0; i < pi.length; i++) if (pi[i] && pi[i].page === n) return pi[i];
    return pi[n - 1] || {};
  }

  function pageCount(d) {
    var doc = d.document || {};
    var n = typeof doc.pages === 'number' ? doc.pages : 0;
    var pi = Array.isArray(doc.page_info) ? doc.page_info.length : 0;
    return Math.max(n, pi);
  }

  function buildViewer(d) {
    var id = d.document && d.document.id !== undefined ? d.document.id : S.docId;
    var list = clear($('#page-list'));
    var thumbs = clear($('#thumbs'));
    S.viewerFor = id;
    var n = pageCount(d);
    var name = (d.document && d.document.file_name) || '';
    if (!n) list.appendChild(h('p', { class: 'placeholder-text', text: 'This document has no pages.' }));
    for (var p = 1; p <= n; p++) {
      var pi = pageInfo(d, p);
      var page = h('div', { class: 'page', 'data-page': p });
      var thumb = h('button', { type: 'button', class: 'thumb', 'data-page': p, title: 'Page ' + p, 'aria-label': 'Show page ' + p });
      if (pi.image === false) {
        page.classList.add('noimage');
        page.appendChild(h('div', { class: 'placeholder' }, h('span', { text: 'no page image stored' })));
        thumb.appendChild(h('span', { class: 'thumb-ph', text: 'no image' }));
      } else {
        var src = '/api/documents/' + encodeURIComponent(id) + '/pages/' + p;
        var img = h('img', { src: src, alt: 'Page ' + p + (name ? ' of ' + name : ''), draggable: 'false',
          loading: p > EAGER_PAGES ? 'lazy' : null, decoding: 'async' });
        if (pi.width && pi.height) { img.width = pi.width; img.height = pi.height; }
        img.addEventListener('load', onPageLoad);
        img.addEventListener('error', onPageError);
        page.appendChild(img);
        var ti = h('img', { src: src, alt: '', loading: p > EAGER_PAGES ? 'lazy' : null, decoding: 'async' });
        if (pi.width && pi.height) { ti.width = pi.width; ti.height = pi.height; }
        thumb.appendChild(ti);
      }
      thumb.appendChild(h('span', { class: 'thumb-num', text: String(p) }));
      list.appendChild(page);
      thumbs.appendChild(thumb);
    }
    list.scrollTop = 0;
    list.scrollLeft = 0;
    renderBoxes(d);
    layoutPages();
    updatePagePos();
  }

  function onPageLoad(ev) {
    var page = ev.target.closest('.page');
    if (page) { page.classList.remove('img-error'); layoutPage(page); }
  }

  function onPageError(ev) {
    var page = ev.target.closest('.page');
    if (!page || page.querySelector('.img-error-text')) return;
    page.classList.add('img-error');
    page.appendChild(h('div', { class: 'img-error-text', text: 'the page image could not be loaded' }));
  }

  function renderBoxes(d) {
    $all('#page-list .box').forEach(function (b) { b.parentNode.removeChild(b); });
    var fields = d.fields || {};
    fieldOrder(d).forEach(function (name) {
      var f = fields[name];
      if (!f || !f.page || !Array.isArray(f.bbox) || f.bbox.length !== 4) return;
      var page = $('#page-list .page[data-page="' + Number(f.page) + '"]');
      if (!page) return;
      var nr = needsReview(d, name);
      var box = h('div', { class: 'box ' + confClass(f, nr), 'data-field': name, 'data-label': label(name),
        title: label(name) + ': ' + valueText(f) + (typeof f.confidence === 'number' ? ' (' + pct(f.confidence) + ')' : '') });
      if (name === S.activeField) box.classList.add('active');
      page.appendChild(box);
    });
    $all('#page-list .page').forEach(layoutPage);
  }

  function fitWidth() {
    var list = $('#page-list');
    return Math.max(120, list.clientWidth - 2 * PAGE_PAD);
  }

  function layoutPages() {
    var w = Math.round(fitWidth() * S.zoom);
    $all('#page-list .page').forEach(function (page) {
      page.style.width = w + 'px';
      layoutPage(page);
    });
    $('#zoom-level').textContent = S.zoom === 1 ? 'Fit' : Math.round(S.zoom * 100) + '%';
  }

  // Position the boxes of one page: bbox is in pixels of the page as read
  // (page_info width/height); the image is shown at some other size.
  function layoutPage(page) {
    var d = S.doc;
    if (!d) return;
    var n = parseInt(page.getAttribute('data-page'), 10);
    var pi = pageInfo(d, n);
    var img = page.querySelector('img');
    var dispW = page.clientWidth;
    var srcW = pi.width, srcH = pi.height;
    if (!srcW && img && img.naturalWidth) { srcW = img.naturalWidth; srcH = img.naturalHeight; }
    var ph = page.querySelector('.placeholder');
    if (ph) ph.style.height = Math.round(dispW * ((srcW && srcH) ? srcH / srcW : 1.294)) + 'px';
    var dispH = img ? img.clientHeight : (ph ? ph.clientHeight : 0);
    if (!srcW || !dispW) {
      $all('.box', page).forEach(function (b) { b.hidden = true; });
      return;
    }
    var sx = dispW / srcW;
    var sy = srcH && dispH ? dispH / srcH : sx;
    $all('.box', page).forEach(function (b) {
      var f = d.fields[b.getAttribute('data-field')];
      if (!f || !f.bbox) return;
      var x0 = Math.min(f.bbox[0], f.bbox[2]), x1 = Math.max(f.bbox[0], f.bbox[2]);
      var y0 = Math.min(f.bbox[1], f.bbox[3]), y1 = Math.max(f.bbox[1], f.bbox[3]);
      b.hidden = false;
      b.style.left = (x0 * sx - 2).toFixed(1) + 'px';
      b.style.top = (y0 * sy - 2).toFixed(1) + 'px';
      b.style.width = ((x1 - x0) * sx + 4).toFixed(1) + 'px';
      b.style.height = ((y1 - y0) * sy + 4).toFixed(1) + 'px';
    });
  }

  function setZoom(z) {
    var list = $('#page-list');
    z = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, z));
    if (Math.abs(z - 1) < 0.01) z = 1;
    var ry = list.scrollHeight ? (list.scrollTop + list.clientHeight / 2) / list.scrollHeight : 0;
    var rx = list.scrollWidth ? (list.scrollLeft + list.clientWidth / 2) / list.scrollWidth : 0;
    S.zoom = z;
    layoutPages();
    list.scrollTop = ry * list.scrollHeight - list.clientHeight / 2;
    list.scrollLeft = rx * list.scrollWidth - list.clientWidth / 2;
    updatePagePos();
  }

  function zoomIn() { setZoom(S.zoom * ZOOM_STEP); }
  function zoomOut() { setZoom(S.zoom / ZOOM_STEP); }

  function scrollToPage(n) {
    var page = $('#page-list .page[data-page="' + n + '"]');
    if (!page) return;
    var list = $('#page-list');
    list.scrollTop = page.offsetTop - PAGE_PAD;
    updatePagePos();
  }

  function updatePagePos() {
    var list = $('#page-list');
    var pages = $all('.page', list);
    if (!pages.length) { $('#page-pos').textContent = ''; return; }
    var mid = list.scrollTop + list.clientHeight / 3;
    var cur = 1;
    pages.forEach(function (p) { if (p.offsetTop <= mid) cur = parseInt(p.getAttribute('data-page'), 10); });
    $('#page-pos').textContent = 'page ' + cur + ' of ' + pages.length;
    $all('#thumbs .thumb').forEach(function (t) {
      var on = parseInt(t.getAttribute('data-page'), 10) === cur;
      t.classList.toggle('current', on);
      if (on) t.setAttribute('aria-current', 'true'); else t.removeAttribute('aria-current');
    });
  }

  // Highlight a field's box and bring it into view.
  function setActive(name) {
    S.activeField = name;
    $all('#page-list .box.active, #fields .field.active').forEach(function (e) { e.classList.remove('active'); });
    var row = fieldRow(name);
    if (row) row.classList.add('active');
    var boxes = $all('#page-list .box').filter(function (b) { return b.getAttribute('data-field') === name; });
    boxes.forEach(function (b) { b.classList.add('active'); });
    var list = $('#page-list');
    if (boxes.length) {
      revealRect(list, boxes[0].getBoundingClientRect());
      return;
    }
    var f = S.doc && S.doc.fields ? S.doc.fields[name] : null;
    if (f && f.page) {
      var page = $('#page-list .page[data-page="' + Number(f.page) + '"]');
      if (page) {
        var lr = list.getBoundingClientRect(), pr = page.getBoundingClientRect();
        if (pr.bottom < lr.top || pr.top > lr.bottom) scrollToPage(f.page);
      }
    }
  }

  function revealRect(list, r) {
    var lr = list.getBoundingClientRect();
    var m = 40;
    var visible = r.top >= lr.top + m && r.bottom <= lr.bottom - m && r.left >= lr.left && r.right <= lr.right;
    if (visible) return;
    list.scrollTop += (r.top + r.height / 2) - (lr.top + lr.height / 2);
    if (r.left < lr.left || r.right > lr.right) {
      list.scrollLeft += (r.left + r.width / 2) - (lr.left + lr.width / 2);
    }
    updatePagePos();
  }

  // ----------------------------------------------------------------- rules

  function showRules() {
    showView('rules');
    var seq = S.seq;
    var body = $('#rules-body');
    api('GET', '/api/rules').then(function (r) {
      if (seq !== S.seq) return;
      body.hidden = false;
      var ta = $('#rules-text');
      var dirty = S.rulesLoaded !== null && ta.value !== S.rulesLoaded;
      if (!dirty) {
        ta.value = r.text || '';
        S.rulesLoaded = ta.value;
        S.rulesTested = null;
        clear($('#rules-result'));
        $('#rules-diff').hidden = true;
      }
      S.rulesWritable = !!r.writable;
      S.rulesPath = r.path || null;
      var p = $('#rules-path');
      if (r.writable && r.path) p.textContent = 'file: ' + r.path;
      else if (r.path) p.textContent = 'file: ' + r.path + ' (read-only: the server cannot write it)';
      else p.textContent = 'built-in rules (read-only: start serve with --rules FILE)';
      p.classList.toggle('warn-text', !r.writable);
      ta.readOnly = false;
      updateRulesSave();
      if ($('#audit-log').open) loadAuditLog();
    }, function (err) {
      if (seq !== S.seq) return;
      body.hidden = true;
      fail(err);
    });
  }

  function updateRulesSave() {
    var ta = $('#rules-text');
    var ok = S.rulesWritable && S.rulesTested !== null && S.rulesTested === ta.value;
    $('#rules-save').disabled = !ok;
    var hint = $('#rules-hint');
    if (!S.rulesWritable) hint.textContent = 'Saving needs a rules file: start serve with --rules FILE.';
    else if (ok) hint.textContent = 'Tested: this text can be saved.';
    else hint.textContent = 'Save is possible after a successful test of exactly this text.';
  }

  function rulesError(err) {
    var box = clear($('#rules-result'));
    box.className = 'result error';
    box.appendChild(h('span', { text: err.message }));
    var m = /(?:^|[\s(])[^\s:]*:(\d+):/.exec(err.message) || /\bline (\d+)\b/i.exec(err.message);
    if (m) {
      var line = parseInt(m[1], 10);
      box.appendChild(document.createTextNode(' '));
      var b = h('button', { type: 'button', id: 'rules-goto', 'data-line': line, text: 'Go to line ' + line });
      box.appendChild(b);
      box.setAttribute('data-line', String(line));
    }
  }

  function gotoLine(line) {
    var ta = $('#rules-text');
    var lines = ta.value.split('\n');
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
    var end = start + (lines[line - 1] !== undefined ? lines[line - 1].length : 0);
    ta.focus();
    ta.setSelectionRange(start, end);
    var lh = parseFloat(getComputedStyle(ta).lineHeight) || 18;
    ta.scrollTop = Math.max(0, (line - 1) * lh - ta.clientHeight / 2);
  }

  function rulesBusy(on) {
    ['#rules-check', '#rules-test'].forEach(function (s) { $(s).disabled = on; });
    if (on) $('#rules-save').disabled = true; else updateRulesSave();
  }

  function rulesCheck() {
    var text = $('#rules-text').value;
    rulesBusy(true);
    var box = $('#rules-result');
    api('POST', '/api/rules/check', { text: text }).then(function (r) {
      clear(box);
      box.className = 'result ok';
      box.textContent = 'Rules OK' + (r && r.summary ? ': ' + r.summary : '.');
    }, function (err) {
      if (err.handled) return;
      rulesError(err);
    }).then(function () { rulesBusy(false); });
  }

  function fmtPctCell(x) { return typeof x === 'number' && isFinite(x) ? (x * 100).toFixed(1) + '%' : '—'; }

  function changeCell(cur, prop) {
    if (typeof cur !== 'number' || typeof prop !== 'number') return h('td', { class: 'num', text: '—' });
    var diff = (prop - cur) * 100;
    var cls = Math.abs(diff) < 0.05 ? 'same' : diff > 0 ? 'up' : 'down';
    var txt = cls === 'same' ? '±0.0' : (diff > 0 ? '+' : '−') + Math.abs(diff).toFixed(1);
    return h('td', { class: 'num change ' + cls, text: txt });
  }

  function rulesTest() {
    var text = $('#rules-text').value;
    rulesBusy(true);
    S.rulesTested = null;
    var box = $('#rules-result');
    var table = $('#rules-diff');
    api('POST', '/api/rules/test', { text: text }).then(function (r) {
      var fields = Array.isArray(r.fields) ? r.fields : [];
      var tb = clear($('tbody', table));
      fields.forEach(function (f) {
        tb.appendChild(h('tr', { 'data-field': f.field },
          h('td', { text: label(f.field) + ' ', title: f.field }),
          h('td', { class: 'num', text: f.n === undefined ? '' : String(f.n) }),
          h('td', { class: 'num', text: fmtPctCell(f.current) }),
          h('td', { class: 'num', text: fmtPctCell(f.proposed) }),
          changeCell(f.current, f.proposed)));
      });
      var ov = r.overall || {};
      var tf = clear($('tfoot', table));
      tf.appendChild(h('tr', { class: 'overall' },
        h('th', { scope: 'row', text: 'Overall' }),
        h('td', { class: 'num', text: fields.reduce(function (a, f) { return a + (f.n || 0); }, 0) || '' }),
        h('td', { class: 'num', text: fmtPctCell(ov.current) }),
        h('td', { class: 'num', text: fmtPctCell(ov.proposed) }),
        changeCell(ov.current, ov.proposed)));
      table.hidden = false;
      table.classList.remove('stale');
      clear(box);
      box.className = 'result ok';
      var nd = typeof r.documents === 'number' ? r.documents : 0;
      box.textContent = 'Tested against ' + nd + ' reviewed document' + (nd === 1 ? '' : 's') +
        ': overall ' + fmtPctCell(ov.current) + ' now, ' + fmtPctCell(ov.proposed) + ' with this text.' +
        (nd === 0 ? ' (No reviewed documents yet: the comparison says nothing.)' : '');
      if ($('#rules-text').value === text) S.rulesTested = text;
    }, function (err) {
      if (err.handled) return;
      table.hidden = true;
      rulesError(err);
    }).then(function () { rulesBusy(false); });
  }

  function rulesSaveAsk() {
    if ($('#rules-save').disabled) return;
    var dlg = $('#confirm-dialog');
    $('#confirm-text').textContent = 'Save these rules to ' + (S.rulesPath || 'the rules file') +
      '? The running daemon reloads them and uses them for every new document.';
    dlg.hidden = false;
    $('#confirm-cancel').focus();
  }

  function hideConfirm() { $('#confirm-dialog').hidden = true; }

  function rulesSave() {
    hideConfirm();
    var text = $('#rules-text').value;
    if (S.rulesTested !== text) { updateRulesSave(); return; }
    rulesBusy(true);
    var box = $('#rules-result');
    api('PUT', '/api/rules', { text: text }).then(function (r) {
      clear(box);
      box.className = 'result ok';
      box.textContent = 'Saved to ' + (r && r.saved ? r.saved : '?') + '. Daemon: ' + (r && r.daemon ? r.daemon : '?') + '.';
      S.rulesLoaded = text;
      S.rulesTested = null;
      $('#rules-save').focus();
    }, function (err) {
      if (err.handled) return;
      rulesError(err);
    }).then(function () { rulesBusy(false); });
  }

  function onRulesEdit() {
    if (S.rulesTested !== null && S.rulesTested !== $('#rules-text').value) {
      S.rulesTested = null;
      $('#rules-diff').classList.add('stale');
    }
    hideConfirm();
    updateRulesSave();
  }

  function loadAuditLog() {
    var box = clear($('#audit-rows'));
    box.appendChild(h('p', { class: 'muted', text: 'Loading…' }));
    api('GET', '/api/audit?limit=100').then(function (rows) {
      clear(box);
      rows = Array.isArray(rows) ? rows : (rows && rows.items) || [];
      if (!rows.length) { box.appendChild(h('p', { class: 'muted', text: 'No audit rows.' })); return; }
      box.appendChild(auditTable(rows, true));
    }, function (err) {
      if (err.handled) return;
      clear(box);
      box.appendChild(h('p', { class: 'error-text', text: err.message }));
    });
  }

  // ---------------------------------------------------------------- events

  function onKeyDown(e) {
    if (S.view === 'doc') docKeys(e);
    else if (S.view === 'rules') {
      if (e.key === 'Escape' && !$('#confirm-dialog').hidden) { e.preventDefault(); hideConfirm(); $('#rules-save').focus(); }
    }
  }

  function docKeys(e) {
    var t = e.target;
    var dlgOpen = !$('#reason-dialog').hidden;
    if (dlgOpen) {
      if (e.key === 'Escape') { e.preventDefault(); hideReason(true); return; }
      if (e.key === 'Enter' && t && t.id === 'reason-input') { e.preventDefault(); confirmReason(); return; }
      return;
    }
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      var k = (e.key || '').toLowerCase();
      if (e.code === 'KeyI' || k === 'i') { e.preventDefault(); askReason('needs-info'); return; }
      if (e.code === 'KeyJ' || k === 'j') { e.preventDefault(); askReason('reject'); return; }
      return;
    }
    if (e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      if (t && t.tagName === 'SELECT') return;
      e.preventDefault();
      release();
      return;
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && t && t.tagName === 'INPUT' && t.closest('#fields')) {
      e.preventDefault();
      decide('accept');
      return;
    }
    if (!isTyping(t)) {
      if (e.key === '+' || e.key === '=') { e.preventDefault(); zoomIn(); }
      else if (e.key === '-' || e.key === '_') { e.preventDefault(); zoomOut(); }
      else if (e.key === '0') { e.preventDefault(); setZoom(1); }
    }
  }

  function bind() {
    $('#login-form').addEventListener('submit', doLogin);
    $('#logout').addEventListener('click', doLogout);

    // queue
    $('#filter-status').addEventListener('change', function (e) {
      S.queue.status = e.target.value; S.queue.offset = 0; loadQueue(S.seq);
    });
    $('#filter-specialty').addEventListener('change', function (e) {
      S.queue.specialty = e.target.value; S.queue.offset = 0; loadQueue(S.seq);
    });
    $('#refresh').addEventListener('click', function () { setStatus(''); loadQueue(S.seq); });
    $('#page-prev').addEventListener('click', function () {
      S.queue.offset = Math.max(0, S.queue.offset - PAGE_SIZE); loadQueue(S.seq);
    });
    $('#page-next').addEventListener('click', function () {
      S.queue.offset += PAGE_SIZE; loadQueue(S.seq);
    });
    $('#next').addEventListener('click', openNextFromQueue);
    var tbody = $('#queue tbody');
    tbody.addEventListener('click', function (e) {
      if (e.target.closest('a')) return;
      openRow(e.target.closest('tr[data-doc]'));
    });
    tbody.addEventListener('keydown', function (e) {
      var tr = e.target.closest('tr[data-doc]');
      if (!tr) return;
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openRow(tr); }
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        var sib = e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
        if (sib && sib.hasAttribute('data-doc')) sib.focus();
      }
    });

    // document
    var fields = $('#fields');
    fields.addEventListener('submit', function (e) { e.preventDefault(); });
    fields.addEventListener('input', onFieldInput);
    fields.addEventListener('focusin', function (e) {
      if (e.target && e.target.tagName === 'INPUT') setActive(e.target.name);
    });
    fields.addEventListener('mousedown', function (e) {
      var row = e.target.closest('.field');
      if (!row || e.target.tagName === 'INPUT') return;
      var i = $('input', row);
      if (i) { e.preventDefault(); i.focus(); }
    });
    $('#missing').addEventListener('click', function (e) {
      var b = e.target.closest('button[data-field]');
      if (!b) return;
      var i = fieldInput(b.getAttribute('data-field'));
      if (i) i.focus();
    });
    $('#page-list').addEventListener('click', function (e) {
      var b = e.target.closest('.box');
      if (!b) return;
      var i = fieldInput(b.getAttribute('data-field'));
      if (i) i.focus();
    });
    $('#page-list').addEventListener('scroll', function () {
      if (!S.posPending) {
        S.posPending = true;
        requestAnimationFrame(function () { S.posPending = false; updatePagePos(); });
      }
    });
    $('#thumbs').addEventListener('click', function (e) {
      var t = e.target.closest('.thumb');
      if (t) scrollToPage(parseInt(t.getAttribute('data-page'), 10));
    });
    $('#zoom-in').addEventListener('click', zoomIn);
    $('#zoom-out').addEventListener('click', zoomOut);
    $('#zoom-fit').addEventListener('click', function () { setZoom(1); });
    $('#accept').addEventListener('click', function () { decide('accept'); });
    $('#save').addEventListener('click', doSave);
    $('#needs-info').addEventListener('click', function () { askReason('needs-info'); });
    $('#reject').addEventListener('click', function () { askReason('reject'); });
    $('#release').addEventListener('click', release);
    $('#reason-ok').addEventListener('click', confirmReason);
    $('#reason-cancel').addEventListener('click', function () { hideReason(true); });

    // rules
    $('#rules-text').addEventListener('input', onRulesEdit);
    $('#rules-check').addEventListener('click', rulesCheck);
    $('#rules-test').addEventListener('click', rulesTest);
    $('#rules-save').addEventListener('click', rulesSaveAsk);
    $('#confirm-ok').addEventListener('click', rulesSave);
    $('#confirm-cancel').addEventListener('click', function () { hideConfirm(); $('#rules-save').focus(); });
    $('#rules-result').addEventListener('click', function (e) {
      var b = e.target.closest('button[data-line]');
      if (b) gotoLine(parseInt(b.getAttribute('data-line'), 10));
    });
    $('#audit-log').addEventListener('toggle', function (e) { if (e.target.open) loadAuditLog(); });

    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('hashchange', route);
    var pending = false;
    window.addEventListener('resize', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; if (S.view === 'doc') layoutPages(); });
    });
    window.addEventListener('beforeunload', function (e) {
      if (S.view === 'doc' && S.me && isDirty()) { e.preventDefault(); e.returnValue = ''; }
    });
  }

  function boot() {
    bind();
    api('GET', '/api/me', undefined, { no401: true }).then(function (r) {
      setMe(r);
      route();
    }, function (err) {
      updateHeader();
      route();
      if (err.status !== 401) loginError(err.message);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
}());
