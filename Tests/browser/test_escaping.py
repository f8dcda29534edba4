"""Issue 7: topics crafted with script payloads in every place content lands. No script may run."""
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException

from conftest import Browser, run_fixpath

XSS = Path(__file__).resolve().parents[1] / "FixpathSiteTests" / "Fixtures" / "xss"


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("xss") / "site"
    proc = run_fixpath("build", "--content", str(XSS), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def no_script_ran(b):
    try:
        alert = b.driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        pytest.fail(f"a payload ran: alert({text!r})")
    except NoAlertPresentException:
        pass
    assert b.js("return window.__pwned === undefined")


@pytest.mark.parametrize("page", [
    "payloads.html",
    "payloads.guide.html",
    "payloads.guide.html#/sender",
    "payloads.guide.html#/admin",
    "index.html",
    "guide.html",
    "search.html?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "search.html?q=payload",
])
def test_no_payload_runs(driver, xss_site, page):
    b = Browser(driver, xss_site, javascript=True)
    driver.get("about:blank")
    b.drain()
    rel, _, fragment = page.partition("#")
    b.open(rel, fragment or None)
    b.wait_ready()
    no_script_ran(b)
    links = b.js("return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
    assert not [h for h in links if h.strip().lower().startswith(("javascript:", "vbscript:", "data:"))]
    assert b.js("return document.querySelectorAll('iframe, [onerror], [onload], script:not([src]):not([type])').length") == 0
    b.collect()
    local = ("file:", "data:", "about:", "blob:")
    assert not [u for u in b.requests if not u.startswith(local)], f"requests left the page: {b.requests}"
    # The payload's <img src="x"> keeps its (missing) source and loses its handler; nothing else may complain.
    assert not [e for e in b.errors if "ERR_FILE_NOT_FOUND" not in e], b.errors
