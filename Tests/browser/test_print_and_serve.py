"""Printing a guided fix (issue 5) and the live preview reloading an open page (issue 9)."""
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from conftest import CONTENT, FIXPATH, Browser


def test_printing_shows_the_path_and_the_final_steps(driver, site):
    b = Browser(driver, site, javascript=True)
    b.open("exchange-online/ndr/fix-ndr-5-7-124.guide.html", "/admin/method-1/new-eac")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        def shown(css):
            return b.js("return Array.from(document.querySelectorAll(arguments[0]))"
                        ".filter(e => e.getClientRects().length > 0).length", css)
        current = "section.wizard-node.current "
        assert shown(current + "nav.wizard-trail") == 1, "the path taken is not printed"
        assert shown(current + ".wizard-answer") == 1, "the final steps are not printed"
        assert shown(".wizard-feedback, .wizard-nav, .site-header, .site-footer") == 0, "screen-only parts are printed"
        assert shown("section.wizard-node") == 1, "other screens are printed"
        trail = b.find(current + "nav.wizard-trail").text
        assert "I'm the group owner or email admin" in trail and "Method 1" in trail and "New EAC" in trail
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_reloads_an_open_page_after_an_edit(driver, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    port = free_port()
    server = subprocess.Popen([str(FIXPATH), "serve", "--content", str(content), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/exchange-online/ndr/fix-ndr-5-7-124.html"
        deadline = time.time() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert time.time() < deadline, "serve did not start"
                time.sleep(0.1)
        driver.get(url)
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        time.sleep(0.5)  # let the page start waiting for changes
        driver.execute_script("window.__before_reload = true")
        topic = content / "exchange-online/ndr/fix-ndr-5-7-124.md"
        topic.write_text(topic.read_text().replace("# Fix NDR error 550 5.7.124 in Exchange Online", "# Edited live"))
        edited = time.time()
        WebDriverWait(driver, 5, poll_frequency=0.02).until(
            lambda d: d.execute_script("return document.querySelector('h1') && document.querySelector('h1').textContent") == "Edited live")
        took = time.time() - edited
        assert driver.execute_script("return window.__before_reload === undefined"), "the page changed without a reload"
        print(f"serve: page reloaded {took * 1000:.0f} ms after the edit")
        assert took < 3, f"reload took {took:.2f} s"
        topic.write_text("---\ntitle: [broken\n---\n# Broken\n")
        WebDriverWait(driver, 5, poll_frequency=0.05).until(
            lambda d: d.execute_script("var e = document.getElementById('fixpath-errors'); return e && e.textContent"))
        assert "front matter is not valid YAML" in driver.execute_script("return document.getElementById('fixpath-errors').textContent")
    finally:
        server.send_signal(2)
        server.wait(timeout=10)
    assert server.returncode == 0
