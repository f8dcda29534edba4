"""The help site in a real browser (issue 4): search, the bounce-message box, no external requests,
no console errors, axe-core, dark mode, and the page skeleton every page shares."""

import re
from pathlib import Path

import pytest
from selenium.webdriver.common.keys import Keys

from conftest import CONTENT, normalize

SEED = "exchange-online/ndr/fix-ndr-5-7-124.html"
RANGE_TOPIC = "exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.html"


# ---------------------------------------------------------------------------------------------
# A word that appears only in the body of the seed topic, computed from content/ at test time.
# ---------------------------------------------------------------------------------------------

# Common words a search engine may well ignore; the word we pick must be distinctive anyway.
COMMON = set("""the and for are but not you your with this that from can was were will has have had its
it's into than then there these those they their them what when which who how why all any more most
other some such only own same too very just also does did doing our out over under again about after
before while where each both few because until she his her him here through during above below off
further once should would could may might must shall use using used""".split())

WORD = re.compile(r"\w+")


def split_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            return text[4:end], text[end + 4:]
    return "", text


def prose(markdown_body):
    """Markdown body text without headings and DocFX/link syntax: the words a reader reads."""
    lines = [line for line in markdown_body.splitlines() if not line.lstrip().startswith("#")]
    text = "\n".join(lines)
    text = re.sub(r":::.*?:::", " ", text)                 # :::image ...::: and friends
    text = re.sub(r"\[!\w+[^\]]*\]", " ", text)            # > [!NOTE], [!INCLUDE [...](...)]
    text = re.sub(r"\]\([^)]*\)", "] ", text)               # link targets
    text = re.sub(r"&\w+;", " ", text)                      # entities such as &nbsp;
    return text


def words(text):
    return set(WORD.findall(text.lower()))


def body_only_word(seed_md, topic_html_text):
    """A word of the seed topic's body prose that no other content file, no title, no description
    and no heading contains, and that is not the beginning of any other topic's word (search
    matches the last word typed as a prefix)."""
    seed_text = seed_md.read_text(encoding="utf-8")
    front, body = split_front_matter(seed_text)
    headings = "\n".join(l for l in body.splitlines() if l.lstrip().startswith("#"))
    excluded = words(front) | words(headings)
    others = set()
    for md in CONTENT.rglob("*.md"):
        if md.resolve() != seed_md.resolve():
            others |= words(md.read_text(encoding="utf-8"))
    candidates = []
    for w in words(prose(body)) - excluded - others - COMMON:
        if len(w) < 5 or w.isdigit() or "_" in w:
            continue
        if any(o.startswith(w) for o in others):
            continue
        if w not in topic_html_text:   # the rendered page must show it as text
            continue
        candidates.append(w)
    assert candidates, "content/ has no word that appears only in the seed topic's body"
    return sorted(candidates, key=lambda w: (-len(w), w))[0]


# ---------------------------------------------------------------------------------------------
# Search
# ---------------------------------------------------------------------------------------------

def search_results(b):
    """Waits for the search page to finish, then returns (status element, [(href, text)])."""
    b.wait(lambda: b.find("#search-status").get_attribute("data-ms") is not None,
           "#search-status never got a data-ms attribute (the search did not run)")
    status = b.find("#search-status")
    links = b.find_all("ol#search-results li.search-result a")
    return status, [(b.rel(a.get_property("href")), normalize(a.text)) for a in links]


def test_search_from_the_header_finds_the_seed_topic_by_status_code(browser):
    b = browser
    b.open("index.html")
    box = b.find("header.site-header form #site-search-input")
    box.send_keys("5.7.124", Keys.ENTER)
    b.wait(lambda: b.driver.current_url.split("?")[0].endswith("/search.html"),
           "the header search form did not go to search.html")
    b.wait_ready()
    assert b.find("#search-input").get_property("value") == "5.7.124"
    status, results = search_results(b)
    assert results, f"no results for 5.7.124; status says {status.text!r}"
    assert results[0][0] == SEED, f"the 5.7.124 topic is not first: {results}"
    ms = status.get_attribute("data-ms")
    assert re.fullmatch(r"\d+", ms), f"data-ms is not a number of milliseconds: {ms!r}"
    assert int(ms) < 50, f"search took {ms} ms"
    b.assert_clean()


def test_search_finds_the_seed_topic_by_a_word_only_in_its_body(browser, site):
    b = browser
    seed_html = normalize(re.sub(r"<[^>]+>", " ", (site / SEED).read_text(encoding="utf-8"))).lower()
    word = body_only_word(CONTENT / "exchange-online/ndr/fix-ndr-5-7-124.md", seed_html)
    b.open("search.html?q=" + word)
    status, results = search_results(b)
    assert results, f"no results for {word!r} (a word only in the body of {SEED}); status {status.text!r}"
    assert results[0][0] == SEED, f"searching {word!r}: the seed topic is not first: {results}"
    assert [r[0] for r in results] == [SEED], \
        f"{word!r} appears only in the seed topic, yet other topics came back: {results}"
    b.assert_clean()


def test_search_finds_other_forms_of_a_word_and_highlights_them(browser):
    b = browser
    b.open("search.html?q=crash")
    status, results = search_results(b)
    assert [r[0] for r in results] == ["outlook/outlook-cannot-connect-after-password-change.html"], \
        f"'crash' should find the topic that says 'crashes': {results}; {status.text!r}"
    marks = [m.text for m in b.find_all("#search-results mark")]
    assert "crashes" in marks, f"the matched word is not highlighted: {marks}"
    b.open("search.html?q=pasword")
    _, results = search_results(b)
    assert "outlook/outlook-cannot-connect-after-password-change.html" in [r[0] for r in results], "one typo is not forgiven"
    b.assert_clean()


def test_search_finds_a_status_code_that_only_the_body_mentions(browser):
    b = browser
    b.open("search.html?q=4.4.7")
    status, results = search_results(b)
    assert [r[0] for r in results] == ["exchange-online/ndr/non-delivery-reports-overview.html"], f"{results}; {status.text!r}"
    assert status.text.startswith("1 result")
    b.assert_clean()


def test_header_box_shows_results_as_you_type_on_any_page(browser):
    b = browser
    b.open(SEED)
    box = b.find("#site-search-input")
    box.send_keys("crash")
    popup = b.find("#site-search-popup")
    b.wait(lambda: popup.is_displayed() and b.find_all(".popup-results a", popup), "no results under the header box")
    link = b.find(".popup-results a", popup)
    assert b.rel(link.get_property("href")) == "outlook/outlook-cannot-connect-after-password-change.html"
    assert b.find(".result-path", popup).text == "Outlook"
    assert b.find(".popup-status", popup).text == "1 result"
    box.send_keys(Keys.ARROW_DOWN)
    assert b.driver.switch_to.active_element == link
    b.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    b.wait(lambda: not popup.is_displayed())
    b.assert_clean()


def test_search_as_you_type(browser):
    b = browser
    b.open("search.html")
    box = b.find("#search-input")
    box.send_keys("5.1.15")
    status, results = search_results(b)
    assert results and results[0][0] == RANGE_TOPIC, f"typing 5.1.15: {results}"
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# The bounce-message box
# ---------------------------------------------------------------------------------------------

def bounce_links(b):
    b.wait(lambda: b.find_all("#bounce-results ul.bounce-list li a"),
           "no ul.bounce-list li a appeared in #bounce-results")
    return [b.rel(a.get_property("href")) for a in b.find_all("#bounce-results ul.bounce-list li a")]


@pytest.mark.parametrize("typed, expected", [
    ("550 5.7.124", SEED),
    ("5.1.15", RANGE_TOPIC),
])
def test_bounce_box_routes_a_typed_code(browser, typed, expected):
    b = browser
    b.open("index.html")
    assert b.find("#bounce-results").get_attribute("aria-live") in ("polite", "assertive")
    b.find("#bounce-form #bounce-input").send_keys(typed)
    assert bounce_links(b) == [expected], f"typing {typed!r}"
    b.assert_clean()


def test_bounce_box_routes_pasted_bounce_text_and_the_link_opens_the_topic(browser):
    b = browser
    b.open("index.html")
    text = "550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized"
    area = b.find("#bounce-input")
    # A paste: the whole text arrives at once, then the reader presses the button.
    b.js("arguments[0].value = arguments[1];"
         "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));",
         area, text)
    assert bounce_links(b) == [SEED], "pasting the bounce text"
    b.find("#bounce-form button[type=submit]").click()
    assert b.driver.current_url.split("?")[0].endswith("/index.html"), "the form left the page"
    links = b.find_all("#bounce-results ul.bounce-list li a")
    assert [b.rel(a.get_property("href")) for a in links] == [SEED], "after submitting the pasted text"
    links[0].click()
    b.wait(lambda: b.driver.current_url.endswith("/" + SEED))
    b.wait_ready()
    assert "5.7.124" in b.find("main#main h1").text
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# Every page: skeleton, no external requests, no console errors
# ---------------------------------------------------------------------------------------------

def all_pages(site):
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_the_site_has_the_expected_pages(site):
    pages = all_pages(site)
    for page in ("index.html", "search.html", "guide.html", "404.html", SEED,
                 "exchange-online/ndr/fix-ndr-5-7-124.guide.html"):
        assert page in pages, f"{page} was not built; pages: {pages}"


def test_no_request_leaves_any_page_and_no_console_errors(browser, site):
    b = browser
    for page in all_pages(site):
        b.open(page)
        # Load everything a reader could make the page load: lazy images, closed <details>.
        b.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });"
             "document.querySelectorAll('img[loading=lazy]').forEach(function (i) { i.loading = 'eager'; });"
             "window.scrollTo(0, document.body.scrollHeight);")
        b.wait(lambda: b.js("return Array.prototype.every.call(document.images, function (i) { return i.complete; })"),
               f"images never finished loading on {page}")
        resources = b.js("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        external = [u for u in resources if not u.startswith(("file:", "data:", "about:"))]
        assert not external, f"{page} loaded external resources: {external}"
        requests = b.assert_clean()
        assert b.url(page) in [r.split("#")[0] for r in requests], \
            f"the request for {page} itself was not logged: {requests}"


def test_every_page_has_the_site_skeleton(browser, site):
    b = browser
    for page in all_pages(site):
        b.open(page)
        where = f"on {page}"
        header = b.find("header.site-header")
        title = b.find(".site-title", header)
        assert title.tag_name == "a" and title.get_property("href").endswith("/index.html"), where
        form = b.find("form", header)
        assert form.get_attribute("method").lower() == "get", where
        assert form.get_property("action").split("?")[0].endswith("/search.html"), where
        assert b.find("#site-search-input", form).get_attribute("name") == "q", where
        toggle = b.find("#theme-toggle", header)
        assert toggle.is_displayed(), f"the theme toggle is not shown by JS {where}"
        skip = b.find(".skip-link")
        assert skip.get_dom_attribute("href") == "#main", where
        assert b.find("main#main"), where
        assert b.find_all("footer"), f"no footer {where}"
        b.assert_clean()


def test_skip_link_is_the_first_tab_stop_and_visible_when_focused(browser):
    b = browser
    b.open("index.html")
    b.find("body").send_keys(Keys.TAB)
    active = b.driver.switch_to.active_element
    assert "skip-link" in (active.get_attribute("class") or ""), \
        f"the first Tab stop is {active.tag_name}.{active.get_attribute('class')}, not the skip link"
    assert active.is_displayed()
    box = b.js("var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", active)
    assert box[0] >= 0 and box[1] >= 0 and box[2] > 0 and box[3] > 0, f"focused skip link is off screen: {box}"
    active.send_keys(Keys.ENTER)
    b.wait(lambda: b.hash == "#main")
    b.assert_clean()


def test_topic_page_structure(browser):
    b = browser
    b.open(SEED)
    main = b.find("main#main")
    assert "5.7.124" in b.find("h1", main).text
    assert b.find_all(".breadcrumbs a", main), "no breadcrumb links"
    toc = b.find("nav.in-this-article", main)
    assert len(b.find_all("a[href^='#']", toc)) >= 2, "In this article lists no sections"
    figure = b.find("details.tree-figure", main)
    svg = b.find("svg.tree-diagram", figure)
    assert svg.get_attribute("role") == "group" and svg.get_attribute("aria-labelledby") == "tree-title"
    b.find("summary", figure).click()
    assert svg.is_displayed(), "the decision tree diagram does not open"
    assert b.find("div.alert.alert-note", main).is_displayed()
    assert b.find("table", main).is_displayed()
    images = b.find_all("img", main)
    assert images, "no images on the topic page"
    b.js("document.querySelectorAll('img').forEach(function (i) { i.loading = 'eager'; });")
    b.wait(lambda: b.js("return Array.prototype.every.call(arguments[0], function (i) {"
                        " return i.complete && i.naturalWidth > 0; })", images),
           "an image on the topic page did not load")
    start = b.find("a.start-guide", main)
    assert start.get_dom_attribute("href") == "fix-ndr-5-7-124.guide.html"
    start.click()
    b.wait(lambda: b.driver.current_url.endswith("/fix-ndr-5-7-124.guide.html"))
    b.wait_ready()
    assert b.find("main.wizard")
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# axe-core
# ---------------------------------------------------------------------------------------------

def test_axe_home_page(browser):
    b = browser
    b.open("index.html")
    b.axe("the home page")
    b.assert_clean()


def test_axe_home_page_with_bounce_results(browser):
    b = browser
    b.open("index.html")
    b.find("#bounce-input").send_keys("550 5.7.124")
    bounce_links(b)
    b.axe("the home page showing bounce results")
    b.assert_clean()


def test_axe_topic_page(browser):
    b = browser
    b.open(SEED)
    b.axe("the 5.7.124 topic page")
    b.find("details.tree-figure summary").click()
    b.axe("the 5.7.124 topic page with the tree diagram open")
    b.assert_clean()


def test_axe_search_page_with_results(browser):
    b = browser
    b.open("search.html?q=5.7.124")
    _, results = search_results(b)
    assert results, "no search results to check"
    b.axe("the search page with results")
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# Dark mode
# ---------------------------------------------------------------------------------------------

def background(b):
    return b.js("return getComputedStyle(document.body).backgroundColor")


def test_dark_mode_choice_changes_the_background_and_persists(browser):
    b = browser
    b.open("index.html")
    b.js("localStorage.clear()")
    b.open("index.html")
    try:
        assert b.js("return matchMedia('(prefers-color-scheme: dark)').matches") is False
        light = background(b)
        toggle = b.find("#theme-toggle")
        toggle.click()   # follow the system -> light
        toggle.click()   # light -> dark
        assert b.find("html").get_attribute("data-theme") == "dark"
        dark = background(b)
        assert dark != light, f"dark mode did not change the background ({light})"
        b.driver.refresh()
        b.wait_ready()
        assert b.find("html").get_attribute("data-theme") == "dark", "dark mode was not kept across a reload"
        b.open(SEED)
        assert b.find("html").get_attribute("data-theme") == "dark"
        assert background(b) == dark
        b.find("#theme-toggle").click()   # dark -> follow the system
        assert b.find("html").get_attribute("data-theme") is None
        assert background(b) == light
        b.assert_clean()
    finally:
        b.js("localStorage.clear()")


def test_axe_dark_mode(browser):
    """Contrast and the rest hold in dark mode too (issue 4: WCAG 2.1 AA, dark mode)."""
    b = browser
    b.open("index.html")
    b.js("localStorage.setItem('fixpath-theme', 'dark')")
    try:
        for page, label in (("index.html", "the home page"), (SEED, "the topic page"),
                            ("search.html?q=5.7.124", "the search page")):
            b.open(page)
            assert b.find("html").get_attribute("data-theme") == "dark"
            if page.startswith("search"):
                search_results(b)
            b.axe(label + " in dark mode")
        b.assert_clean()
    finally:
        b.js("localStorage.clear()")
