/*
 * Kefu web chat widget. Embed with one tag (works from any origin: the server is where this file came from):
 *   <script src="https://kefu.example.com/widget.js" data-bot="shop" data-locale="zh-CN" data-color="#e4393c" async></script>
 * Optional: data-title (header name). Host pages may call window.KefuWidget.open() / .close().
 * Protocol: WebSocket /ws/chat (hello/welcome, send/ack, message, sync, typing, read, status, survey, error).
 * A quick reply with payload /leave_message opens the leave-a-message form (POST .../leave-message, a ticket).
 * Plain JavaScript, no build step. Message text only ever reaches the DOM through textContent.
 */
(() => {
  'use strict';
  const script = document.currentScript || document.querySelector('script[src*="widget.js"][data-bot]');
  if (!script) return;
  const base = new URL('.', script.src).href.replace(/\/$/, '');
  const bot = (script.dataset.bot || 'shop').trim();
  const registry = (window.__kefuWidgets = window.__kefuWidgets || {});
  if (registry[bot]) return; // the same bot embedded twice: keep the first one
  registry[bot] = true;

  const MAX_CHARS = 4000;
  const MAX_NOTE = 2000; // a left message, as the leave-a-message form takes it
  const LEAVE_MESSAGE = '/leave_message'; // the quick reply that offers leaving a message: opens the form
  const KEEP_MESSAGES = 200;
  const locale = /^zh/i.test(script.dataset.locale || navigator.language || '') ? 'zh-CN' : 'en';
  const color = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]{3,20})$/i.test(script.dataset.color || '')
    ? script.dataset.color : '#e4393c';

  const TEXTS = {
    'zh-CN': {
      open: '打开在线客服', close: '关闭对话窗口', service: '在线客服', placeholder: '请输入您的问题，Enter 发送',
      input: '输入消息', send: '发送', online: '在线', connecting: '连接中…', offline: '连接已断开，正在重连…',
      sending: '发送中…', failed: '发送失败', retry: '重试', log: '对话记录',
      tooLong: (n) => `消息太长了（${n} 字），每条最多 ${MAX_CHARS} 字，请分几条发送。`,
      queued: (n) => (n == null ? '正在为您转接人工客服…'
        : n === 0 ? '正在为您转接人工客服… 马上就轮到您了' : `正在为您转接人工客服… 您前面还有 ${n} 位`),
      agentServing: (name) => `人工客服${name ? ' ' + name : ''}为您服务`, agent: '人工客服',
      closed: '本次会话已结束', newChat: '开始新的对话', typing: '对方正在输入…',
      helpful: '有帮助', notHelpful: '没帮助', rated: '感谢反馈',
      surveyTitle: '请为本次服务打分', surveyComment: '还有什么想告诉我们的吗？（选填）', submit: '提交评价',
      surveyThanks: '感谢您的评价！', star: (n) => `${n} 星`, chooseStars: '请先选择星级',
      unread: (n) => `，${n} 条未读消息`, intro: (name) => `您好，欢迎咨询${name}，请问有什么可以帮您？`,
      names: { shop: '演示商城客服', bank: '演示银行客服' }, error: '出错了，请稍后再试',
      leaveTitle: '留言', leaveIntro: '请留下联系方式和您的问题，我们会在工作时间尽快联系您。',
      leaveName: '称呼（选填）', leaveContact: '手机号或邮箱', leaveMessage: '留言内容', cancel: '取消',
      leaveSubmit: '提交留言', leaveThanks: '已收到您的留言，我们会在工作时间尽快联系您',
      badContact: '请填写有效的手机号或邮箱', noMessage: '请填写留言内容',
      messageTooLong: (n) => `留言太长了（${n} 字），最多 ${MAX_NOTE} 字。`,
      leaveFailed: '留言提交失败，请稍后重试', leaveRejected: '留言未能提交，请检查填写的内容',
    },
    en: {
      open: 'Open chat', close: 'Close chat', service: 'Customer service', placeholder: 'Type your question, Enter to send',
      input: 'Message', send: 'Send', online: 'Online', connecting: 'Connecting…', offline: 'Disconnected, reconnecting…',
      sending: 'Sending…', failed: 'Not sent', retry: 'Retry', log: 'Conversation',
      tooLong: (n) => `This message is too long (${n} characters). The limit is ${MAX_CHARS}; please split it up.`,
      queued: (n) => (n == null ? 'Connecting you to an agent…'
        : n === 0 ? 'Connecting you to an agent… you are next' : `Connecting you to an agent… ${n} ahead of you`),
      agentServing: (name) => (name ? `${name} is helping you` : 'An agent is helping you'), agent: 'Agent',
      closed: 'This conversation has ended', newChat: 'Start a new conversation', typing: 'Typing…',
      helpful: 'Helpful', notHelpful: 'Not helpful', rated: 'Thanks for your feedback',
      surveyTitle: 'How did we do?', surveyComment: 'Anything else you would like to tell us? (optional)',
      submit: 'Submit', surveyThanks: 'Thank you for your rating!', star: (n) => `${n} star${n > 1 ? 's' : ''}`,
      chooseStars: 'Please choose a rating first', unread: (n) => `, ${n} unread`,
      intro: (name) => `Hello! Welcome to ${name}. How can we help you today?`,
      names: { shop: 'Demo Shop support', bank: 'Demo Bank support' }, error: 'Something went wrong, please try again',
      leaveTitle: 'Leave a message', leaveIntro: 'Tell us how to reach you and what you need; we will get back to you during service hours.',
      leaveName: 'Your name (optional)', leaveContact: 'Phone or email', leaveMessage: 'Your message', cancel: 'Cancel',
      leaveSubmit: 'Send message', leaveThanks: "Thanks — we'll get back to you during service hours",
      badContact: 'Please enter a valid phone number or email address', noMessage: 'Please write your message',
      messageTooLong: (n) => `Your message is too long (${n} characters); the limit is ${MAX_NOTE}.`,
      leaveFailed: 'Your message could not be sent, please try again', leaveRejected: 'Your message was not accepted; please check the form',
    },
  };
  const t = TEXTS[locale];
  const botName = script.dataset.title || t.names[bot] || t.service;

  // ---------- persistence ----------
  const storeKey = `kefu.v1|${base}|${bot}`;
  const fresh = () => ({ conversationId: null, token: null, lastSeq: 0, messages: [], outbox: [], unread: 0,
    open: false, status: 'bot', agentName: null, queuePosition: null, survey: null });
  let state = load();

  function load() {
    try {
      const s = JSON.parse(localStorage.getItem(storeKey) || 'null');
      if (s && Array.isArray(s.messages) && Array.isArray(s.outbox)) return Object.assign(fresh(), s);
    } catch (e) { /* unreadable or blocked storage: start afresh */ }
    return fresh();
  }

  function save() {
    if (state.messages.length > KEEP_MESSAGES) state.messages = state.messages.slice(-KEEP_MESSAGES);
    try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* quota or private mode */ }
  }

  const uuid = () => (crypto.randomUUID ? crypto.randomUUID()
    : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
      (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));
  const keyOf = (m) => (m.seq != null ? 's' + m.seq : 'c' + m.clientMsgId);

  // ---------- DOM ----------
  const host = document.createElement('div');
  host.id = 'kefu-widget-' + bot;
  host.className = 'kefu-widget';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css()}</style>
<button class="launcher" type="button" aria-haspopup="dialog" aria-expanded="false">
  <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>
  <span class="badge" hidden></span>
</button>
<section class="panel" role="dialog" aria-modal="false" hidden>
  <header>
    <div class="who"><h2 class="title" id="kf-title"></h2><p class="conn"><i class="dot"></i><span class="conn-text"></span></p></div>
    <button class="close" type="button">×</button>
  </header>
  <div class="statusbar" hidden><span class="status-text"></span><button class="newchat" type="button" hidden></button></div>
  <div class="log" role="log" aria-live="polite" aria-relevant="additions"><p class="intro"></p></div>
  <div class="typing" hidden><i></i><i></i><i></i><span></span></div>
  <p class="notice" role="alert" hidden></p>
  <form class="composer">
    <textarea rows="1" maxlength="20000"></textarea>
    <button class="send" type="submit"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 20l18-8L3 4v6l12 2-12 2z"/></svg></button>
  </form>
</section>`;
  const $ = (sel) => root.querySelector(sel);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const launcher = $('.launcher'), badge = $('.badge'), panel = $('.panel'), log = $('.log'), input = $('textarea');
  const notice = $('.notice'), typingEl = $('.typing'), statusbar = $('.statusbar'), newChat = $('.newchat');
  host.style.setProperty('--kf-color', color);
  host.style.setProperty('--kf-on-color', onColor(color));
  $('.title').textContent = botName;
  panel.setAttribute('aria-labelledby', 'kf-title');
  $('.close').setAttribute('aria-label', t.close);
  $('.intro').textContent = t.intro(botName);
  log.setAttribute('aria-label', t.log);
  input.placeholder = t.placeholder;
  input.setAttribute('aria-label', t.input);
  $('.send').setAttribute('aria-label', t.send);
  $('.typing span').textContent = t.typing;
  newChat.textContent = t.newChat;
  const mount = () => document.body.appendChild(host);
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);

  // ---------- rendering ----------
  const nodes = new Map();
  let surveyNode = null, leaveNode = null;

  function render() {
    const nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    const ordered = sorted();
    const seen = new Set();
    // buttons show on the latest message only, from the bot, an agent or a system notice (e.g. "leave a message")
    const lastOverall = ordered[ordered.length - 1];
    const lastBot = lastOverall && lastOverall.from !== 'customer' ? lastOverall : null;
    if (!state.survey && surveyNode) { surveyNode.remove(); surveyNode = null; }
    if (state.survey && !surveyNode) surveyNode = renderSurvey();
    // The forms stay last, and one already shown is never moved: moving a node takes the focus from the
    // customer typing in it, and messages (queue updates, replies) arrive while they type.
    const forms = [leaveNode, surveyNode].filter(Boolean);
    const firstForm = [...log.children].find((c) => forms.includes(c)) || null;
    for (const m of ordered) {
      const k = keyOf(m);
      seen.add(k);
      const sig = JSON.stringify([m.state, m.rating, m.seq, m === lastBot && m === lastOverall, m.error]);
      let n = nodes.get(k);
      if (!n || n.sig !== sig) {
        const fresh = renderMessage(m, m === lastBot && m === lastOverall);
        if (n) n.node.replaceWith(fresh);
        n = { node: fresh, sig };
        nodes.set(k, n);
      }
      log.insertBefore(n.node, firstForm);
    }
    for (const [k] of nodes) if (!seen.has(k)) nodes.delete(k);
    for (const n of log.querySelectorAll('.msg')) if (!seen.has(n.dataset.key) || nodes.get(n.dataset.key).node !== n) n.remove();
    $('.intro').hidden = ordered.length > 0;
    for (const f of forms) if (f.parentNode !== log) log.appendChild(f);
    if (nearBottom || renderScrollPending) log.scrollTop = log.scrollHeight;
    renderScrollPending = false;
    renderStatus();
    renderBadge();
  }
  let renderScrollPending = true;

  function sorted() {
    const withSeq = state.messages.filter((m) => m.seq != null).sort((a, b) => a.seq - b.seq);
    return withSeq.concat(state.messages.filter((m) => m.seq == null));
  }

  function renderMessage(m, showQuickReplies) {
    const from = ['customer', 'bot', 'agent', 'system'].includes(m.from) ? m.from : 'bot';
    const row = el('div', 'msg from-' + from);
    row.dataset.key = keyOf(m);
    if (m.seq != null) row.dataset.seq = m.seq;
    if (from === 'agent') row.appendChild(el('div', 'sender', m.agentName || state.agentName || t.agent));
    if (m.text) {
      const bubble = el('div', 'bubble');
      appendLinkified(bubble, m.text);
      if (m.ts) bubble.title = new Date(m.ts).toLocaleString(locale);
      row.appendChild(bubble);
    }
    for (const c of Array.isArray(m.cards) ? m.cards : []) row.appendChild(renderCard(c));
    if (from === 'customer' && m.state === 'sending') row.appendChild(el('div', 'meta', t.sending));
    if (from === 'customer' && m.state === 'failed') {
      const meta = el('div', 'meta failed', (m.error || t.failed) + ' ');
      const retry = el('button', 'link', t.retry);
      retry.type = 'button';
      retry.addEventListener('click', () => { removeMessage(m); send(m.text, m.payload); });
      meta.appendChild(retry);
      row.appendChild(meta);
    }
    if (from === 'bot' && m.seq != null && !['smalltalk', 'handoff'].includes(m.meta && m.meta.source)) {
      row.appendChild(renderRating(m));
    }
    if (showQuickReplies && Array.isArray(m.quickReplies) && m.quickReplies.length) {
      const box = el('div', 'quick');
      for (const q of m.quickReplies) box.appendChild(choiceButton(q, 'qr'));
      row.appendChild(box);
    }
    return row;
  }

  function appendLinkified(parent, text) {
    const re = /https?:\/\/[^\s<>"'，。）)]+/g;
    let at = 0, hit;
    while ((hit = re.exec(text))) {
      parent.appendChild(document.createTextNode(text.slice(at, hit.index)));
      const a = el('a', null, hit[0]);
      a.href = hit[0];
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      parent.appendChild(a);
      at = hit.index + hit[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function safeUrl(u) {
    try {
      const url = new URL(u, base + '/');
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) { return null; }
  }

  function renderCard(c) {
    const card = el('div', 'card');
    const img = c && c.imageUrl && safeUrl(c.imageUrl);
    if (img) {
      const i = el('img');
      i.src = img;
      i.alt = '';
      i.loading = 'lazy';
      card.appendChild(i);
    }
    const body = el('div', 'card-body');
    const link = c && c.url && safeUrl(c.url);
    const title = el(link ? 'a' : 'div', 'card-title', String((c && c.title) || ''));
    if (link) { title.href = link; title.target = '_blank'; title.rel = 'noopener noreferrer'; }
    body.appendChild(title);
    if (c && c.subtitle) body.appendChild(el('div', 'card-sub', String(c.subtitle)));
    card.appendChild(body);
    if (c && Array.isArray(c.buttons) && c.buttons.length) {
      const box = el('div', 'card-actions');
      for (const b of c.buttons) box.appendChild(choiceButton(b, 'qr'));
      card.appendChild(box);
    }
    return card;
  }

  function choiceButton(q, cls) {
    const b = el('button', cls, String((q && q.title) || ''));
    b.type = 'button';
    b.addEventListener('click', () => (q && String(q.payload).trim() === LEAVE_MESSAGE ? openLeaveForm()
      : send(String(q.title || ''), q.payload == null ? undefined : String(q.payload))));
    return b;
  }

  // ---------- leave a message ----------
  /** Shows the leave-a-message form at the end of the log (one at a time); its ticket goes to the team. */
  function openLeaveForm() {
    if (leaveNode && leaveNode.matches('form')) { leaveNode.querySelector('input').focus(); return; }
    if (leaveNode) leaveNode.remove();
    leaveNode = renderLeaveForm();
    renderScrollPending = true;
    render();
    leaveNode.querySelector('input').focus();
  }

  function closeLeaveForm() {
    if (leaveNode) leaveNode.remove();
    leaveNode = null;
    input.focus();
  }

  function field(form, label, control) {
    const l = el('label', 'field');
    l.appendChild(el('span', null, label));
    l.appendChild(control);
    form.appendChild(l);
    return control;
  }

  function renderLeaveForm() {
    const form = el('form', 'leave');
    form.noValidate = true;
    form.appendChild(el('div', 'survey-title', t.leaveTitle));
    form.appendChild(el('div', 'leave-intro', t.leaveIntro));
    const name = field(form, t.leaveName, el('input', 'leave-name'));
    name.maxLength = 100;
    name.autocomplete = 'name';
    const contact = field(form, t.leaveContact, el('input', 'leave-contact'));
    contact.maxLength = 200;
    contact.required = true;
    const text = field(form, t.leaveMessage, el('textarea', 'comment leave-text'));
    text.rows = 3;
    text.maxLength = MAX_NOTE;
    text.required = true;
    const error = el('p', 'leave-error', '');
    error.setAttribute('role', 'alert');
    error.hidden = true;
    form.appendChild(error);
    const actions = el('div', 'leave-actions');
    const cancel = el('button', 'link leave-cancel', t.cancel);
    cancel.type = 'button';
    cancel.addEventListener('click', closeLeaveForm);
    const submit = el('button', 'primary leave-submit', t.leaveSubmit);
    submit.type = 'submit';
    actions.append(cancel, submit);
    form.appendChild(actions);
    const fail = (msg, focus) => {
      error.textContent = msg;
      error.hidden = false;
      if (focus) { focus.setAttribute('aria-invalid', 'true'); focus.focus(); }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const body = { name: name.value.trim() || null, contact: contact.value.trim(), message: text.value.trim() };
      for (const c of [contact, text]) c.removeAttribute('aria-invalid');
      if (!validContact(body.contact)) { fail(t.badContact, contact); return; }
      if (!body.message) { fail(t.noMessage, text); return; }
      const length = [...body.message].length;
      if (length > MAX_NOTE) { fail(t.messageTooLong(length), text); return; }
      error.hidden = true;
      submit.disabled = true;
      api(`/api/v1/conversations/${encodeURIComponent(state.conversationId)}/leave-message`, body)
        .then(() => {
          const done = el('div', 'leave');
          done.appendChild(el('div', 'survey-done leave-done', t.leaveThanks));
          done.setAttribute('role', 'status');
          form.replaceWith(done);
          leaveNode = done;
          input.focus();
        })
        .catch((err) => {
          submit.disabled = false;
          fail(/HTTP 4\d\d/.test(String(err && err.message)) ? t.leaveRejected : t.leaveFailed);
        });
    });
    return form;
  }

  /** A phone number (digits, optionally +, spaces, dashes, parentheses) or an e-mail address. */
  function validContact(c) {
    if (/^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/.test(c)) return true;
    return /^\+?[\d\s()-]+$/.test(c) && /^\d{6,15}$/.test(c.replace(/\D/g, ''));
  }

  function renderRating(m) {
    const box = el('div', 'rating');
    if (m.rating != null) {
      box.appendChild(el('span', 'rated', (m.rating ? '👍 ' : '👎 ') + t.rated));
      return box;
    }
    for (const [helpful, icon, label] of [[true, '👍', t.helpful], [false, '👎', t.notHelpful]]) {
      const b = el('button', 'thumb', icon);
      b.type = 'button';
      b.setAttribute('aria-label', label);
      b.title = label;
      b.addEventListener('click', () => rate(m, helpful));
      box.appendChild(b);
    }
    return box;
  }

  function renderSurvey() {
    const form = el('form', 'survey');
    form.appendChild(el('div', 'survey-title', t.surveyTitle));
    if (state.survey === 'done') { form.appendChild(el('div', 'survey-done', t.surveyThanks)); return form; }
    let stars = 0;
    const row = el('div', 'stars');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', t.surveyTitle);
    const buttons = [1, 2, 3, 4, 5].map((n) => {
      const b = el('button', 'star', '★');
      b.type = 'button';
      b.dataset.stars = n;
      b.setAttribute('aria-label', t.star(n));
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => {
        stars = n;
        buttons.forEach((x, i) => { x.classList.toggle('on', i < n); x.setAttribute('aria-pressed', String(i < n)); });
      });
      row.appendChild(b);
      return b;
    });
    form.appendChild(row);
    const comment = el('textarea', 'comment');
    comment.rows = 2;
    comment.maxLength = 1000;
    comment.placeholder = t.surveyComment;
    comment.setAttribute('aria-label', t.surveyComment);
    form.appendChild(comment);
    const submit = el('button', 'primary', t.submit);
    submit.type = 'submit';
    form.appendChild(submit);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!stars) { showNotice(t.chooseStars); return; }
      submit.disabled = true;
      api(`/api/v1/conversations/${encodeURIComponent(state.conversationId)}/survey`, { stars, comment: comment.value.trim() })
        .then(() => { state.survey = 'done'; save(); surveyNode.replaceWith(surveyNode = renderSurvey()); })
        .catch(() => { submit.disabled = false; showNotice(t.error); });
    });
    return form;
  }

  function renderStatus() {
    const conn = $('.conn');
    conn.dataset.state = connState;
    $('.conn-text').textContent = state.status === 'agent' && connState === 'online'
      ? t.agentServing(state.agentName) : t[connState];
    let text = '';
    // queuePosition is the customer's place in line (1 = next), the text counts the people ahead
    if (state.status === 'queued') text = t.queued(state.queuePosition == null ? null : Math.max(0, state.queuePosition - 1));
    else if (state.status === 'closed') text = t.closed;
    statusbar.hidden = !text;
    $('.status-text').textContent = text;
    newChat.hidden = state.status !== 'closed';
    input.disabled = state.status === 'closed';
    $('.send').disabled = state.status === 'closed';
  }

  function renderBadge() {
    const n = state.open ? 0 : state.unread;
    badge.hidden = !n;
    badge.textContent = n > 99 ? '99+' : String(n);
    launcher.setAttribute('aria-label', t.open + (n ? t.unread(n) : ''));
  }

  let noticeTimer = 0;
  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { notice.hidden = true; }, 6000);
  }

  // ---------- panel ----------
  function setOpen(open, focus = true) {
    state.open = open;
    panel.hidden = !open;
    host.classList.toggle('is-open', open);
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      state.unread = 0;
      renderScrollPending = true;
      ensureConversation();
      render();
      markRead();
      if (focus) input.focus();
    } else {
      renderBadge();
    }
    save();
  }

  launcher.addEventListener('click', () => setOpen(!state.open));
  $('.close').addEventListener('click', () => { setOpen(false); launcher.focus(); });
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') { setOpen(false); launcher.focus(); } });
  newChat.addEventListener('click', () => startOver());
  $('.composer').addEventListener('submit', (e) => { e.preventDefault(); submitInput(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); submitInput(); }
  });
  input.addEventListener('input', () => {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
    if (input.value && Date.now() - lastTypingSent > 2500 && ready) {
      lastTypingSent = Date.now();
      frame({ type: 'typing' });
    }
  });
  let lastTypingSent = 0;

  function submitInput() {
    if (send(input.value)) { input.value = ''; input.style.height = 'auto'; }
  }

  // ---------- sending ----------
  /** Queues one customer message; returns false when refused (empty or too long). */
  function send(raw, payload) {
    const text = String(raw || '').trim();
    if (!text && payload == null) return false;
    const length = [...text].length;
    if (length > MAX_CHARS) { showNotice(t.tooLong(length)); return false; }
    if (state.status === 'closed') return false;
    const m = { clientMsgId: uuid(), from: 'customer', text, ts: new Date().toISOString(), state: 'sending' };
    if (payload != null) m.payload = payload;
    state.messages.push(m);
    state.outbox.push({ clientMsgId: m.clientMsgId, text, payload });
    renderScrollPending = true;
    save();
    render();
    if (ready) transmit(state.outbox[state.outbox.length - 1]);
    else ensureConversation();
    return true;
  }

  function transmit(o) {
    const f = { type: 'send', clientMsgId: o.clientMsgId, text: o.text };
    if (o.payload != null) f.payload = o.payload;
    frame(f);
  }

  function removeMessage(m) {
    state.messages = state.messages.filter((x) => x !== m);
    state.outbox = state.outbox.filter((o) => o.clientMsgId !== m.clientMsgId);
  }

  function rate(m, helpful) {
    api(`/api/v1/conversations/${encodeURIComponent(state.conversationId)}/messages/${m.seq}/rating`, { helpful })
      .then(() => { m.rating = helpful; save(); render(); })
      .catch(() => showNotice(t.error));
  }

  function api(path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    return fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.status === 204 ? null : r.json().catch(() => null);
    });
  }

  // ---------- connection ----------
  let ws = null, ready = false, connState = 'connecting', attempts = 0, retryTimer = 0, creating = null;
  let lastReadSent = 0, typingTimer = 0, resetOnce = false;

  function setConn(s) { connState = s; renderStatus(); }

  function ensureConversation() {
    if (state.conversationId) { connect(); return Promise.resolve(); }
    if (creating) return creating;
    setConn('connecting');
    creating = api('/api/v1/conversations', { bot, locale })
      .then((r) => {
        state.conversationId = r.conversationId;
        state.token = r.visitorToken;
        state.lastSeq = 0;
        save();
        connect();
      })
      .catch(() => { setConn('offline'); scheduleReconnect(); })
      .finally(() => { creating = null; });
    return creating;
  }

  function connect() {
    if (ws || !state.conversationId) return;
    clearTimeout(retryTimer);
    setConn(attempts ? 'offline' : 'connecting');
    const sock = new WebSocket(base.replace(/^http/, 'ws') + '/ws/chat');
    ws = sock;
    sock.onopen = () => sock.send(JSON.stringify({
      type: 'hello', conversationId: state.conversationId, token: state.token, afterSeq: state.lastSeq }));
    sock.onmessage = (ev) => {
      if (sock !== ws) return;
      let f;
      try { f = JSON.parse(ev.data); } catch (e) { return; }
      if (f && typeof f.type === 'string') handle(f);
    };
    sock.onclose = (ev) => {
      if (sock !== ws) return;
      const wasReady = ready;
      ws = null;
      ready = false;
      if (!wasReady && ev.code === 1008 && !resetOnce) { resetOnce = true; startOver(); return; } // hello refused
      setConn('offline');
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    clearTimeout(retryTimer);
    const delay = Math.min(30000, 1000 * 2 ** Math.min(attempts, 5)) * (0.75 + Math.random() * 0.5);
    attempts++;
    retryTimer = setTimeout(() => (state.conversationId ? connect() : (state.open || state.outbox.length) && ensureConversation()), delay);
  }

  function frame(f) {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(f));
  }

  /** The conversation or token is no longer valid (e.g. the server's data was reset): begin a new one once. */
  function startOver() {
    const pending = state.outbox;
    if (ws) { const s = ws; ws = null; ready = false; s.close(); }
    nodes.forEach((n) => n.node.remove());
    nodes.clear();
    if (leaveNode) { leaveNode.remove(); leaveNode = null; }
    state = fresh();
    state.open = !panel.hidden;
    for (const o of pending) {
      state.messages.push({ clientMsgId: o.clientMsgId, from: 'customer', text: o.text, payload: o.payload,
        ts: new Date().toISOString(), state: 'sending' });
      state.outbox.push(o);
    }
    save();
    render();
    ensureConversation();
  }

  function handle(f) {
    switch (f.type) {
      case 'welcome':
        ready = true;
        attempts = 0;
        setConn('online');
        applyStatus(f);
        for (const o of state.outbox) transmit(o);
        markRead();
        break;
      case 'message': onMessage(f); break;
      case 'ack': onAck(f); break;
      case 'status': applyStatus(f); save(); render(); break;
      case 'typing': if (f.from !== 'customer') showTyping(); break;
      case 'survey': if (!state.survey) { state.survey = 'open'; save(); render(); } break;
      case 'error': onError(f); break;
      default: break; // frames from a newer server are ignored
    }
  }

  function applyStatus(f) {
    if (['bot', 'queued', 'agent', 'closed'].includes(f.status)) state.status = f.status;
    if ('queuePosition' in f) state.queuePosition = f.queuePosition;
    if ('agentName' in f) state.agentName = f.agentName;
    renderStatus();
  }

  function onAck(f) {
    const m = state.messages.find((x) => x.clientMsgId === f.clientMsgId);
    state.outbox = state.outbox.filter((o) => o.clientMsgId !== f.clientMsgId);
    if (m) {
      const dup = typeof f.seq === 'number' && state.messages.find((x) => x !== m && x.seq === f.seq);
      if (dup) removeMessage(dup);
      if (typeof f.seq === 'number') { nodes.delete(keyOf(m)); m.seq = f.seq; }
      m.state = 'sent';
    }
    save();
    render();
  }

  function onMessage(f) {
    if (typeof f.seq !== 'number') return;
    state.lastSeq = Math.max(state.lastSeq, f.seq);
    if (state.messages.some((x) => x.seq === f.seq || (f.id && x.id === f.id))) { save(); return; }
    if (f.from === 'customer') {
      const mine = state.messages.find((x) => x.seq == null
        && (f.clientMsgId ? x.clientMsgId === f.clientMsgId : x.text === f.text));
      if (mine) {
        state.outbox = state.outbox.filter((o) => o.clientMsgId !== mine.clientMsgId);
        nodes.delete(keyOf(mine));
        Object.assign(mine, { seq: f.seq, id: f.id, state: 'sent' });
        save();
        render();
        return;
      }
    }
    const m = { seq: f.seq, id: f.id, from: f.from, text: typeof f.text === 'string' ? f.text : '', ts: f.ts,
      quickReplies: f.quickReplies, cards: f.cards, meta: f.meta };
    if (f.from === 'customer') m.state = 'sent';
    if (f.from === 'agent') m.agentName = f.agentName || state.agentName;
    state.messages.push(m);
    if (f.from !== 'customer') {
      hideTyping();
      if (!state.open || document.hidden) state.unread++;
    }
    save();
    render();
    markRead();
  }

  function onError(f) {
    const m = f.clientMsgId && state.messages.find((x) => x.clientMsgId === f.clientMsgId && x.seq == null);
    if (m) {
      state.outbox = state.outbox.filter((o) => o.clientMsgId !== m.clientMsgId);
      m.state = 'failed';
      m.error = f.message || t.failed;
      save();
      render();
      return;
    }
    if (!ready && !resetOnce && /^(invalid_token|missing_token|unknown_conversation|forbidden)$/.test(f.code || '')) {
      resetOnce = true;
      startOver();
      return;
    }
    showNotice(f.message || t.error);
  }

  function showTyping() {
    typingEl.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, 6000);
  }
  function hideTyping() { typingEl.hidden = true; }

  function markRead() {
    if (state.open && !document.hidden && ready && state.lastSeq > lastReadSent) {
      lastReadSent = state.lastSeq;
      frame({ type: 'read', seq: state.lastSeq });
    }
  }

  document.addEventListener('visibilitychange', () => {
    // replies that came while the tab was hidden were counted as unread; seeing the open panel reads them
    if (!document.hidden && state.open && state.unread) { state.unread = 0; save(); renderBadge(); }
    markRead();
  });
  window.addEventListener('online', () => { if (!ws && state.conversationId) { attempts = 0; connect(); } });

  window.KefuWidget = window.KefuWidget || {
    open: () => setOpen(true), close: () => setOpen(false), toggle: () => setOpen(!state.open) };

  setOpen(state.open, false);
  render();
  if (state.conversationId || state.outbox.length) ensureConversation();

  // ---------- helpers ----------
  function onColor(c) {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})/i.exec(c);
    if (!m) return '#fff';
    const h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    return 0.299 * r + 0.587 * g + 0.114 * b > 170 ? '#222' : '#fff';
  }

  function css() {
    return `
:host{all:initial;position:fixed;right:20px;bottom:20px;z-index:2147483000;font:14px/1.5 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222}
*{box-sizing:border-box}
[hidden]{display:none!important}
button{font:inherit;cursor:pointer}
.launcher{position:relative;width:58px;height:58px;border-radius:50%;border:0;background:var(--kf-color);color:var(--kf-on-color);box-shadow:0 6px 20px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center;transition:transform .15s}
.launcher:hover{transform:scale(1.06)}
.launcher svg{width:28px;height:28px;fill:currentColor}
.launcher:focus-visible,button:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
.badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#ff3b30;color:#fff;font-size:12px;font-weight:600;line-height:22px;text-align:center;border:2px solid #fff}
.panel{position:absolute;right:0;bottom:72px;width:370px;height:min(600px,calc(100vh - 110px));background:#f5f6f8;border-radius:14px;box-shadow:0 12px 40px rgba(0,0,0,.22);display:flex;flex-direction:column;overflow:hidden}
header{display:flex;align-items:center;padding:12px 14px;background:var(--kf-color);color:var(--kf-on-color)}
.who{flex:1;min-width:0}
.title{margin:0;font-size:16px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.conn{margin:0;font-size:12px;opacity:.9;display:flex;align-items:center;gap:6px}
.dot{width:8px;height:8px;border-radius:50%;background:#ffd54f;display:inline-block}
.conn[data-state=online] .dot{background:#4cd964}
.conn[data-state=offline] .dot{background:#bbb}
.close{border:0;background:transparent;color:inherit;font-size:26px;line-height:1;width:34px;height:34px;border-radius:50%}
.close:hover{background:rgba(255,255,255,.18)}
.statusbar{padding:8px 14px;background:#fff8e1;color:#7a5b00;font-size:13px;display:flex;align-items:center;gap:8px;border-bottom:1px solid #f0e2b0}
.newchat,.primary{border:0;border-radius:16px;padding:4px 12px;background:var(--kf-color);color:var(--kf-on-color)}
.log{flex:1;overflow-y:auto;padding:14px 12px;display:flex;flex-direction:column;gap:10px;overscroll-behavior:contain}
.intro{margin:0;align-self:flex-start;background:#fff;border-radius:4px 14px 14px 14px;padding:9px 12px;max-width:85%;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.msg{display:flex;flex-direction:column;max-width:85%;align-items:flex-start}
.from-customer{align-self:flex-end;align-items:flex-end}
.from-system{align-self:center;align-items:center;max-width:92%}
.sender{font-size:12px;color:#777;margin:0 0 2px 4px}
.bubble{padding:9px 12px;border-radius:4px 14px 14px 14px;background:#fff;white-space:pre-wrap;word-break:break-word;overflow-wrap:anywhere;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.from-customer .bubble{background:var(--kf-color);color:var(--kf-on-color);border-radius:14px 4px 14px 14px}
.from-customer .bubble a{color:inherit}
.from-system .bubble{background:transparent;box-shadow:none;color:#888;font-size:12px;text-align:center;padding:2px 8px}
.from-agent .bubble{border-left:3px solid var(--kf-color)}
.meta{font-size:12px;color:#999;margin-top:2px}
.meta.failed{color:#d93025}
.link{border:0;background:none;color:#1a73e8;padding:0;text-decoration:underline}
.quick,.card-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.qr{border:1px solid var(--kf-color);color:var(--kf-color);background:#fff;border-radius:16px;padding:4px 12px;font-size:13px;max-width:100%;text-align:left}
.qr:hover{background:var(--kf-color);color:var(--kf-on-color)}
.card{margin-top:6px;background:#fff;border-radius:10px;overflow:hidden;width:240px;max-width:100%;box-shadow:0 1px 3px rgba(0,0,0,.1)}
.card img{display:block;width:100%;max-height:140px;object-fit:cover;background:#eee}
.card-body{padding:8px 10px}
.card-title{display:block;font-weight:600;color:#222;text-decoration:none}
a.card-title:hover{text-decoration:underline}
.card-sub{color:#666;font-size:13px;white-space:pre-wrap}
.card-actions{padding:0 10px 10px;margin:0}
.rating{display:flex;gap:4px;margin-top:2px}
.thumb{border:0;background:transparent;font-size:14px;padding:0 4px;border-radius:8px;opacity:.55}
.thumb:hover{opacity:1;background:#e8e8e8}
.rated{font-size:12px;color:#999}
.typing{display:flex;align-items:center;gap:3px;padding:0 16px 6px;color:#888;font-size:12px}
.typing i{width:6px;height:6px;border-radius:50%;background:#aaa;animation:kf-blink 1.2s infinite}
.typing i:nth-child(2){animation-delay:.2s}.typing i:nth-child(3){animation-delay:.4s}
.typing span{margin-left:6px}
@keyframes kf-blink{0%,80%,100%{opacity:.25}40%{opacity:1}}
.notice{margin:0 12px 8px;padding:8px 10px;border-radius:8px;background:#fdecea;color:#b3261e;font-size:13px}
.composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;background:#fff;border-top:1px solid #e6e6e6}
.composer textarea{flex:1;resize:none;border:1px solid #ddd;border-radius:18px;padding:8px 14px;font:inherit;max-height:120px;outline:none;background:#fafafa;color:#222}
.composer textarea:focus{border-color:var(--kf-color);background:#fff}
.send{width:38px;height:38px;border:0;border-radius:50%;background:var(--kf-color);color:var(--kf-on-color);display:flex;align-items:center;justify-content:center;flex:none}
.send svg{width:20px;height:20px;fill:currentColor}
.send:disabled,textarea:disabled{opacity:.5;cursor:not-allowed}
.survey,.leave{align-self:stretch;background:#fff;border-radius:12px;padding:12px;display:flex;flex-direction:column;gap:8px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
.survey-title{font-weight:600}
.stars{display:flex;gap:4px}
.star{border:0;background:none;font-size:26px;line-height:1;color:#ccc;padding:0 2px}
.star.on{color:#f5a623}
.comment{resize:vertical;border:1px solid #ddd;border-radius:8px;padding:6px 8px;font:inherit}
.primary{align-self:flex-end;padding:6px 16px}
.survey-done{color:#2e7d32}
.field{display:flex;flex-direction:column;gap:2px;font-size:13px;color:#555}
.field input{border:1px solid #ddd;border-radius:8px;padding:6px 8px;font:inherit;color:#222}
.field [aria-invalid=true]{border-color:#d93025}
.leave-intro{font-size:13px;color:#666}
.leave-error{margin:0;color:#b3261e;font-size:13px}
.leave-actions{display:flex;justify-content:flex-end;align-items:center;gap:12px}
@media (max-width:600px){
:host{right:14px;bottom:14px}
:host(.is-open){inset:0}
:host(.is-open) .launcher{display:none}
.panel{position:fixed;inset:0;width:100%;height:100%;height:100dvh;border-radius:0}
}
@media (prefers-reduced-motion:reduce){.typing i{animation:none}.launcher{transition:none}}`;
  }
})();
