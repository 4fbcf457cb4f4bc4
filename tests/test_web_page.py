"""End-to-end test of the page at / in headless Chromium (Debian's chromium + chromium-driver, driven by
Selenium), against a server started on 127.0.0.1 by the test."""

import os
import shutil
import socket
import threading
import time

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
    if os.environ.get("REPLYLINT_REQUIRE_BROWSER"):
        raise RuntimeError("chromium and chromedriver are required (apt-get install chromium chromium-driver)")
    pytest.skip("chromium/chromedriver not installed (.ci/run installs them)", allow_module_level=True)


@pytest.fixture(scope="module")
def server_url():
    import httpx
    import uvicorn

    from replylint import Config
    from replylint.server import create_app

    os.environ.pop("REPLYLINT_API_KEY", None)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Config()), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(url + "/readyz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


def check(browser, url, text, channel="", language="", customer=""):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(url + "/")
    box = browser.find_element(By.ID, "text")
    browser.execute_script("arguments[0].value = arguments[1];", box, text)  # exact text, incl. RTL and emoji
    if channel:
        Select(browser.find_element(By.ID, "channel")).select_by_value(channel)
    if language:
        Select(browser.find_element(By.ID, "language")).select_by_value(language)
    if customer:
        browser.find_element(By.ID, "customer").send_keys(customer)
    browser.find_element(By.ID, "check").click()
    WebDriverWait(browser, 30).until(EC.visibility_of_element_located((By.ID, "result")))
    return browser


def test_findings_are_highlighted_inline_with_suggestions(browser, server_url):
    from selenium.webdriver.common.by import By

    text = "Dear {{first_name}} 😀,\n\nyour card 4539 5787 6362 1486 was charged twice!!!"
    check(browser, server_url, text, channel="chat", language="en", customer="Ella Brown")
    marks = {m.get_attribute("data-rules"): m.text for m in browser.find_elements(By.CSS_SELECTOR, "#highlighted mark")}
    assert marks["canned.placeholder"] == "{{first_name}}"
    assert marks["pii.credit_card"] == "4539 5787 6362 1486"  # offsets in code points, after an emoji
    assert marks["tone.excessive_punctuation"] == "!!!"
    assert browser.find_element(By.ID, "verdict").text == "block"
    items = browser.find_elements(By.CSS_SELECTOR, "#findings li")
    placeholder = next(i for i in items if i.get_attribute("data-rule") == "canned.placeholder")
    assert "Suggestions: Ella" in placeholder.text
    assert browser.find_element(By.ID, "highlighted").text.replace("\n", "") == text.replace("\n", "")


def test_right_to_left_text_renders_right_to_left(browser, server_url):
    from selenium.webdriver.common.by import By

    text = "عزيزي [اسم العميل]، طلبك رقم ٤٤٨٢٠١ في الطريق."
    check(browser, server_url, text, channel="chat", language="ar")
    mark = browser.find_element(By.CSS_SELECTOR, "#highlighted mark")
    assert mark.text == "[اسم العميل]"
    box = browser.find_element(By.ID, "highlighted")
    assert box.get_attribute("dir") == "auto"
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", box) == "rtl"
    # the first word is drawn at the right edge
    first_word_right = browser.execute_script(
        "const r = document.createRange(); const t = arguments[0].firstChild; r.setStart(t, 0); r.setEnd(t, 5);"
        "return r.getBoundingClientRect().right;", box)
    box_right = browser.execute_script("return arguments[0].getBoundingClientRect().right;", box)
    assert box_right - first_word_right < 40


def test_clean_reply(browser, server_url):
    from selenium.webdriver.common.by import By

    check(browser, server_url, "Hi Maria, your router arrives tomorrow. Anything else I can help with?",
          channel="chat", language="en", customer="Maria Lopez")
    assert browser.find_element(By.ID, "verdict").text == "send"
    assert browser.find_elements(By.CSS_SELECTOR, "#highlighted mark") == []
    assert "No problems found." in browser.find_element(By.ID, "status").text
