/*
 * OpenACE portal behaviour.
 *
 * One plain ES2020 script, loaded with `defer` on every page. No framework,
 * no inline scripts, no inline styles: state is shown by toggling the
 * `hidden` attribute, ARIA attributes and classes only.
 *
 * Everything here is progressive enhancement. Without JavaScript the portal
 * still works; controls that only make sense with JavaScript (show password,
 * copy, passkeys) are rendered `hidden` and revealed here.
 *
 * Features:
 *   a/b. Disclosure buttons (government banner, accordion)
 *   c.   Show/hide password
 *   d.   CSRF header for htmx and fetch
 *   e.   Session inactivity warning
 *   f.   Passkeys (WebAuthn) registration and sign-in
 *   g.   Confirmation prompts on forms
 *   h.   Copy-to-clipboard buttons
 */
(() => {
  'use strict';

  /* ------------------------------------------------------------------ *
   * Small helpers
   * ------------------------------------------------------------------ */

  /** Elements referenced by a space-separated id list (aria-controls). */
  const elementsByIds = (ids) =>
    (ids || '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id))
      .filter(Boolean);

  /** A polite live region shared by small announcements (copy, etc.). */
  let liveRegion = null;
  const announce = (text) => {
    if (!liveRegion) {
      liveRegion = document.createElement('div');
      liveRegion.className = 'usa-sr-only';
      liveRegion.setAttribute('aria-live', 'polite');
      liveRegion.setAttribute('role', 'status');
      document.body.appendChild(liveRegion);
    }
    // Clear first so repeating the same words is announced again.
    liveRegion.textContent = '';
    window.setTimeout(() => { liveRegion.textContent = text; }, 100);
  };

  /**
   * Shows a message in an error element (role=alert) and un-hides it. When the
   * element is a USWDS alert, only its .usa-alert__text is replaced so the
   * alert keeps its structure.
   */
  const showError = (el, text) => {
    if (!el) return;
    const target = el.querySelector('.usa-alert__text') || el;
    target.textContent = text;
    el.hidden = false;
  };

  const hideError = (el) => {
    if (el) el.hidden = true;
  };

  /** The text the template put in an error element, kept as the default message. */
  const templateMessage = (el, fallback) => {
    const text = (el?.querySelector('.usa-alert__text') || el)?.textContent.trim();
    return text || fallback;
  };

  /* ------------------------------------------------------------------ *
   * d. CSRF
   * ------------------------------------------------------------------ */

  const csrf = (() => {
    const token = document.querySelector('meta[name="_csrf"]')?.getAttribute('content') || '';
    const header = document.querySelector('meta[name="_csrf_header"]')?.getAttribute('content') || '';
    return { token, header };
  })();

  /** Headers object with the CSRF header (when the page provides one). */
  const csrfHeaders = () => (csrf.token && csrf.header ? { [csrf.header]: csrf.token } : {});

  /** Called after every successful server round-trip (set by the session timer). */
  let noteServerActivity = () => {};

  /**
   * POST JSON (or nothing) with the CSRF header; resolves to the Response.
   * Same-origin cookies are sent; caching is disabled.
   */
  const postJson = async (url, body) => {
    const headers = { Accept: 'application/json', ...csrfHeaders() };
    const init = { method: 'POST', headers, credentials: 'same-origin', cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(url, init);
    if (response.ok) noteServerActivity();
    return response;
  };

  function initCsrfForHtmx() {
    if (!csrf.token || !csrf.header) return;
    document.body.addEventListener('htmx:configRequest', (event) => {
      event.detail.headers[csrf.header] = csrf.token;
    });
  }

  /* ------------------------------------------------------------------ *
   * a/b. Disclosure: government banner and accordions
   *
   * <button class="usa-banner__button|usa-accordion__button"
   *         aria-expanded="false" aria-controls="id">…</button>
   * <div id="id" hidden>…</div>
   * ------------------------------------------------------------------ */

  const DISCLOSURE = '.usa-banner__button, .usa-accordion__button';

  function setExpanded(button, expanded) {
    button.setAttribute('aria-expanded', String(expanded));
    elementsByIds(button.getAttribute('aria-controls')).forEach((el) => {
      el.hidden = !expanded;
    });
  }

  function initDisclosures() {
    // Bring content in line with aria-expanded, so templates may render the
    // content visible (no `hidden`) for no-JS users and let us collapse it.
    document.querySelectorAll(DISCLOSURE).forEach((button) => {
      if (!button.hasAttribute('aria-controls')) return;
      setExpanded(button, button.getAttribute('aria-expanded') === 'true');
    });

    document.addEventListener('click', (event) => {
      const button = event.target.closest(DISCLOSURE);
      if (!button || !button.hasAttribute('aria-controls')) return;
      event.preventDefault();
      setExpanded(button, button.getAttribute('aria-expanded') !== 'true');
    });
  }

  /* ------------------------------------------------------------------ *
   * c. Show/hide password
   *
   * <button type="button" class="usa-show-password usa-button usa-button--unstyled"
   *         aria-controls="password" hidden>Show password</button>
   * Optional data-show-text / data-hide-text override the two labels.
   * ------------------------------------------------------------------ */

  function setPasswordVisible(button, visible) {
    const showText = button.dataset.showText;
    const hideText = button.dataset.hideText;
    elementsByIds(button.getAttribute('aria-controls')).forEach((input) => {
      input.type = visible ? 'text' : 'password';
      if (visible) {
        // No autocorrect/capitalisation/spellcheck on a visible password.
        input.setAttribute('autocapitalize', 'off');
        input.setAttribute('autocorrect', 'off');
        input.setAttribute('spellcheck', 'false');
      }
    });
    button.setAttribute('aria-pressed', String(visible));
    button.textContent = visible ? hideText : showText;
  }

  function initShowPassword() {
    const buttons = [...document.querySelectorAll('button.usa-show-password[aria-controls]')]
      .filter((button) => elementsByIds(button.getAttribute('aria-controls')).length);

    buttons.forEach((button) => {
      // Labels: data-show-text/data-hide-text, else the template's own words
      // ("Show passwords" becomes "Hide passwords"), else the defaults.
      const initial = button.textContent.trim();
      if (!button.dataset.showText) button.dataset.showText = initial || 'Show password';
      if (!button.dataset.hideText) {
        button.dataset.hideText = /^Show\b/.test(button.dataset.showText)
          ? button.dataset.showText.replace(/^Show\b/, 'Hide')
          : 'Hide password';
      }
      button.type = 'button';
      setPasswordVisible(button, false);
      button.hidden = false;
      button.addEventListener('click', () => {
        setPasswordVisible(button, button.getAttribute('aria-pressed') !== 'true');
      });
    });

    // Submit passwords as type=password so password managers recognise them.
    if (buttons.length) {
      document.addEventListener('submit', (event) => {
        buttons.forEach((button) => {
          if (button.getAttribute('aria-pressed') === 'true' && event.target.contains(button)) {
            setPasswordVisible(button, false);
          }
        });
      });
    }
  }

  /* ------------------------------------------------------------------ *
   * e. Session inactivity timeout
   *
   * <body data-session-idle-seconds="900" data-session-warning-seconds="780"
   *       data-session-status-url="/session/status"
   *       data-session-keepalive-url="/session/keepalive"
   *       data-signed-out-url="/signed-out">
   * Modal: #session-timeout-modal (hidden) containing [data-session-countdown],
   * a [data-session-stay] button and a [data-session-signout] submit button.
   * ------------------------------------------------------------------ */

  function initSessionTimeout() {
    const data = document.body.dataset;
    if (data.sessionIdleSeconds === undefined) return;

    const idleSeconds = Number.parseInt(data.sessionIdleSeconds, 10);
    if (!Number.isFinite(idleSeconds) || idleSeconds <= 0) return;
    let warningSeconds = Number.parseInt(data.sessionWarningSeconds, 10);
    if (!Number.isFinite(warningSeconds) || warningSeconds <= 0 || warningSeconds >= idleSeconds) {
      warningSeconds = Math.max(0, idleSeconds - 120);
    }
    const statusUrl = data.sessionStatusUrl || '';
    const keepAliveUrl = data.sessionKeepaliveUrl || '';
    const signedOutUrl = data.signedOutUrl || '/signed-out';

    const modal = document.getElementById('session-timeout-modal');
    const countdowns = () => document.querySelectorAll('[data-session-countdown]');
    const stayButton = modal?.querySelector('[data-session-stay]') || null;
    const heading = modal?.querySelector('.usa-modal__heading') || null;

    // Live region: use the template's [data-session-live] if present, else add one.
    let live = modal?.querySelector('[data-session-live]') || null;
    if (modal && !live) {
      live = document.createElement('p');
      live.className = 'usa-sr-only';
      live.setAttribute('aria-live', 'polite');
      live.setAttribute('data-session-live', '');
      (modal.querySelector('.usa-modal__main') || modal).appendChild(live);
    }

    const SYNC_EVERY_MS = 60_000;
    let lastActivity = Date.now(); // page load counts as a server round-trip
    let lastSync = Date.now();
    let warningChecked = false; // status synced once before showing the warning
    let syncing = null;         // in-flight status request (a Promise)
    let modalOpen = false;
    let restoreFocusTo = null;
    let lastAnnounced = Infinity;
    let leaving = false;
    let timer = null;

    const elapsed = () => (Date.now() - lastActivity) / 1000;
    const remaining = () => Math.max(0, Math.ceil(idleSeconds - elapsed()));

    const formatClock = (seconds) => {
      const m = Math.floor(seconds / 60);
      const s = seconds % 60;
      return `${m}:${String(s).padStart(2, '0')}`;
    };

    // Says exactly what the countdown shows (1:25 is "1 minute 25 seconds"), never a rounded figure.
    const spoken = (seconds) => {
      const m = Math.floor(seconds / 60);
      const s = seconds % 60;
      const minutes = m === 0 ? '' : `${m} ${m === 1 ? 'minute' : 'minutes'}`;
      const secs = s === 0 ? '' : `${s} ${s === 1 ? 'second' : 'seconds'}`;
      return [minutes, secs].filter(Boolean).join(' ') || '0 seconds';
    };

    function leave() {
      if (leaving) return;
      leaving = true;
      window.clearInterval(timer);
      const sep = signedOutUrl.includes('?') ? '&' : '?';
      window.location.assign(`${signedOutUrl}${sep}reason=idle`);
    }

    /** Adopt the server's idea of the remaining time. */
    function adoptRemaining(serverRemaining) {
      if (typeof serverRemaining !== 'number' || !Number.isFinite(serverRemaining)) return;
      // Another tab (or an htmx request) kept the session alive, or the
      // server expires earlier than we thought: follow the server.
      if (Math.abs(serverRemaining - (idleSeconds - elapsed())) > 2) {
        lastActivity = Date.now() - (idleSeconds - serverRemaining) * 1000;
      }
      if (modalOpen && elapsed() < warningSeconds) closeModal(false);
      if (elapsed() < warningSeconds) warningChecked = false;
    }

    /** GET the status URL (does not count as activity). */
    function syncStatus() {
      if (!statusUrl) return Promise.resolve();
      if (syncing) return syncing;
      lastSync = Date.now();
      syncing = fetch(statusUrl, {
        method: 'GET',
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
        redirect: 'manual',
      })
        .then(async (response) => {
          if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
            leave();
            return;
          }
          if (!response.ok) return;
          const json = await response.json();
          if (json && json.signedIn === false) {
            leave();
            return;
          }
          adoptRemaining(json?.remainingSeconds);
        })
        .catch(() => { /* network trouble: keep counting locally */ })
        .finally(() => { syncing = null; });
      return syncing;
    }

    function updateCountdown(seconds) {
      const text = formatClock(seconds);
      countdowns().forEach((el) => { el.textContent = text; });

      // Announce on opening, then at whole minutes and at 30 seconds,
      // never more often than every 25 seconds.
      if (!live || !modalOpen) return;
      const threshold = seconds <= 30 ? 30 : Math.ceil(seconds / 60) * 60;
      if (lastAnnounced === Infinity || (threshold < lastAnnounced && seconds <= threshold && lastAnnounced - seconds >= 25)) {
        lastAnnounced = seconds;
        live.textContent = `You will be signed out in ${spoken(seconds)}.`;
      }
    }

    /* Focus trap while the modal is open. */
    const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

    function onModalKeydown(event) {
      if (!modalOpen) return;
      if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault();
        staySignedIn();
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = [...modal.querySelectorAll(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
      if (!focusable.length) {
        event.preventDefault();
        return;
      }
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = document.activeElement;
      const inside = modal.contains(active);
      if (event.shiftKey && (active === first || !inside || active === heading)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    }

    // Keep focus inside even if something outside receives it (e.g. a click).
    function onFocusIn(event) {
      if (modalOpen && !modal.contains(event.target)) {
        (stayButton || heading || modal).focus();
      }
    }

    function openModal() {
      if (!modal || modalOpen) return;
      modalOpen = true;
      lastAnnounced = Infinity;
      restoreFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      modal.hidden = false;
      document.body.classList.add('usa-js-modal--active');
      updateCountdown(remaining());
      const target = stayButton || heading;
      if (target) {
        if (target === heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        target.focus();
      }
      document.addEventListener('keydown', onModalKeydown);
      document.addEventListener('focusin', onFocusIn);
    }

    function closeModal(restore = true) {
      if (!modal || !modalOpen) return;
      modalOpen = false;
      modal.hidden = true;
      document.body.classList.remove('usa-js-modal--active');
      document.removeEventListener('keydown', onModalKeydown);
      document.removeEventListener('focusin', onFocusIn);
      if (live) live.textContent = '';
      if (restore && restoreFocusTo && document.contains(restoreFocusTo)) {
        restoreFocusTo.focus();
      }
      restoreFocusTo = null;
    }

    function markActivity() {
      lastActivity = Date.now();
      warningChecked = false;
      if (modalOpen) closeModal(true);
    }

    let stayInFlight = false;
    async function staySignedIn() {
      if (stayInFlight) return;
      if (!keepAliveUrl) {
        closeModal(true);
        return;
      }
      stayInFlight = true;
      stayButton?.setAttribute('aria-disabled', 'true');
      try {
        const response = await postJson(keepAliveUrl);
        if (response.status === 401 || response.status === 403) {
          leave();
          return;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const json = await response.json().catch(() => null);
        if (json && json.signedIn === false) {
          leave();
          return;
        }
        markActivity();
        if (json) adoptRemaining(json.remainingSeconds);
        closeModal(true);
      } catch (error) {
        if (live) live.textContent = 'We could not reach the server. Check your connection and try again.';
      } finally {
        stayInFlight = false;
        stayButton?.removeAttribute('aria-disabled');
      }
    }

    function tick() {
      if (leaving) return;
      const left = remaining();

      if (left <= 0) {
        // Last chance: another tab may have kept the session alive.
        syncStatus().then(() => { if (remaining() <= 0) leave(); });
        return;
      }

      if (Date.now() - lastSync >= SYNC_EVERY_MS) syncStatus();

      if (!modalOpen && elapsed() >= warningSeconds) {
        if (!warningChecked) {
          warningChecked = true;
          syncStatus().then(() => {
            if (!leaving && !modalOpen && elapsed() >= warningSeconds && remaining() > 0) openModal();
          });
        }
      }

      if (modalOpen) updateCountdown(left);
    }

    // Every htmx request that reaches the server resets the server's idle clock.
    document.body.addEventListener('htmx:afterRequest', (event) => {
      const status = event.detail?.xhr?.status || 0;
      if (status >= 200 && status < 400) markActivity();
    });
    noteServerActivity = () => {
      lastActivity = Date.now();
      warningChecked = false;
    };

    stayButton?.addEventListener('click', (event) => {
      event.preventDefault();
      staySignedIn();
    });

    // Background tabs are throttled: catch up as soon as the tab is visible.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && !leaving) {
        syncStatus().then(tick);
      }
    });

    timer = window.setInterval(tick, 1000);
  }

  /* ------------------------------------------------------------------ *
   * f. Passkeys (WebAuthn)
   * ------------------------------------------------------------------ */

  const base64url = {
    encode(buffer) {
      const bytes = new Uint8Array(buffer);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 1) binary += String.fromCharCode(bytes[i]);
      return btoa(binary).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    },
    decode(text) {
      const base64 = String(text).replace(/-/g, '+').replace(/_/g, '/');
      const padded = base64 + '==='.slice((base64.length + 3) % 4);
      const binary = atob(padded);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
      return bytes.buffer;
    },
  };

  const webAuthnSupported = () =>
    typeof window.PublicKeyCredential !== 'undefined' &&
    typeof navigator.credentials?.create === 'function' &&
    typeof navigator.credentials?.get === 'function';

  const setBusy = (button, busy) => {
    button.disabled = busy;
    if (busy) button.setAttribute('aria-busy', 'true');
    else button.removeAttribute('aria-busy');
  };

  async function fetchOptions(url) {
    const response = await postJson(url);
    if (!response.ok) throw new Error(`Options request failed: HTTP ${response.status}`);
    return response.json();
  }

  /* Registration: [data-passkey-register] + #passkey-label + #passkey-error */
  function initPasskeyRegistration() {
    const button = document.querySelector('[data-passkey-register]');
    if (!button) return;
    const errorEl = document.getElementById('passkey-error');
    const labelInput = document.getElementById('passkey-label');
    const failedText = templateMessage(errorEl, 'The passkey was not saved. Try again, or use another sign-in method.');

    if (!webAuthnSupported()) {
      button.hidden = true;
      button.disabled = true;
      const unsupported = document.getElementById('passkey-unsupported');
      if (unsupported) unsupported.hidden = false;
      return;
    }
    button.hidden = false;
    button.disabled = false;

    const optionsUrl = button.dataset.optionsUrl || '/webauthn/register/options';
    const registerUrl = button.dataset.registerUrl || '/webauthn/register';

    labelInput?.addEventListener('input', () => {
      if (labelInput.value.trim()) labelInput.removeAttribute('aria-invalid');
    });

    button.addEventListener('click', async (event) => {
      event.preventDefault();
      hideError(errorEl);

      const label = labelInput ? labelInput.value.trim() : '';
      if (!label) {
        showError(errorEl, 'Enter a name for this passkey.');
        if (labelInput) {
          labelInput.setAttribute('aria-invalid', 'true');
          labelInput.focus();
        }
        return;
      }

      setBusy(button, true);
      try {
        const options = await fetchOptions(optionsUrl);
        const publicKey = {
          ...options,
          challenge: base64url.decode(options.challenge),
          user: { ...options.user, id: base64url.decode(options.user.id) },
          excludeCredentials: (options.excludeCredentials || []).map((cred) => ({
            ...cred,
            id: base64url.decode(cred.id),
          })),
        };

        const credential = await navigator.credentials.create({ publicKey });
        if (!credential) throw new Error('No credential created');
        const { response } = credential;

        const body = {
          publicKey: {
            credential: {
              id: credential.id,
              rawId: base64url.encode(credential.rawId),
              response: {
                attestationObject: base64url.encode(response.attestationObject),
                clientDataJSON: base64url.encode(response.clientDataJSON),
                transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
              },
              type: credential.type,
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment,
            },
            label,
          },
        };

        const result = await postJson(registerUrl, body);
        if (!result.ok) throw new Error(`Registration failed: HTTP ${result.status}`);
        const json = await result.json();
        if (!json || json.success !== true) throw new Error('Registration was not accepted');

        window.location.assign(button.dataset.successUrl || window.location.href);
      } catch (error) {
        const message = error?.name === 'InvalidStateError'
          ? 'This device already has a passkey for your account.'
          : failedText;
        showError(errorEl, message);
        setBusy(button, false);
      }
    });
  }

  /* Sign-in: [data-passkey-signin] (rendered hidden) + #passkey-error */
  function initPasskeySignIn() {
    const button = document.querySelector('[data-passkey-signin]');
    if (!button) return;
    if (!webAuthnSupported()) {
      button.hidden = true;
      const unsupported = document.getElementById('passkey-unsupported');
      if (unsupported) unsupported.hidden = false;
      return;
    }
    const errorEl = document.getElementById('passkey-error');
    const failedText = templateMessage(errorEl, 'The passkey was not accepted. Try again, or use another sign-in method.');
    const optionsUrl = button.dataset.optionsUrl || '/webauthn/authenticate/options';
    const loginUrl = button.dataset.loginUrl || '/login/webauthn';

    button.hidden = false;

    button.addEventListener('click', async (event) => {
      event.preventDefault();
      hideError(errorEl);
      setBusy(button, true);
      try {
        const options = await fetchOptions(optionsUrl);
        const publicKey = {
          ...options,
          challenge: base64url.decode(options.challenge),
          allowCredentials: (options.allowCredentials || []).map((cred) => ({
            ...cred,
            id: base64url.decode(cred.id),
          })),
        };

        const credential = await navigator.credentials.get({ publicKey });
        if (!credential) throw new Error('No credential returned');
        const { response, type: credType } = credential;

        const body = {
          id: credential.id,
          rawId: base64url.encode(credential.rawId),
          response: {
            authenticatorData: base64url.encode(response.authenticatorData),
            clientDataJSON: base64url.encode(response.clientDataJSON),
            signature: base64url.encode(response.signature),
            userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined,
          },
          credType,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        };

        const result = await postJson(loginUrl, body);
        if (!result.ok) throw new Error(`Sign-in failed: HTTP ${result.status}`);
        const json = await result.json();
        if (!json || json.authenticated !== true || !json.redirectUrl) throw new Error('Not authenticated');

        window.location.assign(json.redirectUrl);
      } catch (error) {
        showError(errorEl, failedText);
        setBusy(button, false);
      }
    });
  }

  /* ------------------------------------------------------------------ *
   * g. Confirmation: <form data-confirm="Remove this passkey?">
   *    (a submit button may carry its own data-confirm)
   *
   * Asked in the in-page dialog #confirm-modal of the layout (the same kind
   * of dialog as the idle warning), never with window.confirm(). Focus moves
   * into the dialog and stays there; Escape or Cancel closes it and returns
   * focus to the button; "Yes" submits the form with the same button.
   * Without JavaScript the form simply posts.
   * ------------------------------------------------------------------ */

  function initConfirm() {
    const modal = document.getElementById('confirm-modal');
    const textEl = modal?.querySelector('[data-confirm-text]') || null;
    const yes = modal?.querySelector('[data-confirm-yes]') || null;
    const no = modal?.querySelector('[data-confirm-no]') || null;
    const FOCUSABLE = 'button:not([disabled])';
    let pending = null; // { form, submitter, restore }
    const confirmed = new WeakSet();

    function close(restore) {
      if (!modal || modal.hidden) return;
      modal.hidden = true;
      document.body.classList.remove('usa-js-modal--active');
      document.removeEventListener('keydown', onKeydown, true);
      document.removeEventListener('focusin', onFocusIn);
      const target = pending?.restore;
      if (restore && target && document.contains(target)) target.focus();
    }

    function onKeydown(event) {
      if (event.key === 'Escape' || event.key === 'Esc') {
        event.preventDefault();
        event.stopPropagation();
        close(true);
        pending = null;
        return;
      }
      if (event.key !== 'Tab') return;
      const focusable = [...modal.querySelectorAll(FOCUSABLE)];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }

    function onFocusIn(event) {
      if (!modal.hidden && !modal.contains(event.target)) (yes || modal).focus();
    }

    function ask(form, submitter, text) {
      pending = { form, submitter, restore: submitter || document.activeElement };
      textEl.textContent = text;
      modal.hidden = false;
      document.body.classList.add('usa-js-modal--active');
      document.addEventListener('keydown', onKeydown, true);
      document.addEventListener('focusin', onFocusIn);
      (yes || modal).focus();
    }

    yes?.addEventListener('click', () => {
      const chosen = pending;
      close(false);
      pending = null;
      if (!chosen) return;
      confirmed.add(chosen.form);
      if (typeof chosen.form.requestSubmit === 'function') {
        chosen.form.requestSubmit(chosen.submitter && chosen.submitter.form === chosen.form ? chosen.submitter : undefined);
      } else {
        chosen.form.submit();
      }
    });
    no?.addEventListener('click', () => {
      close(true);
      pending = null;
    });

    // Capture phase so an unconfirmed submission also stops htmx handlers.
    document.addEventListener('submit', (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const text = event.submitter?.dataset?.confirm || form.dataset.confirm;
      if (!text) return;
      if (confirmed.has(form)) {
        confirmed.delete(form);
        return;
      }
      if (!modal || !textEl) return; // no dialog on this page: the form posts as without JavaScript
      event.preventDefault();
      event.stopImmediatePropagation();
      ask(form, event.submitter || null, text);
    }, true);
  }

  /* ------------------------------------------------------------------ *
   * h. Copy: <button type="button" data-copy-target="recovery-codes" hidden>Copy codes</button>
   * ------------------------------------------------------------------ */

  /** Copy with a temporary off-screen textarea (older browsers, plain HTTP). */
  function copyWithSelection(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'usa-sr-only';
    const previous = document.activeElement;
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (error) { ok = false; }
    area.remove();
    if (previous instanceof HTMLElement) previous.focus();
    if (!ok) throw new Error('Copy failed');
  }

  async function copyText(text) {
    if (navigator.clipboard?.writeText && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return;
      } catch (error) {
        // Permission denied or document not focused: try the fallback.
      }
    }
    copyWithSelection(text);
  }

  function initCopy() {
    const canCopy = !!(navigator.clipboard?.writeText || document.queryCommandSupported?.('copy'));
    if (!canCopy) return;

    document.querySelectorAll('[data-copy-target]').forEach((button) => {
      if (document.getElementById(button.dataset.copyTarget)) button.hidden = false;
    });

    document.addEventListener('click', async (event) => {
      const button = event.target.closest('[data-copy-target]');
      if (!button) return;
      const target = document.getElementById(button.dataset.copyTarget);
      if (!target) return;
      event.preventDefault();

      const text = 'value' in target && typeof target.value === 'string' && target.matches('input, textarea')
        ? target.value
        : (target.innerText || target.textContent || '').trim();

      if (button.dataset.originalText === undefined) button.dataset.originalText = button.textContent;
      const original = button.dataset.originalText;
      try {
        await copyText(text);
        button.textContent = 'Copied';
        announce('Copied to clipboard.');
      } catch (error) {
        announce('Copying did not work. Select the text and copy it yourself.');
        return;
      }
      window.clearTimeout(Number(button.dataset.copyTimer) || 0);
      button.dataset.copyTimer = String(window.setTimeout(() => {
        button.textContent = original;
        delete button.dataset.copyTimer;
      }, 2000));
    });
  }

  /* ------------------------------------------------------------------ *
   * i. Print: <button type="button" data-print hidden>Print the codes</button>
   *    Shown only with JavaScript; the print stylesheet prints the page's
   *    content without navigation and buttons.
   * ------------------------------------------------------------------ */

  function initPrint() {
    document.querySelectorAll('[data-print]').forEach((button) => {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    });
  }

  /* ------------------------------------------------------------------ *
   * Start
   * ------------------------------------------------------------------ */

  function init() {
    initCsrfForHtmx();
    initDisclosures();
    initShowPassword();
    initSessionTimeout();
    initPasskeyRegistration();
    initPasskeySignIn();
    initConfirm();
    initCopy();
    initPrint();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
