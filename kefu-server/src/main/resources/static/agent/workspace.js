/*
 * Kefu agent workspace: live updates over /agent/ws, replies, canned responses ("/" shortcut), typing,
 * claim / transfer / close, notes. Lists and the conversation pane are server-rendered fragments (htmx).
 */
(function () {
  'use strict';
  const csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  const pane = document.getElementById('conversation');
  const live = document.getElementById('live');
  let current = null;      // id of the conversation in the pane
  let lastSeq = 0;         // newest message shown in the pane
  let canned = [];         // canned responses for the open conversation
  let cannedIndex = 0;
  let ws = null, attempts = 0, refreshTimer = 0, typingHideTimer = 0, lastTypingSent = 0;

  function post(path, body) {
    const headers = { 'Content-Type': 'application/json' };
    headers[csrfHeader] = csrfToken;
    return fetch(path, { method: 'POST', headers, body: body === undefined ? '{}' : JSON.stringify(body), credentials: 'same-origin' })
      .then((r) => {
        if (r.status === 401) { window.location.href = '/login'; throw new Error('logged out'); }
        if (!r.ok) return r.json().catch(() => ({})).then((e) => { throw new Error(e.message || ('HTTP ' + r.status)); });
        return r.status === 204 ? null : r.json();
      });
  }

  function refreshLists() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => htmx.trigger(document.body, 'refresh'), 150);
  }

  function openConversation(id) {
    const draft = id === current ? (document.getElementById('reply') || {}).value : '';
    return htmx.ajax('GET', '/agent/conversations/' + encodeURIComponent(id), { target: '#conversation', swap: 'innerHTML' })
      .then(() => { const r = document.getElementById('reply'); if (r && draft) r.value = draft; });
  }

  function paneLoaded() {
    const root = pane.querySelector('.conversation');
    if (!root) { current = null; return; }
    current = root.dataset.conversation;
    lastSeq = Number(root.dataset.lastSeq || 0);
    scrollDown();
    canned = [];
    if (root.dataset.mine === 'true') {
      fetch('/api/v1/agent/conversations/' + encodeURIComponent(current) + '/canned', { credentials: 'same-origin' })
        .then((r) => (r.ok ? r.json() : [])).then((list) => { canned = list; });
    }
  }

  function scrollDown() {
    const t = document.getElementById('transcript');
    if (t) t.scrollTop = t.scrollHeight;
  }

  function label(from, senderName) {
    if (senderName) return senderName;
    const zh = document.body.dataset.lang === 'zh';
    const names = zh ? { bot: '机器人', customer: '客户', agent: '客服', system: '系统' }
      : { bot: 'Bot', customer: 'Customer', agent: 'Agent', system: 'System' };
    return names[from] || from;
  }

  function appendMessage(m) {
    if (m.conversationId !== current || m.seq <= lastSeq) return;
    const list = document.getElementById('transcript');
    if (!list) return;
    const li = document.createElement('li');
    li.className = 'msg from-' + m.from;
    li.dataset.seq = m.seq;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = label(m.from, m.senderName);
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = m.text;
    li.append(who, text);
    list.appendChild(li);
    lastSeq = m.seq;
    if (m.from === 'customer') hideTyping();
    scrollDown();
  }

  function catchUp() {
    if (!current) return;
    fetch('/api/v1/agent/conversations/' + encodeURIComponent(current) + '/messages?afterSeq=' + lastSeq, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : [])).then((list) => list.forEach(appendMessage));
  }

  function showTyping() {
    const el = document.getElementById('customer-typing');
    if (!el) return;
    el.hidden = false;
    clearTimeout(typingHideTimer);
    typingHideTimer = setTimeout(hideTyping, 4000);
  }

  function hideTyping() {
    const el = document.getElementById('customer-typing');
    if (el) el.hidden = true;
  }

  // ---------- live channel ----------
  function connect() {
    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    ws = new WebSocket(proto + '//' + location.host + '/agent/ws');
    ws.onopen = () => { attempts = 0; setLive(true); refreshLists(); catchUp(); };
    ws.onclose = () => {
      setLive(false);
      attempts++;
      setTimeout(connect, Math.min(30000, 500 * 2 ** Math.min(attempts, 6)));
    };
    ws.onmessage = (e) => {
      let f;
      try { f = JSON.parse(e.data); } catch (err) { return; }
      if (f.type === 'message') { appendMessage(f); if (f.conversationId !== current) refreshLists(); }
      else if (f.type === 'typing' && f.conversationId === current) showTyping();
      else if (f.type === 'refresh') {
        refreshLists();
        if (f.conversationId === current) openConversation(current);
      }
    };
  }

  function setLive(on) {
    live.dataset.state = on ? 'online' : 'offline';
    live.textContent = on ? live.dataset.online : live.dataset.offline;
  }

  // ---------- canned responses ----------
  function cannedBox() { return document.getElementById('canned'); }

  function updateCanned(textarea) {
    const box = cannedBox();
    const v = textarea.value;
    if (!v.startsWith('/') || v.includes(' ') || v.includes('\n') || !canned.length) { box.hidden = true; return; }
    const q = v.slice(1).toLowerCase();
    const matches = canned.filter((c) => c.shortcut.toLowerCase().startsWith(q));
    box.replaceChildren();
    cannedIndex = Math.min(cannedIndex, Math.max(0, matches.length - 1));
    matches.forEach((c, i) => {
      const opt = document.createElement('div');
      opt.className = 'canned-option' + (i === cannedIndex ? ' active' : '');
      opt.setAttribute('role', 'option');
      opt.dataset.text = c.text;
      opt.textContent = '/' + c.shortcut + '  ' + c.text;
      opt.addEventListener('mousedown', (e) => { e.preventDefault(); pickCanned(textarea, c.text); });
      box.appendChild(opt);
    });
    box.hidden = matches.length === 0;
  }

  function pickCanned(textarea, text) {
    textarea.value = text;
    cannedBox().hidden = true;
    textarea.focus();
  }

  // ---------- events ----------
  document.addEventListener('htmx:afterSwap', (e) => { if (e.detail.target === pane) paneLoaded(); });

  document.addEventListener('click', (e) => {
    const open = e.target.closest('.open-conversation');
    if (open) { e.preventDefault(); openConversation(open.dataset.conversation); return; }
    const claim = e.target.closest('.claim');
    if (claim) {
      const id = claim.dataset.conversation;
      claim.disabled = true;
      post('/api/v1/agent/conversations/' + encodeURIComponent(id) + '/claim')
        .then(() => { refreshLists(); return openConversation(id); })
        .catch((err) => { claim.disabled = false; alert(err.message); });
      return;
    }
    const use = e.target.closest('.use-suggestion');
    if (use) { const r = document.getElementById('reply'); r.value = use.dataset.text; r.focus(); return; }
    if (e.target.id === 'transfer') {
      const team = document.getElementById('transfer-team').value;
      const agent = document.getElementById('transfer-agent').value;
      if (!team && !agent) return;
      post('/api/v1/agent/conversations/' + encodeURIComponent(current) + '/transfer', agent ? { agentId: agent } : { teamId: team })
        .then(() => { refreshLists(); return openConversation(current); })
        .catch((err) => alert(err.message));
      return;
    }
    if (e.target.id === 'close-bot' || e.target.id === 'close-closed') {
      post('/api/v1/agent/conversations/' + encodeURIComponent(current) + '/close', { backToBot: e.target.id === 'close-bot' })
        .then(() => { refreshLists(); return openConversation(current); })
        .catch((err) => alert(err.message));
    }
  });

  document.addEventListener('submit', (e) => {
    if (e.target.id === 'reply-form') {
      e.preventDefault();
      const r = document.getElementById('reply');
      const text = r.value.trim();
      if (!text) return;
      const id = current;
      r.disabled = true;
      post('/api/v1/agent/conversations/' + encodeURIComponent(id) + '/messages', { text })
        .then((res) => { r.value = ''; appendMessage({ conversationId: id, seq: res.seq, from: 'agent', senderName: document.querySelector('.top .who').textContent, text }); })
        .catch((err) => alert(err.message))
        .finally(() => { r.disabled = false; r.focus(); });
    } else if (e.target.id === 'note-form') {
      e.preventDefault();
      const n = document.getElementById('note');
      const text = n.value.trim();
      if (!text) return;
      post('/api/v1/agent/conversations/' + encodeURIComponent(current) + '/notes', { text })
        .then(() => openConversation(current))
        .catch((err) => alert(err.message));
    }
  });

  document.addEventListener('keydown', (e) => {
    if (e.target.id !== 'reply') return;
    const box = cannedBox();
    if (!box.hidden) {
      const options = box.querySelectorAll('.canned-option');
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        cannedIndex = (cannedIndex + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
        updateCanned(e.target);
        return;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && options[cannedIndex]) {
        e.preventDefault();
        pickCanned(e.target, options[cannedIndex].dataset.text);
        return;
      }
      if (e.key === 'Escape') { box.hidden = true; return; }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      document.getElementById('reply-form').requestSubmit();
    }
  });

  document.addEventListener('input', (e) => {
    if (e.target.id !== 'reply') return;
    cannedIndex = 0;
    updateCanned(e.target);
    const now = Date.now();
    if (ws && ws.readyState === WebSocket.OPEN && current && now - lastTypingSent > 2000) {
      lastTypingSent = now;
      ws.send(JSON.stringify({ type: 'typing', conversationId: current }));
    }
  });

  document.getElementById('agent-status').addEventListener('change', (e) => {
    post('/api/v1/agent/status', { status: e.target.value }).then(refreshLists).catch((err) => alert(err.message));
  });

  connect();
})();
