"""The guided-fix wizard in a real browser (issue 5): every root-to-answer path of three topics,
Back, breadcrumb jumps, the browser's history, deep links, "No, that didn't fix it", the hand-off
note, the keyboard, JavaScript turned off, printing, console errors, external requests and axe-core.

The expected questions, choices and answer texts come from `fixpath tree --format json`."""


import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import normalize

SEED_MD = "exchange-online/ndr/fix-ndr-5-7-124.md"
RANGE_MD = "exchange-online/ndr/fix-ndr-5-1-1-through-5-1-20.md"
OUTLOOK_MD = "outlook/outlook-cannot-connect-after-password-change.md"
TOPICS = [SEED_MD, RANGE_MD, OUTLOOK_MD]
SEED_GUIDE = "exchange-online/ndr/fix-ndr-5-7-124.guide.html"

# Section ids in the seed's guide.
ROOT = "n-root"
ADMIN = "n-im-the-group-owner-or-email-admin-how-do-i-fix-this-issue"
SENDER = "n-i-got-this-bounce-message-how-do-i-fix-it"
METHOD_1 = "n-method-1-add-the-sender-to-the-groups-allowed-senders-list"
METHOD_2 = "n-method-2-let-anyone-send-messages-to-the-group"
M1_NEW, M1_CLASSIC, M2_NEW, M2_CLASSIC = "n-new-eac", "n-classic-eac", "n-new-eac-1", "n-classic-eac-1"
ESCALATION = "n-escalation"
FIXED = "fixed"


def guide_of(topic_md):
    return topic_md[:-len(".md")] + ".guide.html"


# ---------------------------------------------------------------------------------------------
# The tree
# ---------------------------------------------------------------------------------------------

def section_id(node):
    """The section of a node: the root's is always #n-root, the others are #n-<node id>."""
    return ROOT if node.get("_root") else "n-" + node["id"]


def root_paths(node, trail=()):
    """Every root-to-answer path as a list of (question node, choice) steps and the answer node."""
    if node["kind"] != "question":
        yield list(trail), node
        return
    for choice in node["choices"]:
        yield from root_paths(choice["node"], trail + ((node, choice),))


def answers(tree):
    return [answer for _, answer in root_paths(tree["root"])]


def questions_left(node):
    """How many questions, at most, a reader still answers from this question (this one included)."""
    if node["kind"] != "question":
        return 0
    return 1 + max(questions_left(c["node"]) for c in node["choices"])


def find_node(tree, node_id):
    stack = [tree["root"]]
    while stack:
        node = stack.pop()
        if node["id"] == node_id:
            return node
        stack.extend(c["node"] for c in node.get("choices", []))
    raise KeyError(node_id)


def lines(node):
    return [normalize(line) for line in (node.get("text") or "").split("\n") if normalize(line)]


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------

def visible_sections(b):
    """The wizard sections that are rendered (one script call; wait_section confirms with is_displayed)."""
    return b.js("return Array.prototype.filter.call(document.querySelectorAll('main.wizard section.wizard-node'),"
                " function (s) { return s.getClientRects().length > 0; })")


def describe(b):
    ids = [s.get_attribute("id") for s in visible_sections(b)]
    return f"visible sections {ids}, URL {b.driver.current_url}"


def wait_section(b, expected_id, why=""):
    """Waits until exactly one wizard section is visible and it is expected_id; returns it."""
    def ok():
        shown = visible_sections(b)
        return len(shown) == 1 and shown[0].get_attribute("id") == expected_id
    try:
        b.wait(ok)
    except TimeoutException:
        pytest.fail(f"expected only #{expected_id} to be visible{' ' + why if why else ''}; {describe(b)}",
                    pytrace=False)
    section = visible_sections(b)[0]
    assert section.is_displayed(), f"#{expected_id} is not displayed"
    return section


def wait_hash(b, expected, why=""):
    try:
        b.wait(lambda: b.hash == expected)
    except TimeoutException:
        pytest.fail(f"expected the URL hash {expected!r}{' ' + why if why else ''}, got {b.hash!r}",
                    pytrace=False)


def check_focus_and_announcement(b, section):
    """Focus is on the new section's title, and #wizard-live says it."""
    title = b.find(".wizard-title", section)
    assert title.get_attribute("tabindex") == "-1"
    b.wait(lambda: b.driver.switch_to.active_element == title,
           f"focus did not move to the title of #{section.get_attribute('id')}")
    b.wait(lambda: normalize(b.find("#wizard-live").get_attribute("textContent")) == normalize(title.text),
           "#wizard-live does not announce the new section's title")
    assert b.find("#wizard-live").get_attribute("aria-live") in ("polite", "assertive")


def check_question(b, section, node):
    where = f"#{section.get_attribute('id')}"
    prompt = b.find("h2.wizard-prompt", section)
    assert normalize(prompt.text) == normalize(node["prompt"]), where
    choices = b.find_all("ol.wizard-choices li a.wizard-choice", section)
    assert [c.get_attribute("data-slug") for c in choices] == [c["slug"] for c in node["choices"]], where
    for link, choice in zip(choices, node["choices"]):
        assert link.is_displayed(), f"{where}: choice {choice['slug']} is not shown"
        assert normalize(choice["label"]) in normalize(link.text), where
    progress = b.find_all(".wizard-progress", section)
    assert progress and progress[0].is_displayed(), f"{where}: no progress hint"
    left = questions_left(node)
    text = progress[0].text.lower()
    assert (str(left) in text) if left > 1 else ("last" in text), \
        f"{where}: progress hint {progress[0].text!r} but at most {left} question(s) are left"


def check_answer(b, section, answer, tree):
    """The answer's steps are visible, and no other answer's text is."""
    where = f"#{section.get_attribute('id')}"
    body = b.find(".wizard-answer", section)
    assert body.is_displayed(), f"{where}: .wizard-answer is not shown"
    shown = normalize(body.text)
    alts = [normalize(img.get_attribute("alt")) for img in b.find_all("img", body) if img.is_displayed()]
    expected = lines(answer)
    assert expected, f"the tree gives no text for {answer['id']}"
    for line in expected:
        assert line in shown or line in alts, f"{where}: this step of {answer['id']} is not shown: {line!r}"
    page = b.visible_text()
    for other in answers(tree):
        if other["id"] == answer["id"]:
            continue
        for line in lines(other):
            if len(line) >= 25 and line not in expected and line not in shown:
                assert line not in page, \
                    f"{where}: text of another answer ({other['id']}) is visible: {line!r}"
    for part in (".wizard-feedback a.wizard-yes", ".wizard-feedback a.wizard-no"):
        assert b.find(part, section).is_displayed(), f"{where}: {part} is not shown"


def click_choice(b, section, slug):
    b.find(f"ol.wizard-choices a.wizard-choice[data-slug='{slug}']", section).click()


def walk(b, tree, steps, answer):
    """Answers each question of a path by clicking, checking every screen on the way."""
    slugs = []
    for node, choice in steps:
        section = wait_section(b, section_id(node), f"(question {node['id']})")
        check_question(b, section, node)
        if b.javascript and slugs:
            check_focus_and_announcement(b, section)
        click_choice(b, section, choice["slug"])
        slugs.append(choice["slug"])
        if b.javascript:
            wait_hash(b, "#/" + "/".join(slugs), f"after choosing {choice['slug']}")
    section = wait_section(b, section_id(answer), f"(answer {answer['id']} via {'/'.join(slugs)})")
    check_answer(b, section, answer, tree)
    trail = b.find_all("nav.wizard-trail li a", section)
    assert len(trail) == len(steps), f"the trail of {answer['id']} has {len(trail)} links for {len(steps)} answers"
    for link, (_, choice) in zip(trail, steps):
        assert normalize(choice["label"]) in normalize(link.text), \
            f"trail link {link.text!r} does not name the choice {choice['label']!r}"
    if b.javascript:
        check_focus_and_announcement(b, section)
    return section


def visible_offers(b, section):
    """(texts of the visible alternatives, the escalation link or None) on a "No" screen."""
    alts = [a for a in b.find_all("a.wizard-alternative", section) if a.is_displayed()]
    escalate = [a for a in b.find_all("a.wizard-escalate", section) if a.is_displayed()]
    return alts, (escalate[0] if escalate else None)


# ---------------------------------------------------------------------------------------------
# Every root-to-answer path, with and without JavaScript
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
@pytest.mark.parametrize("topic", TOPICS)
def test_every_path_shows_exactly_its_answer(request, trees, topic, javascript):
    b = request.getfixturevalue("browser" if javascript else "nojs_browser")
    tree = trees[topic]
    paths = list(root_paths(tree["root"]))
    assert len(paths) >= 2, f"{topic} has fewer than two answers"
    for steps, answer in paths:
        b.open(guide_of(topic))
        walk(b, tree, steps, answer)
    b.assert_clean()


def test_the_seed_tree_is_the_one_the_issue_describes(trees):
    tree = trees[SEED_MD]
    got = sorted("/".join(c["slug"] for _, c in steps) for steps, _ in root_paths(tree["root"]))
    assert got == ["admin/method-1/classic-eac", "admin/method-1/new-eac", "admin/method-2/classic-eac",
                   "admin/method-2/new-eac", "sender"]
    assert tree["escalation"] and tree["codes"] == ["5.7.124"]


# ---------------------------------------------------------------------------------------------
# Navigation: Back, Start over, the browser's history, breadcrumbs, deep links
# ---------------------------------------------------------------------------------------------

def test_back_start_over_and_browser_history(browser, trees):
    b, tree = browser, trees[SEED_MD]
    b.open(SEED_GUIDE)
    wait_section(b, ROOT)
    for slug, expected in (("admin", ADMIN), ("method-1", METHOD_1), ("new-eac", M1_NEW)):
        click_choice(b, visible_sections(b)[0], slug)
        wait_section(b, expected)
    wait_hash(b, "#/admin/method-1/new-eac")
    # The issue's "done means": go back one step and get the Classic EAC steps instead.
    b.find("a.wizard-back", visible_sections(b)[0]).click()
    section = wait_section(b, METHOD_1, "after Back")
    wait_hash(b, "#/admin/method-1")
    check_focus_and_announcement(b, section)
    click_choice(b, section, "classic-eac")
    section = wait_section(b, M1_CLASSIC)
    wait_hash(b, "#/admin/method-1/classic-eac")
    check_answer(b, section, find_node(tree, "classic-eac"), tree)
    # The browser's own buttons.
    b.driver.back()
    wait_section(b, METHOD_1, "after the browser's Back")
    wait_hash(b, "#/admin/method-1")
    b.driver.back()
    section = wait_section(b, M1_NEW, "after the browser's Back twice")
    check_answer(b, section, find_node(tree, "new-eac"), tree)
    b.driver.forward()
    wait_section(b, METHOD_1, "after the browser's Forward")
    b.driver.forward()
    section = wait_section(b, M1_CLASSIC, "after the browser's Forward twice")
    check_answer(b, section, find_node(tree, "classic-eac"), tree)
    # Start over.
    b.find("a.wizard-restart", section).click()
    section = wait_section(b, ROOT, "after Start over")
    assert b.hash in ("", "#", "#/"), f"Start over left the hash {b.hash!r}"
    b.driver.back()
    wait_section(b, M1_CLASSIC, "after the browser's Back from Start over")
    b.assert_clean()


def test_breadcrumb_jumps(browser, trees):
    b, tree = browser, trees[SEED_MD]
    b.open(SEED_GUIDE, "/admin/method-2/classic-eac")
    section = wait_section(b, M2_CLASSIC, "opening #/admin/method-2/classic-eac")
    check_answer(b, section, find_node(tree, "classic-eac-1"), tree)
    trail = b.find_all("nav.wizard-trail li a", section)
    expected_trail = [("Which describes you?", "I'm the group owner or email admin"),
                      ("Which method do you want to try?", "Method 2: Let anyone send messages to the group"),
                      ("Which EAC are you using?", "Classic EAC")]
    assert len(trail) == len(expected_trail)
    for link, (prompt, answer) in zip(trail, expected_trail):
        text = normalize(link.text)
        assert text.startswith(prompt) and text.endswith(answer), f"trail link {text!r}"
    # Jump back to "Which method do you want to try?" and take the other method.
    trail[1].click()
    section = wait_section(b, ADMIN, "after clicking the second breadcrumb")
    check_focus_and_announcement(b, section)
    hash_after_jump = b.hash
    reopened = b.in_new_tab(b.driver.current_url, lambda: [s.get_attribute("id") for s in visible_sections(b)])
    assert reopened == [ADMIN], f"reopening {b.driver.current_url} after a breadcrumb jump showed {reopened}"
    click_choice(b, section, "method-1")
    section = wait_section(b, METHOD_1)
    wait_hash(b, "#/admin/method-1")
    click_choice(b, section, "new-eac")
    section = wait_section(b, M1_NEW)
    check_answer(b, section, find_node(tree, "new-eac"), tree)
    # The first breadcrumb goes back to the first question.
    b.find_all("nav.wizard-trail li a", section)[0].click()
    wait_section(b, ROOT, "after clicking the first breadcrumb")
    b.driver.back()
    wait_section(b, M1_NEW, "after the browser's Back from a breadcrumb jump")
    b.assert_clean()
    assert hash_after_jump == "#/admin", \
        f"after a breadcrumb jump the state is not a slug path in the hash: {hash_after_jump!r}"


@pytest.mark.parametrize("fragment, expected", [
    ("/sender", SENDER),
    ("/admin", ADMIN),
    ("/admin/method-1", METHOD_1),
    ("/admin/method-1/new-eac", M1_NEW),
    ("/admin/method-2/classic-eac", M2_CLASSIC),
    ("/admin/method-1/new-eac/!no", M1_NEW + "--no"),
    ("/!fixed", FIXED),
    ("/!help", ESCALATION),
    ("/", ROOT),
])
def test_deep_link_opens_that_point_in_a_new_page(browser, trees, fragment, expected):
    b = browser
    b.open("index.html")
    url = b.url(SEED_GUIDE, fragment)

    def check():
        section = wait_section(b, expected, f"opening {url}")
        if expected in (M1_NEW, M2_CLASSIC):
            node = find_node(trees[SEED_MD], expected[2:])
            check_answer(b, section, node, trees[SEED_MD])
        if expected != ROOT:
            check_focus_and_announcement(b, section)
        return b.hash

    assert b.in_new_tab(url, check) == "#" + fragment
    b.assert_clean()


def test_walked_url_reopens_at_the_same_point(browser, trees):
    b, tree = browser, trees[SEED_MD]
    b.open(SEED_GUIDE)
    steps, answer = next((s, a) for s, a in root_paths(tree["root"]) if a["id"] == "new-eac-1")
    walk(b, tree, steps, answer)
    url = b.driver.current_url
    assert url.endswith("#/admin/method-2/new-eac")
    b.in_new_tab(url, lambda: check_answer(b, wait_section(b, M2_NEW, f"reopening {url}"), answer, tree))
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# Did this fix it?
# ---------------------------------------------------------------------------------------------

def test_yes_leads_to_the_done_screen(browser):
    b = browser
    b.open(SEED_GUIDE, "/admin/method-1/new-eac")
    section = wait_section(b, M1_NEW)
    b.find("a.wizard-yes", section).click()
    section = wait_section(b, FIXED, "after Yes")
    wait_hash(b, "#/!fixed")
    check_focus_and_announcement(b, section)
    b.driver.back()
    wait_section(b, M1_NEW, "after the browser's Back from the done screen")
    b.assert_clean()


def test_no_offers_the_next_method_then_only_escalation(browser, trees):
    b, tree = browser, trees[SEED_MD]
    b.open(SEED_GUIDE, "/admin/method-1/new-eac")
    section = wait_section(b, M1_NEW)
    no = b.find("a.wizard-no", section)
    assert "didn" in no.text.lower() or "not" in no.text.lower(), f"the No button says {no.text!r}"
    no.click()
    section = wait_section(b, M1_NEW + "--no", "after No")
    assert section.get_attribute("data-kind") == "next"
    wait_hash(b, "#/admin/method-1/new-eac/!no")
    check_focus_and_announcement(b, section)
    alts, escalate = visible_offers(b, section)
    assert [normalize(a.text) for a in alts] == ["Try: Method 2: Let anyone send messages to the group"], \
        "after Method 1 failed, Method 2 (and only it) is the next method"
    assert escalate is not None, "no way to get more help"
    alts[0].click()
    section = wait_section(b, METHOD_2, "after trying the next method")
    wait_hash(b, "#/admin/method-2?tried=method-1")
    check_question(b, section, find_node(tree, "method-2-let-anyone-send-messages-to-the-group"))
    click_choice(b, section, "new-eac")
    section = wait_section(b, M2_NEW)
    wait_hash(b, "#/admin/method-2/new-eac?tried=method-1")
    check_answer(b, section, find_node(tree, "new-eac-1"), tree)
    b.find("a.wizard-no", section).click()
    section = wait_section(b, M2_NEW + "--no", "after No on the second method")
    wait_hash(b, "#/admin/method-2/new-eac/!no?tried=method-1")
    alts, escalate = visible_offers(b, section)
    assert alts == [], f"both methods were tried, yet still offered: {[a.text for a in alts]}"
    assert escalate is not None, "only escalation should be offered, and it is not"
    # The same point, reopened in a new page, offers the same.
    url = b.driver.current_url

    def reopened():
        s = wait_section(b, M2_NEW + "--no", f"reopening {url}")
        a, e = visible_offers(b, s)
        return [x.text for x in a], e is not None

    assert b.in_new_tab(url, reopened) == ([], True)
    escalate.click()
    section = wait_section(b, ESCALATION, "after Get more help")
    assert b.hash.startswith("#/!help"), b.hash
    check_focus_and_announcement(b, section)
    shown = normalize(section.text)
    for line in lines(tree["escalation"]):
        assert line in shown, f"the escalation text is not shown: {line!r}"
    b.assert_clean()


def test_no_walks_every_untried_solution_before_escalation(browser, trees):
    """5.1.1-5.1.20 has three solutions: each "No" offers the ones not tried yet, in order."""
    b, tree = browser, trees[RANGE_MD]
    admin = tree["root"]["choices"][1]["node"]
    assert admin["selection"] == "alternative" and len(admin["choices"]) == 3
    solutions = admin["choices"]
    b.open(guide_of(RANGE_MD), "/admin/" + solutions[0]["slug"])
    tried = []
    for i, solution in enumerate(solutions):
        section = wait_section(b, section_id(solution["node"]), f"(solution {solution['slug']})")
        check_answer(b, section, solution["node"], tree)
        tried.append(solution["slug"])
        b.find("a.wizard-no", section).click()
        section = wait_section(b, section_id(solution["node"]) + "--no", f"after No on {solution['slug']}")
        alts, escalate = visible_offers(b, section)
        untried = [s for s in solutions if s["slug"] not in tried]
        assert [normalize(a.text) for a in alts] == ["Try: " + normalize(s["label"]) for s in untried], \
            f"after trying {tried}"
        assert escalate is not None
        if alts:
            alts[0].click()
    escalate.click()
    wait_section(b, ESCALATION)
    b.assert_clean()


def test_sender_gets_a_note_for_the_admin(browser, trees):
    b, tree = browser, trees[SEED_MD]
    b.open(SEED_GUIDE)
    click_choice(b, wait_section(b, ROOT), "sender")
    section = wait_section(b, SENDER)
    handoff = b.find(".handoff", section)
    assert handoff.is_displayed()
    note = b.find("textarea.handoff-note", handoff)
    text = note.get_property("value")
    assert "5.7.124" in text, f"the note does not name the status code: {text!r}"
    assert tree["title"] in text, f"the note does not name the topic: {text!r}"
    # Without base_url the site's address is unknown: the note names the page to open and the path to choose.
    pages = [w for w in text.split() if w.endswith(".guide.html")]
    assert pages == [SEED_GUIDE], f"the note does not say which page to open: {text!r}"
    assert "admin" in text.split(pages[0], 1)[1], f"the note does not say to choose the admin's path: {text!r}"
    assert b.find("button.copy-note", handoff).is_displayed(), "the Copy button is not shown with JS on"
    assert b.in_new_tab(b.url(pages[0], "/admin"), lambda: [s.get_attribute("id") for s in visible_sections(b)]) == [ADMIN], \
        f"the page {pages[0]} the note names does not open the admin question at #/admin"
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# Keyboard only
# ---------------------------------------------------------------------------------------------

def press(b, *keys):
    ActionChains(b.driver).send_keys(*keys).perform()


def tab_to(b, css, within, limit=40):
    """Presses Tab until the focused element matches css inside within."""
    targets = b.find_all(css, within)
    assert targets, f"nothing matches {css}"
    for _ in range(limit):
        press(b, Keys.TAB)
        if b.driver.switch_to.active_element in targets:
            return b.driver.switch_to.active_element
    pytest.fail(f"Tab never reached {css}", pytrace=False)


def test_keyboard_only_walk(browser, trees):
    b, tree = browser, trees[SEED_MD]
    b.open(SEED_GUIDE)
    wait_section(b, ROOT)
    press(b, "2")
    section = wait_section(b, ADMIN, "after pressing 2")
    wait_hash(b, "#/admin")
    check_focus_and_announcement(b, section)
    press(b, "1")
    section = wait_section(b, METHOD_1, "after pressing 1")
    check_focus_and_announcement(b, section)
    press(b, "1")
    section = wait_section(b, M1_NEW, "after pressing 1 again")
    wait_hash(b, "#/admin/method-1/new-eac")
    check_focus_and_announcement(b, section)
    check_answer(b, section, find_node(tree, "new-eac"), tree)
    # Tab and Enter on links from here: Back, then the Classic EAC choice.
    tab_to(b, "a.wizard-back", section)
    press(b, Keys.ENTER)
    section = wait_section(b, METHOD_1, "after Enter on Back")
    check_focus_and_announcement(b, section)
    tab_to(b, "a.wizard-choice[data-slug='classic-eac']", section)
    press(b, Keys.ENTER)
    section = wait_section(b, M1_CLASSIC, "after Enter on Classic EAC")
    check_focus_and_announcement(b, section)
    check_answer(b, section, find_node(tree, "classic-eac"), tree)
    # "No", then the number key picks the offered method.
    tab_to(b, "a.wizard-no", section)
    press(b, Keys.ENTER)
    section = wait_section(b, M1_CLASSIC + "--no", "after Enter on No")
    check_focus_and_announcement(b, section)
    press(b, "1")
    section = wait_section(b, METHOD_2, "after pressing 1 on the No screen")
    check_focus_and_announcement(b, section)
    # Number keys typed into a text field are text, not choices.
    search = b.find("#site-search-input")
    search.send_keys("2")
    assert search.get_property("value") == "2"
    assert [s.get_attribute("id") for s in visible_sections(b)] == [METHOD_2]
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# Without JavaScript
# ---------------------------------------------------------------------------------------------

def test_nojs_walk_admin_method_1_new_eac(nojs_browser, trees):
    b, tree = nojs_browser, trees[SEED_MD]
    b.open(SEED_GUIDE)
    assert "js-on" not in (b.find("main.wizard").get_attribute("class") or "")
    section = wait_section(b, ROOT, "with JavaScript off and no hash")
    click_choice(b, section, "admin")
    section = wait_section(b, ADMIN, "after the admin link")
    click_choice(b, section, "method-1")
    section = wait_section(b, METHOD_1, "after the Method 1 link")
    click_choice(b, section, "new-eac")
    section = wait_section(b, M1_NEW, "after the New EAC link")
    check_answer(b, section, find_node(tree, "new-eac"), tree)
    # Back, and the other EAC.
    b.find("a.wizard-back", section).click()
    section = wait_section(b, METHOD_1, "after Back")
    click_choice(b, section, "classic-eac")
    section = wait_section(b, M1_CLASSIC)
    check_answer(b, section, find_node(tree, "classic-eac"), tree)
    # A breadcrumb.
    b.find_all("nav.wizard-trail li a", section)[1].click()
    section = wait_section(b, ADMIN, "after a breadcrumb")
    # The browser's Back.
    b.driver.back()
    wait_section(b, M1_CLASSIC, "after the browser's Back")
    section = visible_sections(b)[0]
    # No, then more help.
    b.find("a.wizard-no", section).click()
    section = wait_section(b, M1_CLASSIC + "--no", "after No")
    alts, escalate = visible_offers(b, section)
    assert alts and escalate, "the No screen offers nothing without JS"
    alts[0].click()
    wait_section(b, METHOD_2, "after the offered method")
    b.driver.back()
    section = wait_section(b, M1_CLASSIC + "--no")
    visible_offers(b, section)[1].click()
    section = wait_section(b, ESCALATION, "after Get more help")
    b.find("a.wizard-restart", section).click()
    wait_section(b, ROOT, "after Start over")
    b.assert_clean()


def test_nojs_buttons_that_need_javascript_are_hidden(nojs_browser):
    """The theme toggle and the "Copy the note" button do nothing without JS: they must not show."""
    b = nojs_browser
    b.open(SEED_GUIDE, SENDER)
    section = wait_section(b, SENDER)
    assert b.find("textarea.handoff-note", section).is_displayed(), "the note itself must show"
    shown = [css for css in ("#theme-toggle", "button.copy-note") if b.find(css).is_displayed()]
    assert not shown, (f"with JavaScript off these buttons still show: {shown} (they carry the hidden "
                       "attribute, but a display rule in the stylesheet overrides it)")
    b.assert_clean()


@pytest.mark.parametrize("topic", TOPICS)
def test_nojs_first_screen_is_the_root_question(nojs_browser, trees, topic):
    b, tree = nojs_browser, trees[topic]
    b.open(guide_of(topic))
    shown = visible_sections(b)
    assert len(shown) == 1, f"with JS off and no hash, {describe(b)}"
    assert shown[0].get_attribute("id") == ROOT, f"the first screen is not #n-root: {describe(b)}"
    check_question(b, shown[0], tree["root"])
    b.assert_clean()


@pytest.mark.parametrize("topic", TOPICS)
def test_nojs_every_in_page_link_has_a_target(nojs_browser, topic):
    """Without JS the wizard is plain #links; each must lead to a section that exists."""
    b = nojs_browser
    b.open(guide_of(topic))
    links = b.js("return Array.prototype.map.call(document.querySelectorAll('main a[href^=\"#\"]'),"
                 " function (a) { return [a.className, a.getAttribute('href')]; })")
    assert links
    missing = sorted({f"{cls or 'a'} -> {href}" for cls, href in links
                      if not b.js("return !!document.getElementById(arguments[0])", href[1:])})
    assert not missing, f"links in {guide_of(topic)} point at no element:\n  " + "\n  ".join(missing)
    b.assert_clean()


# ---------------------------------------------------------------------------------------------
# Printing, size, the site-wide wizard, axe-core
# ---------------------------------------------------------------------------------------------

def test_printing_shows_the_path_and_the_steps(browser, trees):
    b, tree = browser, trees[SEED_MD]
    b.open(SEED_GUIDE, "/admin/method-1/new-eac")
    section = wait_section(b, M1_NEW)
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert b.find("nav.wizard-trail", section).is_displayed(), "the path taken is not printed"
        assert b.find(".wizard-answer", section).is_displayed(), "the steps are not printed"
        assert [s.get_attribute("id") for s in visible_sections(b)] == [M1_NEW]
        for part in (".wizard-feedback", ".wizard-nav"):
            assert not b.find(part, section).is_displayed(), f"{part} is printed"
        shown = normalize(b.find(".wizard-answer", section).text)
        for line in lines(find_node(tree, "new-eac")):
            assert line in shown or "Mock-up" in line, f"a step is not printed: {line!r}"
    finally:
        b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    b.assert_clean()


def test_wizard_script_and_styles_stay_under_100_kb(site):
    total = sum((site / "assets" / name).stat().st_size for name in ("wizard.js", "wizard.css"))
    assert total < 100 * 1024, f"wizard.js + wizard.css are {total} bytes"


@pytest.mark.parametrize("typed, expected", [
    ("550 5.7.124", SEED_GUIDE),
    ("5.1.15", guide_of(RANGE_MD)),
    ("550 5.7.124 RESOLVER.RST.NotAuthorized; not authorized", SEED_GUIDE),
])
def test_sitewide_wizard_routes_a_bounce_message_to_a_topic_wizard(browser, trees, typed, expected):
    b = browser
    b.open("guide.html")
    b.find("#bounce-form #bounce-input").send_keys(typed)
    b.wait(lambda: b.find_all("#bounce-results ul.bounce-list li a"), f"no results for {typed!r}")
    links = b.find_all("#bounce-results ul.bounce-list li a")
    assert [b.rel(a.get_property("href")) for a in links] == [expected], f"typing {typed!r}"
    links[0].click()
    b.wait(lambda: b.driver.current_url.endswith("/" + expected))
    b.wait_ready()
    topic = next(t for t in TOPICS if guide_of(t) == expected)
    check_question(b, wait_section(b, section_id(trees[topic]["root"])), trees[topic]["root"])
    b.assert_clean()


def test_sitewide_wizard_lists_the_topic_wizards(browser):
    b = browser
    b.open("guide.html")
    hrefs = [b.rel(a.get_property("href")) for a in b.find_all("main a") if a.is_displayed()]
    guides = [h for h in hrefs if h.endswith(".guide.html")]
    for topic in TOPICS:
        assert guide_of(topic) in guides, f"guide.html does not list {guide_of(topic)}: {hrefs}"
    b.axe("the site-wide wizard")
    b.assert_clean()


@pytest.mark.parametrize("fragment, expected, kind", [
    (None, ROOT, "question"),
    ("/admin", ADMIN, "question"),
    ("/admin/method-1/new-eac", M1_NEW, "answer"),
    ("/sender", SENDER, "answer with the hand-off note"),
    ("/admin/method-1/new-eac/!no", M1_NEW + "--no", "No screen"),
])
def test_axe_wizard_screens(browser, fragment, expected, kind):
    b = browser
    b.open(SEED_GUIDE, fragment)
    wait_section(b, expected)
    b.axe(f"the wizard's {kind} screen #{expected}")
    b.assert_clean()
