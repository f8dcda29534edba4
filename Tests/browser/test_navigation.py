"""Finding the way around the example site (issue 18): the side navigation and its filter, the
drawer on a phone, previous and next, In this article, section pages, tabs, code, images, the theme
button, 404 pages, and pages that never scroll sideways on a 390 px phone."""

import http.server
import threading
from functools import partial

import pytest
from selenium.webdriver.common.keys import Keys

from conftest import Browser

SEED = "exchange-online/ndr/fix-ndr-5-7-124.html"
OUTLOOK = "outlook/outlook-cannot-connect-after-password-change.html"
OVERVIEW = "exchange-online/ndr/non-delivery-reports-overview.html"
PHONE = (390, 844)
DESKTOP = (1280, 1000)


@pytest.fixture
def phone(browser):
    browser.driver.set_window_size(*PHONE)
    yield browser
    browser.driver.set_window_size(*DESKTOP)


def active(b):
    return b.driver.switch_to.active_element


def tab_to(b, predicate, limit=60, what="the element"):
    """Presses Tab until predicate(active element) holds; fails after limit presses."""
    for _ in range(limit):
        active(b).send_keys(Keys.TAB)
        if predicate(active(b)):
            return active(b)
    pytest.fail(f"{what} was never reached with Tab")


# ---------------------------------------------------------------------------------------------
# Side navigation
# ---------------------------------------------------------------------------------------------

def test_side_navigation_shows_the_current_page_in_its_section(browser):
    b = browser
    b.open(SEED)
    nav = b.find("nav#site-nav")
    current = b.find("a[aria-current='page']", nav)
    assert current.get_dom_attribute("href").endswith("fix-ndr-5-7-124.html")
    assert current.is_displayed()
    expanded = [e.text for e in b.find_all("button.nav-twisty[aria-expanded='true']", nav)]
    assert expanded == ["Exchange Online", "Bounce messages (NDRs)"], expanded
    inside = b.js("var t = document.getElementById('nav-tree').getBoundingClientRect(),"
                  " c = arguments[0].getBoundingClientRect(); return c.top >= t.top && c.bottom <= t.bottom;", current)
    assert inside, "the current page is not scrolled into view in the navigation"
    assert b.js("return document.querySelectorAll('script[src$=\"assets/toc.js\"]').length") == 1
    assert "FIXPATH_TOC" not in b.driver.page_source.split("</head>")[1], "the tree is copied into the page"
    b.assert_clean()


def test_side_navigation_sections_open_and_filter_by_keyboard(browser):
    b = browser
    b.open("index.html")
    twisty = tab_to(b, lambda e: e.text == "Outlook" and e.tag_name == "button", what="the Outlook section")
    assert twisty.get_attribute("aria-expanded") == "false"
    twisty.send_keys(Keys.ENTER)
    assert twisty.get_attribute("aria-expanded") == "true"
    link = tab_to(b, lambda e: e.tag_name == "a" and "password" in e.text, limit=3, what="the Outlook topic")
    assert b.rel(link.get_property("href")) == OUTLOOK
    twisty.send_keys(Keys.ENTER)
    assert twisty.get_attribute("aria-expanded") == "false"

    box = b.find("#nav-filter")
    box.click()
    box.send_keys("5.1")
    status = b.find(".nav-status")
    b.wait(lambda: "1 topic matches" in status.text, f"filter status says {status.text!r}")
    box.send_keys(Keys.ARROW_DOWN)
    assert active(b).text.startswith("Fix NDR errors 5.1.1 through 5.1.20")
    active(b).send_keys(Keys.ENTER)
    b.wait(lambda: b.driver.current_url.endswith("fix-ndr-5-1-1-through-5-1-20.html"))
    b.assert_clean()


def test_phone_drawer_opens_and_closes_by_keyboard(phone):
    b = phone
    b.open(OUTLOOK)
    nav = b.find("nav#site-nav")
    assert not nav.is_displayed() or b.js("return getComputedStyle(arguments[0]).visibility") == "hidden"
    menu = b.find("button.nav-toggle")
    assert menu.is_displayed() and menu.get_attribute("aria-expanded") == "false"
    header = b.find("header.site-header")
    assert header.size["height"] < 70, f"the header takes {header.size['height']} px on a phone: more than one row"
    menu.send_keys(Keys.ENTER)
    b.wait(lambda: b.js("return getComputedStyle(arguments[0]).visibility", nav) == "visible")
    assert menu.get_attribute("aria-expanded") == "true"
    assert active(b).get_attribute("id") == "nav-filter", "opening the drawer does not move focus into it"
    current = b.find("a[aria-current='page']", nav)
    assert current.is_displayed()
    active(b).send_keys(Keys.ESCAPE)
    b.wait(lambda: menu.get_attribute("aria-expanded") == "false")
    assert active(b) == menu, "closing the drawer does not give focus back to the menu button"
    b.assert_clean()


def test_previous_and_next_follow_the_table_of_contents(browser):
    b = browser
    b.open(SEED)
    assert b.rel(b.find("a.pager-previous").get_property("href")) == "exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.html"
    assert b.rel(b.find("a.pager-next").get_property("href")) == OUTLOOK
    b.open(OVERVIEW)
    assert not b.find_all("a.pager-previous"), "the first topic has a previous link"


def test_breadcrumbs_and_cards_lead_to_section_pages(browser):
    b = browser
    b.open(SEED)
    crumbs = [b.rel(a.get_property("href")) for a in b.find_all(".breadcrumbs a")]
    assert crumbs == ["index.html", "sections/exchange-online.html", "sections/exchange-online--bounce-messages-ndrs.html"]
    b.open("index.html")
    cards = b.find_all("ul.cards li.card")
    assert [c.find_element("css selector", "a").text for c in cards] == ["Exchange Online", "Outlook"]
    assert "3 topics" in cards[0].text
    b.open(crumbs[2])
    links = [b.rel(a.get_property("href")) for a in b.find_all("ul.topic-list a")]
    assert SEED in links and OVERVIEW in links
    b.assert_clean()


def test_in_this_article_follows_the_scroll(browser):
    b = browser
    b.open(SEED)
    rail = b.find("nav.in-this-article")
    assert b.js("return getComputedStyle(arguments[0]).position", rail) == "sticky"
    assert rail.location["x"] > b.find("article.topic-body").location["x"], "the rail is not to the right of the article"
    subs = b.find_all("li.sub a", rail)
    assert subs and subs[0].is_displayed(), "H3 headings are not listed"
    b.js("document.getElementById('why-did-i-get-this-bounce-message').scrollIntoView()")
    b.wait(lambda: b.find_all("a.active", rail) and b.find("a.active", rail).get_dom_attribute("href") == "#why-did-i-get-this-bounce-message",
           "the rail does not mark the section in view")
    b.assert_clean()


def test_in_this_article_is_at_the_top_on_a_phone(phone):
    b = phone
    b.open(SEED)
    rail, body = b.find("nav.in-this-article"), b.find("article.topic-body")
    assert rail.location["y"] < body.location["y"]


# ---------------------------------------------------------------------------------------------
# Tabs, code, images
# ---------------------------------------------------------------------------------------------

def test_tabs_by_keyboard_remembered_across_groups_and_pages(browser):
    b = browser
    b.open("index.html")
    b.js("localStorage.clear()")
    b.open(OUTLOOK)
    lists = b.find_all("[role=tablist]")
    assert len(lists) == 2
    first = b.find("[role=tab][aria-selected=true]", lists[0])
    assert first.text == "Outlook for Windows"
    panel = b.find("#" + first.get_attribute("aria-controls"))
    assert panel.get_attribute("role") == "tabpanel" and panel.get_attribute("aria-labelledby") == first.get_attribute("id")
    first.click()
    active(b).send_keys(Keys.ARROW_RIGHT)
    web = active(b)
    assert web.text == "Outlook on the web" and web.get_attribute("aria-selected") == "true"
    assert b.find("#" + web.get_attribute("aria-controls")).is_displayed()
    assert not panel.is_displayed()
    second = b.find("[role=tab][aria-selected=true]", lists[1])
    assert second.text == "Outlook on the web", "the page's other group did not follow the choice"
    b.open(OUTLOOK)
    assert b.find("[role=tab][aria-selected=true]").text == "Outlook on the web", "the choice was not remembered"
    active(b).send_keys(Keys.TAB)
    b.js("localStorage.clear()")
    b.assert_clean()


def test_tabs_without_javascript_show_every_panel_with_its_title(nojs_browser):
    b = nojs_browser
    b.open(OUTLOOK)
    panels = b.find_all(".tab-panel")
    assert len(panels) == 4 and all(p.is_displayed() for p in panels)
    assert [b.find(".tab-title", p).text for p in panels[:2]] == ["Outlook for Windows", "Outlook on the web"]


def test_code_block_has_a_language_label_and_copies(browser):
    b = browser
    b.open(OUTLOOK)
    block = b.find(".code-block")
    assert b.find(".code-lang", block).text == "PowerShell"
    b.driver.execute_cdp_cmd("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    button = b.find("button.copy-code", block)
    button.click()
    b.wait(lambda: button.text == "Copied")
    copied = b.driver.execute_async_script("var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('failed: ' + e); });")
    assert copied.startswith("Get-MgUser -UserId"), copied
    b.assert_clean()


def test_lightbox_opens_the_large_image_and_escape_closes_it(browser):
    b = browser
    b.open(OVERVIEW)
    link = b.find("a.lightbox")
    link.send_keys(Keys.ENTER)
    dialog = b.find("dialog.lightbox-dialog")
    b.wait(lambda: dialog.get_attribute("open") is not None)
    big = b.find("img", dialog)
    assert big.get_attribute("alt").startswith("The four parts of a bounce report")
    b.wait(lambda: b.js("return arguments[0].complete && arguments[0].naturalWidth > 0", big))
    active(b).send_keys(Keys.ESCAPE)
    b.wait(lambda: dialog.get_attribute("open") is None)
    assert active(b) == link, "focus did not return to the image link"
    b.assert_clean()


def test_icon_links_have_names_and_keep_their_size(browser):
    b = browser
    b.open(OVERVIEW)
    icon = b.find("a[href^='https://answers'] img.icon")
    assert icon.get_attribute("alt") == "Ask an admin in the community forum"
    natural = b.js("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", icon)
    assert [icon.size["width"], icon.size["height"]] == natural


# ---------------------------------------------------------------------------------------------
# Theme, 404, widths, details
# ---------------------------------------------------------------------------------------------

def test_theme_button_has_three_states_and_dark_prints_light(browser):
    b = browser
    b.open("index.html")
    b.js("localStorage.clear()")
    b.open("index.html")
    button = b.find("#theme-toggle")
    seen = []
    for _ in range(3):
        seen.append((b.find("html").get_attribute("data-theme"), b.find(".theme-label", button).text))
        button.click()
    assert seen == [(None, "Auto"), ("light", "Light"), ("dark", "Dark")], seen
    assert b.find("html").get_attribute("data-theme") is None, "the third click does not go back to following the system"
    assert b.js("return localStorage.getItem('fixpath-theme')") is None
    b.js("localStorage.setItem('fixpath-theme', 'dark')")
    b.open(SEED)
    dark = b.js("return getComputedStyle(document.body).backgroundColor")
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        printed = b.js("return getComputedStyle(document.body).backgroundColor")
        text = b.js("return getComputedStyle(document.querySelector('main')).color")
    finally:
        b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        b.js("localStorage.clear()")
    assert dark != printed and printed == "rgb(255, 255, 255)" and text == "rgb(0, 0, 0)", (dark, printed, text)


class NotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site, and 404.html with status 404 for anything missing, as web servers are set up to."""

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (self.server.site / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_404_at_any_depth_from_a_web_server(browser, site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(NotFoundHandler, directory=str(site)))
    server.site = site
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        b = browser
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        b.open_url(base + "no/such/folder/page.html")
        assert b.find("h1").text == "Page not found"
        assert b.js("return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid", "the 404 page is unstyled"
        home = b.find(".site-title").get_property("href")
        assert home == base + "index.html", home
        assert b.find("#nav-tree a[href$='.html'], #nav-tree button"), "the side navigation is missing"
        b.find(".site-title").click()
        b.wait(lambda: b.driver.current_url == base + "index.html")
        assert b.find("main#main h1").text != "Page not found"
    finally:
        server.shutdown()


def test_no_page_is_wider_than_a_phone(phone, site):
    b = phone
    wide = []
    for page in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")):
        b.open(page)
        width = b.js("return document.documentElement.scrollWidth")
        if width > PHONE[0]:
            wide.append((page, width))
    assert not wide, f"pages wider than {PHONE[0]} px: {wide}"


def test_no_page_repeats_an_element_id(browser, site):
    b = browser
    for page in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")):
        b.open(page)
        repeated = b.js("var seen = {}, twice = [];"
                        "document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) { twice.push(e.id); } seen[e.id] = true; });"
                        "return twice;")
        assert not repeated, f"{page} repeats ids {repeated}"


def test_tree_diagram_labels_fit_their_boxes_and_link_to_sections(browser):
    b = browser
    b.open(SEED)
    b.find("details.tree-figure summary").click()
    overflow = b.js("""
        var out = [];
        document.querySelectorAll('svg.tree-diagram g.node').forEach(function (g) {
          var box = g.querySelector('rect').getBBox();
          g.querySelectorAll('text').forEach(function (t) {
            var r = t.getBBox();
            if (r.x < box.x || r.x + r.width > box.x + box.width) { out.push(t.textContent); }
          });
        });
        return out;""")
    assert not overflow, f"labels run out of their boxes: {overflow}"
    links = b.find_all("svg.tree-diagram a")
    assert links, "no node links to its section"
    for a in links:
        target = a.get_dom_attribute("href").lstrip("#")
        assert b.find_all(f"[id='{target}']"), f"the diagram links to #{target}, which is not on the page"


def test_heading_links_show_on_focus_and_the_page_has_a_favicon(browser):
    b = browser
    b.open(SEED)
    link = b.find("h2 a.heading-link")
    assert b.js("return getComputedStyle(arguments[0]).opacity", link) == "0"
    b.js("arguments[0].focus()", link)
    assert b.js("return getComputedStyle(arguments[0]).opacity", link) == "1"
    assert link.get_attribute("aria-label").startswith("Link to this section: ")
    icon = b.find("link[rel=icon]").get_property("href")
    assert b.js("var r = new XMLHttpRequest(); r.open('GET', arguments[0], false); try { r.send(); } catch (e) { return 0; } return r.responseText.length;", icon) > 0 \
        or icon.endswith("assets/favicon.svg")
    chips = [li.text for li in b.find_all("ul.applies-to li")]
    assert chips == ["Exchange Online", "Microsoft 365 Groups"], chips
