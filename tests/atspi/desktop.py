"""A desktop of the test's own for the real app, read and driven through AT-SPI alone.

``AccessibleDesktop`` starts a virtual screen (Xvfb), a D-Bus session bus and the AT-SPI bus
(at-spi2-core's ``at-spi-bus-launcher``, which starts ``at-spi2-registryd``), then the real app
(``python -m ui --data-dir D``) with Qt's Linux accessibility on, and an agent
(``tests/atspi/agent.py``) under Debian's Python with pyatspi, which reads the app's accessible
tree and presses, types and focuses in it the way a screen reader does. Everything is stopped by
its own process id when the desktop closes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
AGENT = Path(__file__).with_name("agent.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
APP_NAME = "Say It Once"
# What .ci/run installs for this (Debian package names), said when something is missing.
PACKAGES = "xvfb dbus at-spi2-core python3-pyatspi gir1.2-atspi-2.0 and Qt's xcb libraries"


def missing_tools() -> list[str]:
    """What this machine lacks for a desktop with the AT-SPI bus; empty when all is here."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not any(Path(path).exists() for path in BUS_LAUNCHERS):
        missing.append("at-spi-bus-launcher")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if probe.returncode != 0:
            missing.append("pyatspi (python3-pyatspi) for " + SYSTEM_PYTHON)
    return missing


def require_tools() -> None:
    """Skip with the reason here; fail in CI, which must have them (.ci/run installs them)."""
    missing = missing_tools()
    if not missing:
        return
    reason = f"no {', '.join(missing)} here for the AT-SPI test ({PACKAGES})"
    if os.environ.get("CI") == "true":
        pytest.fail("CI must have " + reason)
    pytest.skip(reason)


def wait_until(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.1) -> Any:
    """``check()``'s first true answer, asked again until ``timeout`` seconds have passed (the
    app is another process: there is no signal to wait on, as qtbot.waitUntil would)."""
    deadline = time.monotonic() + timeout
    while True:
        answer = check()
        if answer:
            return answer
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(interval)


@dataclass
class Node:
    """One showing node of the app's accessible tree, as the agent read it."""

    path: tuple[int, ...]
    role: str
    name: str
    description: str
    states: frozenset[str]
    relations: dict[str, list[tuple[int, ...]]]
    actions: list[str]
    text: str | None
    editable_text: bool

    @classmethod
    def read(cls, raw: dict) -> Node:
        return cls(
            path=tuple(raw["path"]), role=raw["role"], name=raw["name"], description=raw["description"],
            states=frozenset(raw["states"]),
            relations={key: [tuple(p) for p in paths] for key, paths in raw["relations"].items()},
            actions=raw["actions"], text=raw["text"], editable_text=raw["editable_text"],
        )

    def __str__(self) -> str:
        words = f" {self.name!r}" if self.name else ""
        return f"{self.role}{words} at {list(self.path)}"


@dataclass
class Tree:
    nodes: list[Node]
    by_path: dict[tuple[int, ...], Node] = field(init=False)

    def __post_init__(self) -> None:
        self.by_path = {node.path: node for node in self.nodes}

    def __iter__(self) -> Iterator[Node]:
        return iter(self.nodes)

    def find(self, role: str, name: str | None = None, *, contains: str | None = None) -> Node | None:
        for node in self.nodes:
            if node.role != role:
                continue
            if name is not None and node.name != name:
                continue
            if contains is not None and contains not in node.name and contains not in (node.text or ""):
                continue
            return node
        return None

    def focused(self) -> Node | None:
        return next((node for node in self.nodes if "focused" in node.states), None)

    def under(self, top: Node) -> list[Node]:
        size = len(top.path)
        return [node for node in self.nodes if node.path[:size] == top.path]

    def outline(self) -> str:
        """The tree, indented, one node a line: role, name, and the states that matter."""
        lines = []
        for node in self.nodes:
            marks = sorted(node.states & {"focusable", "focused", "editable", "checked", "selected"})
            lines.append(f"{'  ' * len(node.path)}{node.role} {node.name!r} {node.description[:40]!r} {marks}")
        return "\n".join(lines)

    def words(self) -> str:
        """Everything a reader could hear on the screen, one node a line."""
        return "\n".join(" ".join(filter(None, (n.name, n.text, n.description))) for n in self.nodes)


class AccessibleDesktop:
    """Xvfb + a session bus + the AT-SPI bus + the real app + the agent; :meth:`close` ends them."""

    def __init__(self, data_dir: Path, home: Path) -> None:
        self.data_dir = data_dir
        self.home = home
        self._processes: list[subprocess.Popen] = []
        self._logs = home / "logs"
        self._logs.mkdir(parents=True, exist_ok=True)
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        self.env = {
            key: value for key, value in os.environ.items()
            if not key.startswith(("QT_", "DBUS_", "AT_SPI", "WAYLAND")) and key != "DISPLAY"
        }
        self.env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_CONFIG_HOME=str(home / "config"),
                        XDG_CACHE_HOME=str(home / "cache"), NO_AT_BRIDGE="0")
        self._agent: subprocess.Popen | None = None
        self.app: subprocess.Popen | None = None

    # ----- starting and stopping
    def start(self, *app_args: str) -> AccessibleDesktop:
        try:
            self._start_screen()
            self._start_buses()
            self._start_app(*app_args)
            self._start_agent()
            self.wait_for(lambda tree: tree.find("frame") is not None, "the app's window on the AT-SPI bus", 60)
        except BaseException:
            self.close()
            raise
        return self

    def _spawn(self, name: str, argv: list[str], **kwargs: Any) -> subprocess.Popen:
        log = (self._logs / f"{name}.log").open("w")
        kwargs.setdefault("stderr", log)
        kwargs.setdefault("stdout", log)
        process = subprocess.Popen(argv, env=self.env, **kwargs)
        self._processes.append(process)
        return process

    def _start_screen(self) -> None:
        read, write = os.pipe()
        try:
            self._spawn("xvfb", ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp",
                                 "-noreset"], pass_fds=(write,))
        finally:
            os.close(write)
        with os.fdopen(read) as display:
            number = display.readline().strip()
        if not number:
            raise AssertionError("Xvfb did not start: " + self.log("xvfb"))
        self.env["DISPLAY"] = f":{number}"

    def _start_buses(self) -> None:
        bus = self._spawn("dbus", ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          stdout=subprocess.PIPE, text=True)
        address = bus.stdout.readline().strip() if bus.stdout else ""
        if not address:
            raise AssertionError("the session bus did not start: " + self.log("dbus"))
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        launcher = next(path for path in BUS_LAUNCHERS if Path(path).exists())
        self._spawn("at-spi-bus", [launcher, "--launch-immediately"])
        probe = ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                 "org.a11y.Bus.GetAddress"]
        wait_until(lambda: subprocess.run(probe, env=self.env, capture_output=True, check=False).returncode == 0,
                   20, "the AT-SPI bus")

    def _start_app(self, *app_args: str) -> None:
        env = {**self.env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
               "QT_ACCESSIBILITY": "1", "PYTHONPATH": str(REPO)}
        log = (self._logs / "app.log").open("w")
        self.app = subprocess.Popen([sys.executable, "-m", "ui", "--data-dir", str(self.data_dir), *app_args],
                                    cwd=REPO, env=env, stdout=log, stderr=log)
        self._processes.append(self.app)

    def _start_agent(self) -> None:
        self._agent = subprocess.Popen([SYSTEM_PYTHON, str(AGENT), APP_NAME], env=self.env, text=True,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=(self._logs / "agent.log").open("w"))
        self._processes.append(self._agent)

    def log(self, name: str) -> str:
        path = self._logs / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def close(self) -> None:
        if self._agent is not None and self._agent.stdin is not None:
            self._agent.stdin.close()
        for process in reversed(self._processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)
        self._processes.clear()

    # ----- asking the agent
    def ask(self, **request: Any) -> dict:
        agent = self._agent
        assert agent is not None and agent.stdin is not None and agent.stdout is not None
        if self.app is not None and self.app.poll() is not None:
            raise AssertionError("the app has ended:\n" + self.log("app"))
        agent.stdin.write(json.dumps(request) + "\n")
        agent.stdin.flush()
        line = agent.stdout.readline()
        if not line:
            raise AssertionError("the AT-SPI agent ended:\n" + self.log("agent"))
        answer = json.loads(line)
        if not answer.pop("ok"):
            raise AssertionError(f"{request['op']} failed: {answer['error']}")
        return answer

    def tree(self) -> Tree:
        """The showing tree. A node can go while the agent walks (a page being rebuilt): then
        the walk is done again, a few times, rather than failing."""
        for _attempt in range(5):
            try:
                return Tree([Node.read(raw) for raw in self.ask(op="tree")["nodes"]])
            except AssertionError as failed:
                if "No such object path" not in str(failed):
                    raise
                gone = failed
        raise gone

    def wait_for(self, check: Callable[[Tree], Any], what: str, timeout: float = 20) -> Any:
        try:
            return wait_until(lambda: check(self.tree()), timeout, what)
        except AssertionError as timed_out:
            raise AssertionError(f"{timed_out}; what the screen reader has:\n{self.tree().outline()}") from None

    def wait_node(self, role: str, name: str | None = None, *, contains: str | None = None,
                  timeout: float = 20) -> Node:
        what = f"a {role} {name or contains or ''!r}"
        return self.wait_for(lambda tree: tree.find(role, name, contains=contains), what, timeout)

    # ----- what a screen-reader user does
    def press(self, name: str, role: str = "push button") -> None:
        """The button's own action ("Press"), as Orca's Enter on it would."""
        self.ask(op="act", path=self.wait_node(role, name).path, action="Press")

    def act(self, node: Node, action: str) -> None:
        self.ask(op="act", path=node.path, action=action)

    def set_text(self, node: Node, text: str) -> None:
        self.ask(op="set_text", path=node.path, text=text)

    def focus(self, node: Node) -> None:
        self.ask(op="focus", path=node.path)

    def select(self, holder: Node, index: int) -> None:
        self.ask(op="select", path=holder.path, index=index)
