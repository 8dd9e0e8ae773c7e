"""A small Chrome DevTools Protocol client over `--remote-debugging-pipe`, for driving the HTML page in
headless Chromium with real input events (mouse clicks and drags, typing), reading its state and taking
screenshots. No websocket library and no network port: the browser reads NUL-separated JSON messages on
file descriptor 3 and writes its answers on 4.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import time
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")


class BrowserError(RuntimeError):
    pass


class Browser:
    def __init__(self, profile: Path, width: int = 1280, height: int = 900, mobile: bool = False) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        command = [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--remote-debugging-pipe",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "about:blank",
        ]

        def wire() -> None:  # in the child: the pipe ends where Chromium looks for them
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(
            command,
            preexec_fn=wire,  # noqa: PLW1509 - only dup2 runs before exec
            # kept open past the close_fds that follows preexec_fn; 3 and 4 are what wire() made
            pass_fds=(to_browser_read, from_browser_write, 3, 4),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.width, self.height = width, height
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    # -- protocol
    def call(self, method: str, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if getattr(self, "session", None):
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        try:
            self.session = None
            self.call("Browser.close")
        except (BrowserError, OSError):
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_browser)
        os.close(self._from_browser)

    # -- page
    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_for("document.documentElement.getAttribute('data-ready') === '1'")

    def js(self, expression: str):
        """Evaluate in the page (DevTools runs it outside the page's Content-Security-Policy)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, condition: str, polls: int = 400) -> None:
        """Poll until `condition` holds. The count only stops a page that never gets there; no test
        depends on how long it took."""
        for _ in range(polls):
            try:
                if self.js(f"Boolean({condition})"):
                    return
            except BrowserError:  # the page is between documents while it loads
                pass
            time.sleep(0.05)
        raise BrowserError(f"never true: {condition}")

    def settle(self) -> None:
        """Two animation frames, so handlers and layout after an input have run."""
        self.js("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def center(self, selector: str) -> tuple[float, float]:
        box = self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
            " let r = e.getBoundingClientRect();"
            " if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {"
            " e.scrollIntoView({block: 'center', inline: 'center'}); r = e.getBoundingClientRect(); }"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        if box is None:
            raise BrowserError(f"no element {selector}")
        return box[0], box[1]

    def mouse(self, kind: str, x: float, y: float, buttons: int = 1) -> None:
        self.call(
            "Input.dispatchMouseEvent",
            type=kind,
            x=x,
            y=y,
            button="left",
            buttons=buttons if kind != "mouseReleased" else 0,
            clickCount=1,
            pointerType="mouse",
        )

    def click(self, selector: str) -> None:
        x, y = self.center(selector)
        self.mouse("mouseMoved", x, y, buttons=0)
        self.mouse("mousePressed", x, y)
        self.mouse("mouseReleased", x, y)
        self.settle()

    def drag(self, start: tuple[float, float], end: tuple[float, float], steps: int = 6) -> None:
        self.mouse("mouseMoved", *start, buttons=0)
        self.mouse("mousePressed", *start)
        for step in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * step / steps
            y = start[1] + (end[1] - start[1]) * step / steps
            self.mouse("mouseMoved", x, y)
        self.mouse("mouseReleased", *end)
        self.settle()

    def type_into(self, selector: str, text: str) -> None:
        self.click(selector)
        self.js(f"document.querySelector({json.dumps(selector)}).select()")
        self.call("Input.insertText", text=text)
        self.call(
            "Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13
        )
        self.call("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)
        self.js(
            f"document.querySelector({json.dumps(selector)}).blur()"
        )  # a change event, as leaving it does
        self.settle()

    def screenshot(self, path: Path, full_page: bool = True) -> None:
        params: dict = {"format": "png"}
        if full_page:
            size = self.js("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": min(size[1], 4000), "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", **params)["data"]
        path.write_bytes(base64.b64decode(data))
