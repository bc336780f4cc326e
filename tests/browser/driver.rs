//! Debian's Chromium, driven through chromedriver with fantoccini: start and stop, type and
//! click, and the checks every main page gets (no console error, no failed request for our
//! own assets; at 320, 390 and 1280 px no sideways scrolling and no serious axe-core
//! violation, target size included; no raw coded value; screenshots).
use std::collections::HashSet;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub struct Chrome {
    pub client: Client,
    base: String,
    driver: Child,
    _profile: tempfile::TempDir,
    axe: String,
    /// The stored words and API names of the coded values, none of which may show raw.
    coded: HashSet<String>,
}

impl Drop for Chrome {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Where `npm install --prefix target/e2e axe-core` puts axe (`.ci/run` does it), unless
/// `CONCILIA_AXE_JS` names the file.
fn axe_path() -> PathBuf {
    std::env::var_os("CONCILIA_AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/e2e/node_modules/axe-core/axe.min.js")
        })
}

pub fn screenshots_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

/// Chromium, or `None` (and a line saying the test was skipped) when it, chromedriver or
/// axe-core is not installed and `CONCILIA_TEST_REQUIRE_BROWSER` is not set.
pub async fn start(base: &str) -> Option<Chrome> {
    let axe = axe_path();
    let missing: Vec<String> = [Path::new(CHROMIUM), Path::new(CHROMEDRIVER), axe.as_path()]
        .iter()
        .filter(|p| !p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !missing.is_empty() {
        if std::env::var_os("CONCILIA_TEST_REQUIRE_BROWSER").is_some() {
            panic!("browser tests need {missing:?}; .ci/run installs them");
        }
        eprintln!(
            "skipped: browser tests need {missing:?} (apt-get install chromium chromium-driver; npm install --prefix target/e2e axe-core)"
        );
        return None;
    }
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let driver = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": CHROMIUM,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--hide-scrollbars",
                format!("--user-data-dir={}", profile.path().display()),
                "--window-size=1280,900",
            ],
        }),
    );
    caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    let url = format!("http://127.0.0.1:{port}");
    let mut last = None;
    for _ in 0..100 {
        // Plain HTTP to chromedriver on loopback: no TLS connector needed.
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => {
                let axe = std::fs::read_to_string(&axe).unwrap();
                return Some(Chrome {
                    client,
                    base: base.to_string(),
                    driver,
                    _profile: profile,
                    axe,
                    coded: crate::helpers::coded_words(),
                });
            }
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start a session: {last:?}");
}

/// chromedriver's log of the browser's console since the last call.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

impl Chrome {
    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .unwrap();
    }

    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    pub async fn source(&self) -> String {
        self.client.source().await.unwrap()
    }

    /// The visible text of the page's main region.
    pub async fn main_text(&self) -> String {
        self.client
            .find(Locator::Css("main"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// Waits until the address bar's path (with query) satisfies `ok`, after a click that
    /// navigates.
    pub async fn wait_for_path(&self, ok: impl Fn(&str) -> bool) -> String {
        for _ in 0..100 {
            let path = self.path().await;
            if ok(&path) {
                return path;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("still at {}", self.path().await);
    }

    /// Types into a field found by CSS, as a person would, after clearing it.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.client.find(Locator::Css(css)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    pub async fn choose(&self, css: &str, value: &str) {
        let select = self.client.find(Locator::Css(css)).await.unwrap();
        select.select_by_value(value).await.unwrap();
    }

    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap();
    }

    /// Clicks something that loads a new page, and waits until the new page has loaded.
    pub async fn submit(&self, css: &str) {
        self.mark_page().await;
        self.click(css).await;
        self.wait_for_new_page().await;
    }

    /// The same, for a button or link named by its visible text.
    pub async fn submit_text(&self, text: &str) {
        self.mark_page().await;
        self.click_text(text).await;
        self.wait_for_new_page().await;
    }

    async fn mark_page(&self) {
        self.client
            .execute("window.__concilia_old_page = true;", vec![])
            .await
            .unwrap();
    }

    async fn wait_for_new_page(&self) {
        for _ in 0..200 {
            let loaded = self
                .client
                .execute(
                    "return !window.__concilia_old_page && document.readyState === 'complete';",
                    vec![],
                )
                .await;
            if matches!(loaded, Ok(Value::Bool(true))) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no new page loaded; still at {}", self.path().await);
    }

    /// Clicks a button or link by its visible text.
    pub async fn click_text(&self, text: &str) {
        let xpath = format!(
            "//button[normalize-space(.)='{text}'] | //a[normalize-space(.)='{text}'] | //summary[normalize-space(.)='{text}']"
        );
        self.client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .click()
            .await
            .unwrap();
    }

    /// The message shown beside a field (`.field-error` in the field's own block).
    pub async fn error_beside(&self, field_id: &str) -> String {
        self.client
            .find(Locator::Css(&format!("#{field_id}-error")))
            .await
            .unwrap_or_else(|e| panic!("no error beside {field_id}: {e}"))
            .text()
            .await
            .unwrap()
    }

    pub async fn value_of(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// The checks of a main page, with a screenshot at the desktop and the phone width;
    /// fails at once on a problem.
    pub async fn check_page(&self, name: &str) {
        let problems = self.check_page_with(name, &SHOTS).await;
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The checks of a main page in the page's own language: every request for our own files
    /// answered, no console error; then at each of `LAYOUT_WIDTHS` no sideways scrolling and
    /// no serious or critical axe violation (`target-size` included); no raw coded value in
    /// the text; and a whole-page screenshot `{name}-{label}.png` at each of `shots`. Returns
    /// the problems found, each naming the page, its language and the width.
    pub async fn check_page_with(&self, name: &str, shots: &[(&str, u32)]) -> Vec<String> {
        let mut problems = vec![];
        let lang = self
            .client
            .execute("return document.documentElement.lang;", vec![])
            .await
            .unwrap()
            .as_str()
            .unwrap_or_default()
            .to_string();
        let at = format!("{name} ({lang})");
        let failed = self
            .client
            .execute(
                "return performance.getEntriesByType('resource')
                    .filter(e => e.name.startsWith(location.origin) && e.responseStatus >= 400)
                    .map(e => e.name + ' ' + e.responseStatus);",
                vec![],
            )
            .await
            .unwrap();
        if failed != json!([]) {
            problems.push(format!("{at}: failed requests for our own files {failed}"));
        }
        let log = self.client.issue_cmd(BrowserLog).await.unwrap();
        // A page that answers a bad form with 401 or 422 is logged as a failed "network"
        // load; failed requests for our files are checked above, from the timings.
        let errors: Vec<&Value> = log
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| e["level"] == "SEVERE" && e["source"] != "network")
                    .collect()
            })
            .unwrap_or_default();
        if !errors.is_empty() {
            problems.push(format!("{at}: console errors {errors:?}"));
        }
        let has_axe = self
            .client
            .execute("return typeof axe !== 'undefined';", vec![])
            .await
            .unwrap();
        if has_axe != json!(true) {
            self.client.execute(&self.axe, vec![]).await.unwrap();
        }
        for width in LAYOUT_WIDTHS {
            self.resize(width, HEIGHT).await;
            let layout = self.client.execute(OVERFLOW_JS, vec![]).await.unwrap();
            let inner = layout["inner"].as_u64().unwrap_or_default();
            assert_eq!(
                inner,
                u64::from(width),
                "{at}: the window did not take the width {width}"
            );
            let scroll = layout["scroll"].as_u64().unwrap_or_default();
            if scroll > inner {
                problems.push(format!(
                    "{at} at {width} px: scrolls sideways (scrollWidth {scroll}); widest: {}",
                    layout["widest"]
                ));
            }
            let violations = self.client.execute_async(AXE_JS, vec![]).await.unwrap();
            if violations != json!([]) {
                problems.push(format!(
                    "{at} at {width} px: accessibility violations {violations}"
                ));
            }
        }
        let text = self.client.execute(TEXT_JS, vec![]).await.unwrap();
        let raw = crate::helpers::raw_words(&lang, text.as_str().unwrap_or_default(), &self.coded);
        if !raw.is_empty() {
            problems.push(format!("{at}: raw coded values in the text {raw:?}"));
        }
        if !shots.is_empty() {
            let dir = screenshots_dir();
            std::fs::create_dir_all(&dir).unwrap();
            for (label, width) in shots {
                // The whole page: the window is made as tall as the page at this width.
                self.resize(*width, HEIGHT).await;
                let tall = self
                    .client
                    .execute("return document.documentElement.scrollHeight;", vec![])
                    .await
                    .unwrap()
                    .as_u64()
                    .unwrap_or(u64::from(HEIGHT))
                    .clamp(u64::from(HEIGHT), 12_000);
                self.resize(*width, tall as u32).await;
                let png = self.client.screenshot().await.unwrap();
                std::fs::write(dir.join(format!("{name}-{label}.png")), png).unwrap();
            }
        }
        self.resize(1280, HEIGHT).await;
        problems
    }

    /// Sets the window's size and waits until the page sees the new width: headless Chromium
    /// answers the WebDriver call before the page is laid out again, and on a loaded machine
    /// a check right after it read the old width.
    async fn resize(&self, width: u32, height: u32) {
        self.client.set_window_size(width, height).await.unwrap();
        for _ in 0..200 {
            let inner = self
                .client
                .execute("return window.innerWidth;", vec![])
                .await
                .unwrap();
            if inner.as_u64() == Some(u64::from(width)) {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
    }
}

/// Widths the layout is checked at: the narrowest phone, a common phone, a desktop.
pub const LAYOUT_WIDTHS: [u32; 3] = [320, 390, 1280];
const HEIGHT: u32 = 900;
/// The screenshots of `check_page`: a desktop and a phone.
pub const SHOTS: [(&str, u32); 2] = [("desktop", 1280), ("phone", 390)];

/// The page's width against the window's, and when it is wider the widest elements that
/// stick out of the window (outside any element that scrolls or clips on its own, or else
/// inside one), by tag, id, class and the start of their text.
const OVERFLOW_JS: &str = "
    const inner = window.innerWidth;
    const scroll = document.documentElement.scrollWidth;
    const widest = [];
    const escaped = [];
    if (scroll > inner) {
        const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
        const contained = e => {
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') return true;
            }
            return false;
        };
        for (const e of document.body.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            const out = rtl ? r.left < -0.5 : r.right > inner + 0.5;
            if (!out) continue;
            const inside = contained(e);
            const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.classList.length ? '.' + [...e.classList].join('.') : '')
                + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\"';
            (inside ? escaped : widest).push([Math.round(r.width), what]);
        }
        // An element inside a scrolling one can still widen the page (positioned against
        // the page): named when nothing outside does.
        if (!widest.length) widest.push(...escaped.map(([w, what]) => [w, what + ' (inside a scrolling element)']));
        widest.sort((a, b) => b[0] - a[0]);
    }
    return { inner, scroll, widest: widest.slice(0, 3).map(w => w[0] + ' px ' + w[1]) };";

/// axe-core over the whole page, `target-size` (WCAG 2.2 2.5.8, off by default) included;
/// the serious and critical violations, each with the elements it found.
const AXE_JS: &str = "
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })
      .then(r => done(r.violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
      .catch(e => done(['axe failed: ' + e]));";

/// The text a person can come to read on the page, closed `<details>` and options included:
/// every text node outside scripts and styles, and outside what people typed themselves
/// (names, descriptions, messages: the elements marked `dir=\"auto\"`).
const TEXT_JS: &str = "
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        if (n.parentElement.closest('script, style, [dir=auto]')) continue;
        parts.push(n.nodeValue);
    }
    return parts.join(' ');";
