"""Real-browser tests for the site fixpath builds (issues 4 and 5).

The example site is built once per session into a temporary folder with the debug binary, and
every page is opened by file:// URL in headless Chromium driven over WebDriver. Nothing here needs a
network: the tests check that no request ever leaves the page.

Run: cd /work/main && .venv/bin/python -m pytest -q Tests/browser

FIXPATH_BROWSER_SITE=DIR runs the tests against a site already built in DIR (for example the
committed site/) instead of building one.
"""

import errno
import json
import os
import re
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
FIXPATH = ROOT / ".build" / "debug" / "fixpath"
CONTENT = ROOT / "content"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WINDOW = (1280, 1000)
WAIT = 5  # seconds; every page is local, so anything slower is a failure

# axe-core 4.12, as axe-playwright-python ships it; injected through selenium.
AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text(encoding="utf-8")

# URL schemes a page may load from. Anything else left the page.
LOCAL_SCHEMES = ("file:", "data:", "about:")


# ---------------------------------------------------------------------------------------------
# The fixpath binary (another engineer may rebuild it while the tests run: retry "text file busy")
# ---------------------------------------------------------------------------------------------

def run_fixpath(*args, attempts=40):
    """Runs the debug fixpath binary from the project folder and returns the CompletedProcess."""
    last = None
    for _ in range(attempts):
        try:
            proc = subprocess.run([str(FIXPATH), *args], cwd=ROOT, capture_output=True, text=True,
                                  timeout=120)
        except OSError as error:  # ETXTBSY while the linker writes the binary, ENOENT mid-swap
            if error.errno in (errno.ETXTBSY, errno.ENOENT):
                last = error
                time.sleep(0.5)
                continue
            raise
        if "text file busy" in proc.stderr.lower():
            last = proc.stderr
            time.sleep(0.5)
            continue
        return proc
    raise RuntimeError(f"fixpath kept failing to start: {last}")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The example site, built from content/ into a fresh temporary folder."""
    given = os.environ.get("FIXPATH_BROWSER_SITE")
    if given:
        assert (Path(given) / "index.html").is_file(), f"FIXPATH_BROWSER_SITE={given} has no index.html"
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("fixpath") / "site"
    proc = run_fixpath("build", "--content", str(CONTENT), "--output", str(out))
    assert proc.returncode == 0, f"fixpath build failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    assert (out / "index.html").is_file(), f"no index.html in {out}"
    return out


def topic_trees(*topics):
    """`fixpath tree --format json` for content files (paths relative to content/)."""
    paths = [str(CONTENT / t) for t in topics]
    proc = run_fixpath("tree", "--format", "json", *paths)
    assert proc.returncode == 0, f"fixpath tree failed ({proc.returncode}):\n{proc.stderr}"
    data = json.loads(proc.stdout)
    data = data if isinstance(data, list) else [data]
    for tree in data:
        tree["root"]["_root"] = True  # the guide always shows the root as #n-root
    return data


@pytest.fixture(scope="session")
def trees():
    """Decision trees of the three topics whose wizards the tests walk, by content path."""
    names = ["exchange-online/ndr/fix-ndr-5-7-124.md",
             "exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.md",
             "outlook/outlook-cannot-connect-after-password-change.md"]
    return {t["topic"]: t for t in topic_trees(*names)}


# ---------------------------------------------------------------------------------------------
# Chromium
# ---------------------------------------------------------------------------------------------

def make_driver(javascript=True):
    """A headless Chromium with performance (network) and console logging turned on.

    With javascript=False, the profile blocks JavaScript on every page.
    """
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={WINDOW[0]},{WINDOW[1]}", "--force-device-scale-factor=1",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_window_size(*WINDOW)
    driver.set_page_load_timeout(20)
    driver.set_script_timeout(30)
    return driver


@pytest.fixture(scope="session")
def driver():
    d = make_driver(javascript=True)
    yield d
    d.quit()


@pytest.fixture(scope="session")
def nojs_driver():
    d = make_driver(javascript=False)
    yield d
    d.quit()


class Browser:
    """A driver bound to the built site, with the checks every page must pass."""

    def __init__(self, driver, site, javascript=True):
        self.driver = driver
        self.site = site
        self.javascript = javascript
        self.requests = []   # every URL the page asked for since the last check
        self.errors = []     # SEVERE console entries since the last check

    # -- URLs and navigation ------------------------------------------------------------------

    def url(self, rel, fragment=None):
        """file:// URL of a site page; rel may carry a ?query (and fragment may carry one too)."""
        rel, _, query = rel.partition("?")
        u = (self.site / rel).resolve().as_uri()
        if query:
            u += "?" + query
        if fragment is not None:
            u += "#" + fragment.lstrip("#")
        return u

    def rel(self, url):
        """The site-relative path of a file:// URL (without query and fragment)."""
        path = urlsplit(url).path
        base = self.site.resolve().as_uri()[len("file://"):]
        assert path.startswith(base + "/"), f"{url} is not inside the site {self.site}"
        return path[len(base) + 1:]

    def open(self, rel, fragment=None, fresh=True):
        """Opens a page of the site; fresh=True loads the document anew even if only the hash differs."""
        if fresh:
            self.driver.get("about:blank")
        self.driver.get(self.url(rel, fragment))
        self.wait_ready()

    def open_url(self, url):
        self.driver.get("about:blank")
        self.driver.get(url)
        self.wait_ready()

    def wait_ready(self):
        WebDriverWait(self.driver, WAIT, poll_frequency=0.05).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def wait(self, condition, message="", timeout=WAIT):
        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(lambda d: condition(), message)

    def find(self, css, within=None):
        return (within or self.driver).find_element(By.CSS_SELECTOR, css)

    def find_all(self, css, within=None):
        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    @property
    def hash(self):
        return self.js("return window.location.hash")

    def visible_text(self):
        """The text a reader sees (Selenium leaves out anything not rendered)."""
        return normalize(self.find("body").text)

    # -- new tabs -------------------------------------------------------------------------------

    def in_new_tab(self, url, check):
        """Opens url in a new tab, calls check(), then closes the tab and returns to the old one."""
        old = self.driver.current_window_handle
        self.collect()
        self.driver.switch_to.new_window("tab")
        try:
            self.driver.get(url)
            self.wait_ready()
            return check()
        finally:
            self.collect()
            self.driver.close()
            self.driver.switch_to.window(old)

    # -- the checks every page must pass --------------------------------------------------------

    def collect(self):
        """Moves the pending performance and console log entries into self.requests / self.errors."""
        for entry in self.driver.get_log("performance"):
            try:
                message = json.loads(entry["message"])["message"]
            except (KeyError, ValueError):
                continue
            if message.get("method") == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
        for entry in self.driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                self.errors.append(entry.get("message", ""))

    def drain(self):
        self.collect()
        self.requests = []
        self.errors = []

    def assert_clean(self, expect_requests=True):
        """No request left the page and the console has no errors, since the last check."""
        self.collect()
        requests, errors = self.requests, self.errors
        self.requests, self.errors = [], []
        external = [u for u in requests if not u.startswith(LOCAL_SCHEMES)]
        assert not external, "requests left the page:\n  " + "\n  ".join(external)
        assert not errors, "console errors:\n  " + "\n  ".join(errors)
        if expect_requests:
            # Proves the network log works: the pages themselves are file:// requests.
            assert any(u.startswith("file:") for u in requests), \
                "no file:// request was logged; is performance logging on?"
        return requests

    def axe(self, label):
        """Runs axe-core (every rule but the experimental ones) on the current page; fails with the violations listed.

        Style sheets are not preloaded: from file:// axe-core's request for them is refused and logged as an error."""
        if not self.js("return !!window.axe"):
            self.js(AXE_SCRIPT)
        results = self.driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {preload: false}).then(function (r) { done(r); }, function (e) { done({error: String(e)}); });")
        assert "error" not in results, f"axe-core failed on {label}: {results.get('error')}"
        violations = results["violations"]
        if violations:
            engine = results.get("testEngine", {}).get("version", "?")
            lines = [f"{len(violations)} axe-core {engine} violation(s) on {label} ({self.driver.current_url}):"]
            for v in violations:
                lines.append(f"- {v['id']} [{v.get('impact')}]: {v['help']}")
                for node in v["nodes"][:8]:
                    lines.append(f"    {node.get('target')}: {node.get('html', '')[:200]}")
                    summary = node.get("failureSummary")
                    if summary:
                        lines.append("      " + summary.replace("\n", "\n      "))
            print("\n".join(lines))
            pytest.fail("\n".join(lines), pytrace=False)
        assert len(results["violations"]) == 0
        return results


@pytest.fixture
def browser(driver, site):
    b = Browser(driver, site, javascript=True)
    try:
        driver.switch_to.window(driver.window_handles[0])
        for handle in driver.window_handles[1:]:
            driver.switch_to.window(handle)
            driver.close()
        driver.switch_to.window(driver.window_handles[0])
    except Exception:
        pass
    driver.get("about:blank")
    b.drain()
    return b


@pytest.fixture
def nojs_browser(nojs_driver, site):
    b = Browser(nojs_driver, site, javascript=False)
    nojs_driver.get("about:blank")
    b.drain()
    return b


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

def normalize(text):
    """Collapses whitespace (and the space left before punctuation by an inline icon)."""
    text = re.sub(r"\s+", " ", text or "").strip()
    return re.sub(r" ([.,;:!?])", r"\1", text)
