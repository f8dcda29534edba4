"""axe-core 4.12 (current rules, best practices included) on every kind of page of the example
site, at desktop and phone widths, in light and dark mode (issue 18)."""

import pytest

from test_navigation import DESKTOP, OUTLOOK, PHONE, SEED

PAGES = [
    ("index.html", None),
    ("sections/exchange-online--bounce-messages-ndrs.html", None),
    (OUTLOOK, None),                                   # tabs, a wide table, code
    (SEED, None),                                      # a bounce-message topic
    ("exchange-online/ndr/non-delivery-reports-overview.html", None),   # lightbox, icon link
    ("search.html?q=crash", "#search-results li"),
    ("exchange-online/ndr/fix-ndr-5-7-124.guide.html", None),
    ("404.html", None),
]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280px", "390px"])
def test_axe_every_kind_of_page(browser, size, theme):
    b = browser
    b.driver.set_window_size(*size)
    try:
        b.open("index.html")
        b.js("localStorage.setItem('fixpath-theme', arguments[0])", theme)
        for page, wait_for in PAGES:
            b.open(page)
            if wait_for:
                b.wait(lambda: b.find_all(wait_for), f"{wait_for} never appeared on {page}")
            b.axe(f"{page} at {size[0]} px, {theme}")
        b.open(OUTLOOK)
        b.find("#site-search-input").send_keys("outlook")
        b.wait(lambda: b.find("#site-search-popup").is_displayed())
        b.axe(f"the search popup at {size[0]} px, {theme}")
        if size == PHONE:
            b.find("button.nav-toggle").click()
            b.wait(lambda: b.find("#nav-filter").is_displayed())
            b.axe(f"the open drawer at {size[0]} px, {theme}")
        b.assert_clean()
    finally:
        b.js("localStorage.clear()")
        b.driver.set_window_size(*DESKTOP)
