"""A tiny test-only translation, built with the real pyside6-lrelease: Arabic (right to left, a
draft) and Welsh (reviewed), a few words each, with their about/<code>.json."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.update_translations import lrelease

ARABIC = {
    ("LauncherView", "Welcome"): "أهلا بك",
    ("UnlockView", "&Unlock"): "&افتح",
    ("StartWindow", "Say It Once"): "قلها مرة",
    ("HomeView", "What's important now"): "ما المهم الآن",
    ("StarterSections", "About me"): "عني",
    ("StarterSections", "What would you like people to know about you?"): "ماذا تريد أن يعرف الناس عنك؟",
}
WELSH = {
    ("LauncherView", "Welcome"): "Croeso",
    ("UnlockView", "&Unlock"): "&Datgloi",
    ("HomeView", "What's important now"): "Beth sy'n bwysig nawr",
    ("StarterSections", "About me"): "Amdanaf i",
}


def build_language(folder: Path, code: str, words: dict[tuple[str, str], str], about: dict | None) -> Path:
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en_GB")
    contexts: dict[str, ET.Element] = {}
    for (context_name, source), translated in words.items():
        if context_name not in contexts:
            contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context_name], "name").text = context_name
        message = ET.SubElement(contexts[context_name], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translated
    ts_file = folder / f"wellbeing_passport_{code}.ts"
    ET.ElementTree(root).write(ts_file, encoding="utf-8", xml_declaration=True)
    qm_file = ts_file.with_suffix(".qm")
    lrelease(ts_file, qm_file)
    if about is not None:
        (folder / "about").mkdir(exist_ok=True)
        (folder / "about" / f"{code}.json").write_text(json.dumps(about), encoding="utf-8")
    return qm_file


def build_translations(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    build_language(folder, "ar", ARABIC, {
        "code": "ar", "name_native": "العربية", "name_english": "Arabic", "direction": "rtl",
        "made_by": "Machine translation, for testing.", "reviewed_by_native_speaker": False})
    build_language(folder, "cy", WELSH, {
        "code": "cy", "name_native": "Cymraeg", "name_english": "Welsh", "direction": "ltr",
        "made_by": "Written by a Welsh speaker.", "reviewed_by_native_speaker": True})
    return folder
