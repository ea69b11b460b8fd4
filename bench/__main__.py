"""``python -m bench [--quick] [--only NAMES] [--data DIR] [--json OUT]``: build the data, measure, report.

Every figure is measured side by side with its baseline in this same run (the bare
PySide6 window, the Argon2id call, the ``age`` tool on the same bytes), so the ratios
hold on a busy machine even when the absolute times do not.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import dataset as data
from bench import responsiveness
from bench.report import Figure, Target, median, percentile, table, write_json

HERE = Path(__file__).resolve().parent
DEFAULT_JSON = HERE / "results" / "latest.json"
AGE = shutil.which("age") or "/usr/bin/age"


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parent))


def _child(module: str, *args: str, timeout: float = 600) -> dict:
    """Run ``python -m module args`` and return the JSON of its last line of output."""
    done = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True,
                          env=_env(), timeout=timeout, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{module} {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def _say(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


# --- cold start ------------------------------------------------------------------------


def _first_paint(script: str, *args: str) -> float:
    """Seconds from starting a new process to its line saying it painted."""
    started = time.perf_counter()
    env = _env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    child = subprocess.Popen([sys.executable, str(HERE / script), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    line = child.stdout.readline() if child.stdout else ""
    seconds = time.perf_counter() - started
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"{script} did not paint")
    return seconds


def cold_start(ds: data.Dataset, runs: int) -> Figure:
    # One start of each first, not timed: as after installing, Python's compiled modules
    # are on disk (the first start writes them, even where PYTHONDONTWRITEBYTECODE is set
    # for everything else) and the libraries are in the disk cache, for both alike.
    _first_paint("cold_bare.py")
    _first_paint("cold_app.py", str(ds.data_dir))
    app, bare = [], []
    for _ in range(runs):  # alternated, so both see the same machine
        bare.append(_first_paint("cold_bare.py"))
        app.append(_first_paint("cold_app.py", str(ds.data_dir)))
    return Figure(
        "cold_start", "cold start to the unlock screen painted", "ms", median(app) * 1000, Target(1.3, "ratio"),
        baseline=median(bare) * 1000, baseline_what="bare PySide6 window",
        how=f"median of {runs} new processes each, alternated, after one untimed start of each (compiled"
            " modules on disk); offscreen; process start to first paint",
        samples=[s * 1000 for s in app], baseline_samples=[s * 1000 for s in bare])


# --- in the app ------------------------------------------------------------------------


def in_the_app(ds: data.Dataset, json_path: Path, runs: int, only: set[str]) -> list[Figure]:
    figures = []
    if "home_painted" in only:
        homes = [_child("bench.gui_child", "home", str(json_path))["home_painted_s"] * 1000 for _ in range(runs)]
        figures.append(Figure(
            "home_painted", f"Home painted with {ds.entry_count:,} entries, after unlock", "ms", median(homes),
            Target(150, "ms"), how=f"median of {runs} app processes: open profile handed to the app to Home's "
                                   "first paint", samples=homes))
    if "practitioner_list" in only:
        lists = [_child("bench.gui_child", "practitioner", str(json_path)) for _ in range(runs)]
        figures.append(Figure(
            "practitioner_list",
            f"practitioner with {ds.received_shares} shares from {ds.senders} people: open to list painted",
            "ms", median(s["practitioner_list_painted_s"] * 1000 for s in lists), Target(300, "ms"),
            how=f"median of {runs} app processes: open profile handed to the app to the list's first paint",
            samples=[s["practitioner_list_painted_s"] * 1000 for s in lists],
            extra={"rows": lists[0]["rows"]}))
    if only & INTERACTIVE:
        figures += _interactive(ds, json_path, runs)
    return [f for f in figures if f.key in only]


def _interactive(ds: data.Dataset, json_path: Path, runs: int) -> list[Figure]:
    got = _child("bench.gui_child", "interactive", str(json_path), str(runs))
    search = [s * 1000 for s in got["search_s"]]
    saves = [s * 1000 for s in got["save_s"]]
    search_how = ("real key events into SearchView's field, then its own search_now (what the 150 ms debounce "
                  f"calls), to the results model updated; {len(search)} keystrokes over {len(set(got['search_hits']))}"
                  " result counts; the debounce wait is left out")
    return [
        Figure("unlock", "unlock, minus the Argon2id call", "ms", got["unlock_minus_kdf_s"] * 1000,
               Target(50, "ms"), baseline=got["argon2id_s"] * 1000, baseline_what="the Argon2id call",
               how=f"Profile.open_with_passphrase with the app's Argon2id cost, median of {runs}; the Argon2id "
                   "call timed inside the same unlock and subtracted",
               samples=[s * 1000 for s in got["unlock_minus_kdf_all_s"]]),
        Figure("search_p50", f"search as you type, {ds.entry_count:,} entries, p50", "ms", percentile(search, 0.5),
               Target(10, "ms"), how=search_how, samples=search),
        Figure("search_p95", f"search as you type, {ds.entry_count:,} entries, p95", "ms", percentile(search, 0.95),
               Target(20, "ms"), how=search_how, samples=search),
        Figure("save_p95", "save an edited entry with its revision, p95", "ms", percentile(saves, 0.95),
               Target(20, "ms"), how=f"EntryEditor.save_now after typing, {len(saves)} entries, each a new revision",
               samples=saves, extra={"p50_ms": percentile(saves, 0.5)}),
    ]


# --- the 300 MB operations against age -------------------------------------------------


def _settled() -> None:
    """Write out what the last step left in the page cache (the age tool does not sync its
    output, the app does), so each timed step starts with none of another's writing to do."""
    os.sync()


def _timed(command: list[str], output: Path) -> float:
    """Seconds the age tool takes, writing a new ``output`` (as the app writes new files)."""
    output.unlink(missing_ok=True)
    _settled()
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _plain_attachments(ds: data.Dataset, out: Path) -> None:
    """The shared attachments' bytes as one file: what the age tool encrypts instead."""
    profile = data.Profile.open_with_recovery_code(data.folder_of(ds.young_person, "Blue notebook"),
                                                   ds.young_person_code)
    try:
        with out.open("wb") as sink:
            for entry_id in ds.shared_entry_ids:
                for attachment in profile.attachments(entry_id):
                    for chunk in profile.attachment_chunks(attachment.id):
                        sink.write(chunk)
    finally:
        profile.lock()


def heavy(ds: data.Dataset, json_path: Path, work: Path, runs: int) -> list[Figure]:
    from passport.crypto.recovery_code import backup_identity, backup_recipient

    work.mkdir(mode=0o700)
    plain = work / "attachments.bin"
    _plain_attachments(ds, plain)
    pract_key = work / "practitioner.key"
    pract_key.write_text(data.practitioner_identity(ds) + "\n")
    recipient = subprocess.run([AGE + "-keygen", "-y", str(pract_key)], capture_output=True, text=True,
                               check=True).stdout.strip()
    backup_key = work / "backup.key"
    backup_key.write_text(backup_identity(ds.young_person_code) + "\n")
    results: dict[str, list[dict]] = {op: [] for op in ("share", "open", "backup", "restore", "rekey")}
    ages: dict[str, list[float]] = {op: [] for op in results}
    out = work / "age.out"
    for _ in range(runs):
        _settled()
        results["share"].append(_child("bench.heavy_child", "share", str(json_path), str(work)))
        ages["share"].append(_timed([AGE, "-r", recipient, "-o", str(out), str(plain)], out))
        shutil.rmtree(work / "practitioner", ignore_errors=True)
        shutil.copytree(ds.practitioner, work / "practitioner")  # not holding the share yet
        _settled()
        results["open"].append(_child("bench.heavy_child", "open", str(json_path), str(work)))
        ages["open"].append(_timed([AGE, "-d", "-i", str(pract_key), "-o", str(out), str(work / "share.wpb")], out))
        _settled()
        results["backup"].append(_child("bench.heavy_child", "backup", str(json_path), str(work)))
        ages["backup"].append(_timed([AGE, "-r", backup_recipient(ds.young_person_code), "-o", str(out),
                                      str(ds.young_person / "store.db")], out))
        shutil.rmtree(work / "restored", ignore_errors=True)
        _settled()
        results["restore"].append(_child("bench.heavy_child", "restore", str(json_path), str(work)))
        ages["restore"].append(_timed([AGE, "-d", "-i", str(backup_key), "-o", str(out),
                                       str(work / "passport.wpbackup")], out))
        shutil.rmtree(work / "rekeyed", ignore_errors=True)
        shutil.copytree(ds.young_person, work / "rekeyed")  # rotated afresh each run, the data kept
        _settled()
        results["rekey"].append(_child("bench.heavy_child", "rekey", str(json_path), str(work)))
        ages["rekey"].append(_timed([AGE, "-r", backup_recipient(ds.young_person_code), "-o", str(out),
                                     str(ds.young_person / "store.db")], out))
        out.unlink(missing_ok=True)
    shutil.rmtree(work / "rekeyed", ignore_errors=True)
    size = f"{ds.attachment_bytes / data.MB:.0f} MB"
    names = {
        "share": (f"share {size} of attachments", "age -r, same bytes", Target(3, "ratio"), "Sharing.make_share"),
        "open": ("open that share (practitioner)", "age -d, same file", Target(3, "ratio"), "Received.open_bundle"),
        "backup": (f"backup {size}", "age -r, same database", Target(3, "ratio"), "backup.save_backup"),
        "restore": (f"restore {size}, minus Argon2id", "age -d, same file", Target(3, "ratio"),
                    "backup.restore_backup, less its Argon2id call for the new passphrase"),
        "rekey": (f"rotate the database key of the {size} profile", "age -r, same database", Target(3, "ratio"),
                  "rekey.rotate, as a new passphrase or recovery code does"),
    }
    figures = []
    keys = {"rekey": "rekey_300mb"}
    for op, (what, baseline_what, target, call) in names.items():
        seconds = [r["seconds"] - r["argon2id_seconds"] for r in results[op]]
        figures.append(Figure(keys.get(op, op), what, "s", median(seconds), target, baseline=median(ages[op]),
                              baseline_what=baseline_what, samples=seconds, baseline_samples=ages[op],
                              how=f"{call} in a new process, median of {runs}, alternated with the age tool",
                              extra={"with_argon2id_s": [r["seconds"] for r in results[op]]}))
    for op in names:
        peaks = [r["peak_above_idle_mib"] for r in results[op]]
        figures.append(Figure(f"memory_{op}", f"peak memory above idle: {op}", "MiB", max(peaks),
                              Target(128, "MiB"), samples=peaks,
                              how="VmHWM after the operation (reset just before it) minus VmRSS at idle",
                              extra={"idle_mib": results[op][0]["idle_mib"]}))
    return figures


# --- the run ---------------------------------------------------------------------------

ORDER = ["cold_start", "unlock", "home_painted", "search_p50", "search_p95", "save_p95", "share", "open",
         "backup", "restore", "rekey_300mb", "memory_share", "memory_open", "memory_backup", "memory_restore",
         "memory_rekey", "practitioner_list", *responsiveness.FIGURES]
INTERACTIVE = {"unlock", "search_p50", "search_p95", "save_p95"}
HEAVY = {"share", "open", "backup", "restore", "rekey_300mb", "memory_share", "memory_open", "memory_backup",
         "memory_restore", "memory_rekey"}
# Short names for --only that stand for several figures measured together.
GROUPS = {"search": {"search_p50", "search_p95"}, "save": {"save_p95"}, "heavy": HEAVY,
          "memory": {f for f in HEAVY if f.startswith("memory_")}, "responsiveness": set(responsiveness.FIGURES)}


def _figures_named(text: str | None) -> set[str]:
    if not text:
        return set(ORDER)
    chosen: set[str] = set()
    for name in (n.strip() for n in text.split(",") if n.strip()):
        if name in GROUPS:
            chosen |= GROUPS[name]
        elif name in ORDER:
            chosen.add(name)
        else:
            raise ValueError(name)
    return chosen


def _dataset(args: argparse.Namespace, size: data.Size, root: Path) -> tuple[data.Dataset, Path]:
    """The data to measure: built in ``root``, or (with --data) kept there and reused next time."""
    json_path = root / "dataset.json"
    if args.data is not None and json_path.exists():
        _say(f"reusing the data in {root}")
        return data.Dataset.load(json_path), json_path
    _say(f"building data in {root}")
    ds = data.build(root, size, progress=_say)
    ds.save(json_path)
    return ds, json_path


def _context(args: argparse.Namespace, size: data.Size, build_seconds: float) -> dict[str, object]:
    load = os.getloadavg()
    return {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %z"), "quick": args.quick, "python": platform.python_version(),
        "machine": platform.machine(), "cpus": os.cpu_count(), "load_average": [round(v, 2) for v in load],
        "size": {"entries": size.entries, "images": size.images, "attachment_bytes": size.attachment_bytes,
                 "received_shares": size.received_shares, "senders": size.senders},
        "build_seconds": round(build_seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small smoke size (seconds, not minutes)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to write JSON ({DEFAULT_JSON})")
    parser.add_argument("--runs", type=int, help="repeats per figure (default 5, or 2 with --quick)")
    parser.add_argument("--heavy-runs", type=int, help="repeats of the 300 MB operations (default 3, 1 with --quick)")
    parser.add_argument("--only", metavar="NAME[,NAME]",
                        help="measure only these figures (" + ", ".join(ORDER) + ", or the groups "
                             + ", ".join(GROUPS) + ")")
    parser.add_argument("--data", type=Path, metavar="DIR",
                        help="build the data in DIR and keep it, or reuse what an earlier run left there "
                             "(must match --quick or not)")
    args = parser.parse_args(argv)
    try:
        only = _figures_named(args.only)
    except ValueError as exc:
        parser.error(f"--only: no figure called {exc}")
    size = data.QUICK if args.quick else data.FULL
    runs = args.runs or (2 if args.quick else 5)
    heavy_runs = args.heavy_runs or (1 if args.quick else 3)
    if not Path(AGE).exists():
        parser.error("the age command-line tool is needed (Debian: apt-get install age)")
    os.umask(0o077)
    if args.data is not None:
        args.data.mkdir(mode=0o700, parents=True, exist_ok=True)
    root = args.data or Path(tempfile.mkdtemp(prefix="wp-bench-"))
    started = time.perf_counter()
    figures: list[Figure] = []
    try:
        ds, json_path = _dataset(args, size, root)
        build_seconds = time.perf_counter() - started
        if "cold_start" in only:
            _say("cold start")
            figures.append(cold_start(ds, runs + 2))
        if only & ({"home_painted", "practitioner_list"} | INTERACTIVE):
            _say("in the app: unlock, Home, search, save, practitioner's list")
            figures += in_the_app(ds, json_path, runs, only)
        if only & HEAVY:
            _say("share, open, backup, restore, key rotation against age")
            figures += [f for f in heavy(ds, json_path, root / "work", heavy_runs) if f.key in only]
        figures += responsiveness.figures(ds, json_path, root / "responsiveness", heavy_runs, only, say=_say)
    finally:
        if args.data is None:
            shutil.rmtree(root, ignore_errors=True)
        else:
            shutil.rmtree(root / "work", ignore_errors=True)
            shutil.rmtree(root / "responsiveness", ignore_errors=True)
    figures.sort(key=lambda f: ORDER.index(f.key))
    context = _context(args, size, build_seconds)
    context["total_seconds"] = round(time.perf_counter() - started, 1)
    write_json(args.json, figures, context)
    print(table(figures))
    met = sum(f.met for f in figures)
    print(f"\n{met} of {len(figures)} targets met. Load average {context['load_average']}; "
          f"{context['total_seconds']} s in all. JSON: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
