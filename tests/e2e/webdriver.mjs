// A small W3C WebDriver client over fetch: enough to drive the real app
// through tauri-driver and WebKitWebDriver without extra packages.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriver {
  constructor(base) {
    this.base = base;
    this.session = null;
  }

  async #call(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // No command takes this long: a driver that stops answering fails the
      // test instead of holding up the run.
      signal: AbortSignal.timeout(60000),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const { error, message } = json.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${response.status} ${error ?? ''} ${message ?? ''}`);
    }
    return json.value;
  }

  #s(path) {
    return `/session/${this.session}${path}`;
  }

  async start(application, env = {}) {
    const value = await this.#call('POST', '/session', {
      capabilities: {
        alwaysMatch: { 'tauri:options': { application, env } },
      },
    });
    this.session = value.sessionId;
    return this;
  }

  async quit() {
    if (this.session) {
      await this.#call('DELETE', this.#s('')).catch(() => {});
      this.session = null;
    }
  }

  async findAll(css) {
    const found = await this.#call('POST', this.#s('/elements'), { using: 'css selector', value: css });
    return found.map((e) => e[ELEMENT]);
  }

  async find(css) {
    const found = await this.#call('POST', this.#s('/element'), { using: 'css selector', value: css });
    return found[ELEMENT];
  }

  async findIn(element, css) {
    const found = await this.#call('POST', this.#s(`/element/${element}/element`), {
      using: 'css selector',
      value: css,
    });
    return found[ELEMENT];
  }

  // WebKitWebDriver scrolls a target to the very edge of the viewport and can
  // then miss it by a few pixels; centre it first, as a person would.
  async click(element) {
    await this.execute('arguments[0].scrollIntoView({ block: "center" });', [{ [ELEMENT]: element }]);
    return this.#call('POST', this.#s(`/element/${element}/click`), {});
  }

  text(element) {
    return this.#call('GET', this.#s(`/element/${element}/text`));
  }

  attribute(element, name) {
    return this.#call('GET', this.#s(`/element/${element}/attribute/${name}`));
  }

  displayed(element) {
    return this.#call('GET', this.#s(`/element/${element}/displayed`));
  }

  clear(element) {
    return this.#call('POST', this.#s(`/element/${element}/clear`), {});
  }

  type(element, text) {
    return this.#call('POST', this.#s(`/element/${element}/value`), { text });
  }

  execute(script, args = []) {
    return this.#call('POST', this.#s('/execute/sync'), { script, args });
  }

  executeAsync(script, args = []) {
    return this.#call('POST', this.#s('/execute/async'), { script, args });
  }

  screenshot() {
    return this.#call('GET', this.#s('/screenshot')).then((b64) => Buffer.from(b64, 'base64'));
  }

  setWindowRect(rect) {
    return this.#call('POST', this.#s('/window/rect'), rect);
  }

  // Polls `probe` until it returns a truthy value; element lookups that fail
  // while the UI is still rendering count as "not yet".
  async waitFor(probe, { timeout = 15000, interval = 100, what = 'condition' } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await probe();
        if (value) return value;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
      }
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}
