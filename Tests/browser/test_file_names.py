"""Issue 14: file names become URLs. Every link on the section pages that list the topics, the
site-wide guide and a topic page must open the file it names, whatever the name holds: #, ?, %, \\, a tab, a line break, a
colon in the first segment, quotes, spaces or Unicode."""
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import Browser, run_fixpath

NAMES = ["plain", "with space", "hash#1", "what?", "100%", "%20already", "back\\slash", "tab\there", "line\nbreak",
         "javascript:alert(1);x", "mailto:me", "quote'single", 'quote"double', "less<more>", "caf\u00e9", "\u65e5\u672c",
         "-leading-dash", "semi;colon", "amp&er", "brace{x}", "q"]


@pytest.fixture(scope="module")
def names_site(tmp_path_factory):
    content = tmp_path_factory.mktemp("names") / "content"
    (content / "sub #1").mkdir(parents=True)
    links = []
    for i, name in enumerate(NAMES):
        (content / (name + ".md")).write_text(f"---\ntitle: Topic {i}\ndescription: Named oddly.\nfixpath:\n  kind: decision\n---\n\n# Topic {i}\n\nText.\n")
        links.append(f"[{i}](<../{''.join('%{:02X}'.format(b) for b in (name + '.md').encode())}>)")
    (content / "sub #1" / "shot #1?.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (content / "sub #1" / "links.md").write_text(
        "---\ntitle: Links\ndescription: Links to every topic.\n---\n\n# Links\n\n" + " ".join(links) + "\n\n![shot](<shot%20%231%3F.png>)\n")
    out = tmp_path_factory.mktemp("names-site") / "site"
    proc = run_fixpath("build", "--content", str(content), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


def targets(b):
    """The files the page's links and images name, as the browser reads their URLs."""
    urls = b.js("return Array.from(document.querySelectorAll('main a[href], main img[src]')).map(e => e.href || e.src)")
    return [u for u in urls if u.startswith("file:")]


def section_pages(b):
    """The section index pages the home page links to, which list the topics."""
    b.open("index.html")
    return b.js("return Array.from(document.querySelectorAll('main a[href*=\"sections/\"]')).map(a => a.href)")


@pytest.mark.parametrize("page", ["sections", "guide.html", "sub #1/links.html"])
def test_every_link_opens_the_file_it_names(driver, names_site, page):
    b = Browser(driver, names_site, javascript=True)
    if page == "sections":
        found = []
        for url in section_pages(b):
            driver.get(url)
            b.wait_ready()
            found += targets(b)
    else:
        b.open(page)
        found = targets(b)
    assert len(found) >= len(NAMES), found
    missing = [u for u in found if not Path(unquote(urlsplit(u).path)).exists()]
    assert not missing, f"{len(missing)} of {len(found)} links on {page} lead nowhere: {missing}"
    protocols = b.js("return Array.from(document.querySelectorAll('a[href]')).map(a => a.protocol)")
    assert set(protocols) <= {"file:", "https:"}, protocols


def test_clicking_a_name_that_reads_as_a_scheme_opens_its_page(driver, names_site):
    b = Browser(driver, names_site, javascript=True)
    label = f"Topic {NAMES.index('javascript:alert(1);x')}"
    href = None
    for url in section_pages(b):
        driver.get(url)
        b.wait_ready()
        href = href or b.js("const a = Array.from(document.querySelectorAll('main a')).find(a => a.textContent.trim() === arguments[0]);"
                            " return a ? a.href : null", label)
        if href:
            break
    assert href, "no section page lists the topic"
    assert href.startswith("file:"), href
    b.js("Array.from(document.querySelectorAll('main a')).find(a => a.href === arguments[0]).click()", href)
    b.wait_ready()
    assert b.js("return document.querySelector('h1').textContent").strip() == label
